package io.kpikit.budget;

import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The actuals a {@link PostingAccumulator} built from ledger postings: per line and period, in
 * one currency.
 *
 * <p>Lines are listed in id order, whatever order the postings came in, so results of
 * differently partitioned runs compare equal. A line that was registered or posted to but whose
 * postings cancel out has an actual of zero; asking for a line the ledger never saw is an error
 * (a misspelt id must not read as zero spend), so register every budget line up front with
 * {@link PostingAccumulator#PostingAccumulator(Currency, int, List)} when zero is the right
 * answer for lines without postings. Line totals are summed exactly over periods.
 *
 * <pre>{@code
 * LedgerActuals a = LedgerActuals.of(Currency.getInstance("CNY"), 12, postings);
 * a.actual("sem");                 // the year's total for "sem"
 * a.actual("sem", 0);              // January
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerActuals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Currency currency;
    private final int periods;
    /** Minor units per period, by line id in id order. */
    private final TreeMap<String, long[]> rows;

    private LedgerActuals(Currency currency, int periods, TreeMap<String, long[]> rows) {
        this.currency = currency;
        this.periods = periods;
        this.rows = rows;
    }

    static LedgerActuals create(Currency currency, int periods, List<String> ids, long[][] cells) {
        TreeMap<String, long[]> rows = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.put(ids.get(i), cells[i]);
        }
        return new LedgerActuals(currency, periods, rows);
    }

    /**
     * Accumulates postings in one pass: a new {@link PostingAccumulator}, every posting added,
     * then its result.
     *
     * @param currency the currency of every posting
     * @param periods the number of periods, at least 1
     * @param postings the postings
     * @return the actuals
     * @throws IllegalArgumentException as {@link PostingAccumulator#add(Posting)}
     * @throws ArithmeticException as {@link PostingAccumulator#result()}, if the total of a
     *     line in a period does not fit a {@code long} of minor units
     * @throws NullPointerException if an argument or a posting is null
     */
    public static LedgerActuals of(Currency currency, int periods, Iterable<Posting> postings) {
        PostingAccumulator acc = new PostingAccumulator(currency, periods);
        for (Posting p : Objects.requireNonNull(postings, "postings")) {
            acc.add(p);
        }
        return acc.result();
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
     * Returns the number of periods.
     *
     * @return the periods
     */
    public int periods() {
        return periods;
    }

    /**
     * Returns the ids of every line the ledger saw, in id order.
     *
     * @return an unmodifiable list
     */
    public List<String> lineIds() {
        return List.copyOf(rows.keySet());
    }

    /**
     * Returns the total actual of one line over all periods, exactly.
     *
     * @param lineId the line id
     * @return the actual, at the currency's scale
     * @throws IllegalArgumentException if the ledger never saw the line
     * @throws NullPointerException if {@code lineId} is null
     */
    public Money actual(String lineId) {
        BigInteger sum = BigInteger.ZERO;
        for (long v : row(lineId)) {
            sum = sum.add(BigInteger.valueOf(v));
        }
        return Money.of(new BigDecimal(sum, scale()), currency);
    }

    /**
     * Returns the actual of one line in one period.
     *
     * @param lineId the line id
     * @param period the 0-based period
     * @return the actual, at the currency's scale
     * @throws IllegalArgumentException if the ledger never saw the line
     * @throws IndexOutOfBoundsException if the period is out of range
     * @throws NullPointerException if {@code lineId} is null
     */
    public Money actual(String lineId, int period) {
        long[] row = row(lineId);
        if (period < 0 || period >= periods) {
            throw new IndexOutOfBoundsException("period must be in [0, " + periods + "), was " + period);
        }
        return Money.ofMinor(row[period], currency);
    }

    /**
     * Returns the actuals of one line in every one of the {@link #periods()} periods, including
     * the periods still to come, which read zero.
     *
     * <p>Not for {@link PhasedBudget}, which counts every actual it is given as an elapsed period:
     * pass {@link #actualsByPeriod(String, int)} with the number of periods elapsed instead.
     *
     * @param lineId the line id
     * @return one amount per period, {@link #periods()} of them
     * @throws IllegalArgumentException if the ledger never saw the line
     * @throws NullPointerException if {@code lineId} is null
     */
    public List<Money> actualsByPeriod(String lineId) {
        return actualsByPeriod(lineId, periods);
    }

    /**
     * Returns the actuals of one line in the first {@code elapsedPeriods} periods, ready for
     * {@link PhasedBudget#of(String, LineKind, List, List)}: six elapsed months of a twelve-month
     * ledger give six amounts, so the phased budget sees six periods elapsed.
     *
     * @param lineId the line id
     * @param elapsedPeriods how many periods have elapsed, in {@code [0, periods()]}
     * @return one amount per elapsed period, oldest first
     * @throws IllegalArgumentException if the ledger never saw the line or
     *     {@code elapsedPeriods} is out of range
     * @throws NullPointerException if {@code lineId} is null
     */
    public List<Money> actualsByPeriod(String lineId, int elapsedPeriods) {
        long[] row = row(lineId);
        if (elapsedPeriods < 0 || elapsedPeriods > periods) {
            throw new IllegalArgumentException("elapsedPeriods must be in [0, " + periods + "], was " + elapsedPeriods);
        }
        List<Money> out = new ArrayList<>(elapsedPeriods);
        for (int p = 0; p < elapsedPeriods; p++) {
            out.add(Money.ofMinor(row[p], currency));
        }
        return Collections.unmodifiableList(out);
    }

    private long[] row(String lineId) {
        long[] row = rows.get(Objects.requireNonNull(lineId, "lineId"));
        if (row == null) {
            throw new IllegalArgumentException("line id must be one the ledger saw, was \"" + lineId + "\"");
        }
        return row;
    }

    private int scale() {
        return Money.zero(currency).minorUnitScale();
    }

    /**
     * Returns whether {@code obj} holds the same currency, period count, lines and cells.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof LedgerActuals)) {
            return false;
        }
        LedgerActuals other = (LedgerActuals) obj;
        if (!currency.equals(other.currency) || periods != other.periods || !rows.keySet().equals(other.rows.keySet())) {
            return false;
        }
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.rows.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = Objects.hash(currency, periods);
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        return h;
    }

    /**
     * Returns the currency, period count and line count.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "LedgerActuals[" + currency.getCurrencyCode() + ", " + periods + " periods, " + rows.size() + " lines]";
    }
}
