package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sums ledger postings into actuals per budget line and period, exactly, in whole minor units
 * of one currency (cents for CNY), so that a batch job can turn millions of postings into the
 * actuals of a {@link BudgetReport} or a {@link PhasedBudget}.
 *
 * <p>Lines get dense indices {@code 0, 1, 2, ...} in the order they are first seen (or the
 * order given to the constructor); {@link #lineIndex(String)} returns a line's index, and the
 * hot path {@link #add(int, int, long)} adds a posting by index into the cell of that line and
 * period with no allocation per record. {@link #add(String, int, Money)} is the convenient
 * form: it checks the currency and that the amount has no digits beyond the minor unit.
 *
 * <p>Each cell is an exact 128-bit sum: a low and a high {@code long} word, the high word
 * carrying what overflows the low one. Adding never overflows (the high word would need some
 * 2<sup>63</sup> postings), so the sums do not depend on the order or grouping of the postings.
 * The range is checked once, in {@link #result()}: a cell whose final total does not fit a
 * {@code long} of minor units (about ±92 trillion CNY in cents) throws an
 * {@link ArithmeticException} naming the line and period, never a silent wrap-around, while a
 * total that passes beyond the range on the way and comes back (a huge posting, then its
 * refund) is exact.
 *
 * <p>{@link #merge(PostingAccumulator)} adds another accumulator's cells, matching lines by id
 * (indices are local to each accumulator), so partitions can be accumulated separately and
 * combined in any grouping and order: the result equals one pass over all postings. An empty
 * accumulator is the identity. Both sides must have the same currency and number of periods;
 * these and the capacity are checked before anything changes, so a merge that throws leaves
 * this accumulator as it was.
 *
 * <p>Size: at most {@link #MAX_PERIODS} periods, and lines × periods at most
 * {@code Integer.MAX_VALUE - 8} cells; each cell takes 16 bytes.
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

    private static final long serialVersionUID = 2L;

    /** The largest number of periods: 10,000 (daily periods of more than 27 years). */
    public static final int MAX_PERIODS = 10_000;

    /** The largest array the JVM reliably allocates. */
    private static final long MAX_CELLS = Integer.MAX_VALUE - 8;

    private final Currency currency;
    private final int periods;
    private final ArrayList<String> ids = new ArrayList<>();
    private final HashMap<String, Integer> index = new HashMap<>();
    /**
     * Low words, row-major: the cell of line {@code l} and period {@code p} is
     * {@code l * periods + p}; its exact total is {@code high[cell] × 2^64 + unsigned(low[cell])}.
     */
    private long[] low;
    /** High words of the same cells. */
    private long[] high;

    /**
     * Creates an empty accumulator.
     *
     * @param currency the currency of every posting; it must have a minor unit
     * @param periods the number of periods, from 1 to {@link #MAX_PERIODS} (12 for months of a
     *     year)
     * @throws IllegalArgumentException if {@code periods} is out of range or the currency has no
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
     * @param periods the number of periods, from 1 to {@link #MAX_PERIODS}
     * @param lineIds the lines to register, no duplicates
     * @throws IllegalArgumentException if {@code periods} is out of range, lines × periods
     *     exceeds the largest array, a line id repeats or the currency has no minor unit
     * @throws NullPointerException if an argument or a line id is null
     */
    public PostingAccumulator(Currency currency, int periods, List<String> lineIds) {
        this.currency = Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(lineIds, "lineIds");
        Money.zero(currency).minorUnitScale();
        this.periods = (int) Checks.positive(periods, "periods");
        if (periods > MAX_PERIODS) {
            throw new IllegalArgumentException("periods must be <= " + MAX_PERIODS + ", was " + periods);
        }
        int capacity = cellsFor(Math.max(lineIds.size(), 4));
        this.low = new long[capacity];
        this.high = new long[capacity];
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
     * @throws IllegalArgumentException if a new line would take lines × periods beyond the
     *     largest array
     * @throws NullPointerException if {@code lineId} is null
     */
    public int lineIndex(String lineId) {
        Integer known = index.get(Objects.requireNonNull(lineId, "lineId"));
        if (known != null) {
            return known;
        }
        int i = ids.size();
        ensureCapacity(i + 1);
        ids.add(lineId);
        index.put(lineId, i);
        return i;
    }

    /** Returns lines × periods, checked against the largest array. */
    private int cellsFor(long lines) {
        long cells = lines * periods; // periods <= MAX_PERIODS, lines <= Integer.MAX_VALUE: no overflow
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("lines × periods must be at most " + MAX_CELLS + ", was " + lines
                    + " × " + periods);
        }
        return (int) cells;
    }

    /** Grows the arrays (doubling, capped at the largest array) to hold {@code lines} lines. */
    private void ensureCapacity(long lines) {
        int needed = cellsFor(lines);
        if (needed > low.length) {
            int grown = (int) Math.min(Math.max(needed, 2L * low.length), MAX_CELLS);
            low = Arrays.copyOf(low, grown);
            high = Arrays.copyOf(high, grown);
        }
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
     */
    public void add(int line, int period, long amountMinorUnits) {
        if (line < 0 || line >= ids.size()) {
            throw new IndexOutOfBoundsException("line must be in [0, " + ids.size() + "), was " + line);
        }
        if (period < 0 || period >= periods) {
            throw new IndexOutOfBoundsException("period must be in [0, " + periods + "), was " + period);
        }
        addToCell(line * periods + period, amountMinorUnits >> 63, amountMinorUnits);
    }

    /**
     * Adds the 128-bit value {@code (hi, lo)} to a cell: the low words add modulo 2^64, and an
     * unsigned carry out of them goes to the high word (two's complement, as in Hacker's
     * Delight §2-16).
     */
    private void addToCell(int cell, long hi, long lo) {
        long sum = low[cell] + lo;
        long carry = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
        low[cell] = sum;
        high[cell] += hi + carry;
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
     * @throws NullPointerException if {@code posting} is null
     */
    public void add(Posting posting) {
        Objects.requireNonNull(posting, "posting");
        add(posting.lineId(), posting.period(), posting.amount());
    }

    /**
     * Adds every cell of {@code other} into this accumulator, matching lines by id; lines new to
     * this accumulator are registered after its own. {@code other} is unchanged (unless it is
     * this accumulator, whose cells then double). The sums are exact, so a merge never fails
     * part-way: everything that can be wrong is checked before the first change.
     *
     * @param other the accumulator to merge in
     * @return this accumulator
     * @throws IllegalArgumentException if the currencies or period counts differ, or the merged
     *     lines × periods would exceed the largest array
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
        long newLines = other.ids.stream().filter(id -> !index.containsKey(id)).count();
        ensureCapacity(ids.size() + newLines); // the only failure left: before any change
        for (int l = 0; l < n; l++) {
            int mine = lineIndex(other.ids.get(l));
            for (int p = 0; p < periods; p++) {
                int from = l * periods + p;
                addToCell(mine * periods + p, other.high[from], other.low[from]);
            }
        }
        return this;
    }

    /**
     * Returns an immutable snapshot of the actuals; the accumulator stays usable.
     *
     * @return the actuals per line and period
     * @throws ArithmeticException if the total of a cell does not fit a {@code long} of minor
     *     units; the message names the line (the first such in id order), the period and the
     *     exact total
     */
    public LedgerActuals result() {
        TreeMap<String, Integer> byId = new TreeMap<>(index);
        for (Map.Entry<String, Integer> e : byId.entrySet()) {
            for (int p = 0; p < periods; p++) {
                int cell = e.getValue() * periods + p;
                if (high[cell] != (low[cell] >> 63)) {
                    throw new ArithmeticException("total of line \"" + e.getKey() + "\" in period " + p
                            + " must fit a long of minor units, was " + exact(cell));
                }
            }
        }
        long[][] rows = new long[ids.size()][];
        for (int l = 0; l < rows.length; l++) {
            rows[l] = Arrays.copyOfRange(low, l * periods, (l + 1) * periods);
        }
        return LedgerActuals.create(currency, periods, ids, rows);
    }

    /** The exact total of a cell: high × 2^64 + unsigned(low). */
    private BigInteger exact(int cell) {
        BigInteger lo = new BigInteger(Long.toUnsignedString(low[cell]));
        return BigInteger.valueOf(high[cell]).shiftLeft(64).add(lo);
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
}
