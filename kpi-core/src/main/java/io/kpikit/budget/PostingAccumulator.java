package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * Sums ledger postings into actuals per budget line and period, exactly, in whole minor units
 * of one currency (cents for CNY), so that a batch job can turn millions of postings into the
 * actuals of a {@link BudgetReport} or a {@link PhasedBudget}.
 *
 * <p>Lines get dense indices {@code 0, 1, 2, ...} in the order they are first seen (or the
 * order given to the constructor); {@link #lineIndex(String)} returns a line's index, and the
 * hot path {@link #add(int, int, long)} adds a posting by index into a {@code long[]} matrix
 * with {@link Math#addExact(long, long)}: no allocation per record, and an
 * {@link ArithmeticException} naming the line and period, never a silent wrap-around, if a
 * cell leaves the range of {@code long} (about ±92 trillion CNY in cents).
 * {@link #add(String, int, Money)} is the convenient form: it checks the currency and that the
 * amount has no digits beyond the minor unit.
 *
 * <p>{@link #merge(PostingAccumulator)} adds another accumulator's cells, matching lines by id
 * (indices are local to each accumulator), so partitions can be accumulated separately and
 * combined in any grouping and order: the result equals one pass over all postings. An empty
 * accumulator is the identity. Both sides must have the same currency and number of periods.
 *
 * <pre>{@code
 * PostingAccumulator acc = new PostingAccumulator(Currency.getInstance("CNY"), 12);
 * int sem = acc.lineIndex("sem");
 * acc.add(sem, 0, 150_000_00L);                       // CNY 150000.00 in January
 * acc.add("sem", 1, Money.parse("CNY -2000.00"));     // a refund in February
 * acc.result().actual("sem");                         // CNY 148000.00
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe: use one accumulator per thread or partition and
 * merge them.
 */
public final class PostingAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Currency currency;
    private final int periods;
    private final ArrayList<String> ids = new ArrayList<>();
    private final HashMap<String, Integer> index = new HashMap<>();
    /** Row-major: the cell of line {@code l} and period {@code p} is {@code l * periods + p}. */
    private long[] cells;

    /**
     * Creates an empty accumulator.
     *
     * @param currency the currency of every posting; it must have a minor unit
     * @param periods the number of periods, at least 1 (12 for months of a year)
     * @throws IllegalArgumentException if {@code periods} is less than 1 or the currency has no
     *     minor unit
     * @throws NullPointerException if {@code currency} is null
     */
    public PostingAccumulator(Currency currency, int periods) {
        this(currency, periods, List.of());
    }

    /**
     * Creates an accumulator with lines registered up front, at indices {@code 0..n-1} in the
     * order given; a registered line without postings has an actual of zero in the result.
     *
     * @param currency the currency of every posting; it must have a minor unit
     * @param periods the number of periods, at least 1
     * @param lineIds the lines to register, no duplicates
     * @throws IllegalArgumentException if {@code periods} is less than 1, a line id repeats or
     *     the currency has no minor unit
     * @throws NullPointerException if an argument or a line id is null
     */
    public PostingAccumulator(Currency currency, int periods, List<String> lineIds) {
        this.currency = Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(lineIds, "lineIds");
        Money.zero(currency).minorUnitScale();
        this.periods = (int) Checks.positive(periods, "periods");
        this.cells = new long[Math.multiplyExact(Math.max(lineIds.size(), 4), periods)];
        for (String id : lineIds) {
            if (index.containsKey(Objects.requireNonNull(id, "lineId"))) {
                throw new IllegalArgumentException("line id must be unique, was \"" + id + "\" twice");
            }
            lineIndex(id);
        }
    }

    /**
     * Returns the dense index of a line, registering the line if it is new.
     *
     * @param lineId the line id
     * @return the index, from 0
     * @throws NullPointerException if {@code lineId} is null
     */
    public int lineIndex(String lineId) {
        Integer known = index.get(Objects.requireNonNull(lineId, "lineId"));
        if (known != null) {
            return known;
        }
        int i = ids.size();
        long needed = (long) (i + 1) * periods;
        if (needed > cells.length) {
            long grown = Math.max(needed, (long) cells.length * 2);
            if (grown > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("lines × periods must fit an array, was " + (i + 1) + " × " + periods);
            }
            cells = Arrays.copyOf(cells, (int) grown);
        }
        ids.add(lineId);
        index.put(lineId, i);
        return i;
    }

    /**
     * Returns the number of lines registered so far.
     *
     * @return the line count
     */
    public int lineCount() {
        return ids.size();
    }

    /**
     * Returns the number of periods.
     *
     * @return the periods, at least 1
     */
    public int periods() {
        return periods;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Adds a posting by line index, in minor units: the allocation-free hot path.
     *
     * @param line the line index from {@link #lineIndex(String)}
     * @param period the 0-based period, less than {@link #periods()}
     * @param amountMinorUnits the amount in minor units, any sign
     * @throws IndexOutOfBoundsException if the line or period is out of range
     * @throws ArithmeticException if the cell's total leaves the range of {@code long}
     */
    public void add(int line, int period, long amountMinorUnits) {
        if (line < 0 || line >= ids.size()) {
            throw new IndexOutOfBoundsException("line must be in [0, " + ids.size() + "), was " + line);
        }
        if (period < 0 || period >= periods) {
            throw new IndexOutOfBoundsException("period must be in [0, " + periods + "), was " + period);
        }
        int cell = line * periods + period;
        try {
            cells[cell] = Math.addExact(cells[cell], amountMinorUnits);
        } catch (ArithmeticException e) {
            throw overflow(line, period, e);
        }
    }

    /**
     * Adds a posting given as money.
     *
     * @param lineId the line id; registered if new
     * @param period the 0-based period, less than {@link #periods()}
     * @param amount the amount, in this accumulator's currency, with no non-zero digit beyond
     *     the minor unit
     * @throws CurrencyMismatchException if the amount is in another currency
     * @throws IllegalArgumentException if the amount has digits beyond the minor unit or does
     *     not fit a {@code long} of minor units; the message names the line and the period, the
     *     cause is the {@link ArithmeticException} of {@link Money#toMinorUnits()}
     * @throws IndexOutOfBoundsException if the period is out of range
     * @throws ArithmeticException if the cell's total leaves the range of {@code long}
     * @throws NullPointerException if an argument is null
     */
    public void add(String lineId, int period, Money amount) {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency(), "posting to line \"" + lineId + "\"");
        }
        if (period < 0 || period >= periods) {
            throw new IndexOutOfBoundsException("period must be in [0, " + periods + "), was " + period);
        }
        long minor = toMinor(amount, lineId, period);
        add(lineIndex(lineId), period, minor);
    }

    /**
     * Adds a posting record.
     *
     * @param posting the posting
     * @throws CurrencyMismatchException if the amount is in another currency
     * @throws IllegalArgumentException if the amount has digits beyond the minor unit or does
     *     not fit a {@code long} of minor units; the message names the line and the period
     * @throws IndexOutOfBoundsException if the period is out of range
     * @throws ArithmeticException if the cell's total leaves the range of {@code long}
     * @throws NullPointerException if {@code posting} is null
     */
    public void add(Posting posting) {
        Objects.requireNonNull(posting, "posting");
        add(posting.lineId(), posting.period(), posting.amount());
    }

    /**
     * Adds every cell of {@code other} into this accumulator, matching lines by id; lines new to
     * this accumulator are registered after its own. {@code other} is unchanged (unless it is
     * this accumulator, whose cells then double).
     *
     * @param other the accumulator to merge in
     * @return this accumulator
     * @throws IllegalArgumentException if the currencies or period counts differ
     * @throws ArithmeticException if a cell's total leaves the range of {@code long}
     * @throws NullPointerException if {@code other} is null
     */
    public PostingAccumulator merge(PostingAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new CurrencyMismatchException(currency, other.currency, "merging posting accumulators");
        }
        if (other.periods != periods) {
            throw new IllegalArgumentException("periods of the merged accumulator must be " + periods + ", was "
                    + other.periods);
        }
        int n = other.ids.size();
        for (int l = 0; l < n; l++) {
            int mine = lineIndex(other.ids.get(l));
            for (int p = 0; p < periods; p++) {
                add(mine, p, other.cells[l * periods + p]);
            }
        }
        return this;
    }

    /**
     * Returns an immutable snapshot of the actuals; the accumulator stays usable.
     *
     * @return the actuals per line and period
     */
    public LedgerActuals result() {
        long[][] rows = new long[ids.size()][];
        for (int l = 0; l < rows.length; l++) {
            rows[l] = Arrays.copyOfRange(cells, l * periods, (l + 1) * periods);
        }
        return LedgerActuals.create(currency, periods, ids, rows);
    }

    /** Converts with {@link Money#toMinorUnits()}, adding the posting's line and period to its message. */
    private static long toMinor(Money amount, String lineId, int period) {
        try {
            return amount.toMinorUnits();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage() + " (posting to line \"" + lineId + "\" in period "
                    + period + ")", e);
        }
    }

    private ArithmeticException overflow(int line, int period, ArithmeticException cause) {
        ArithmeticException e = new ArithmeticException("total of line \"" + ids.get(line) + "\" in period " + period
                + " must fit a long of minor units, overflowed adding a posting");
        e.initCause(cause);
        return e;
    }
}
