package io.kpikit.growth;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * The change of an amount of money from a previous period to the current one: the absolute
 * difference as {@link Money} and the relative change as a {@link Ratio}.
 *
 * <p>The definitions and edge cases are those of {@link Change}:
 * {@code difference = current - previous} (exact, in the common currency) and
 * {@code relative = (current - previous) / |previous|}; a zero base gives an undefined
 * relative change ({@code "base is zero"}); a negative base divides by its absolute value and
 * is flagged by {@link #isNegativeBase()}. Both amounts must be in one currency.
 *
 * <pre>{@code
 * MoneyChange c = MoneyChange.between(Money.parse("CNY 8000000.00"), Money.parse("CNY 9200000.00"));
 * c.difference();                              // CNY 1200000.00
 * c.relative().toPercentString(1, HALF_UP);    // "15.0%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Money previous;
    private final Money current;
    private final Change change;

    private MoneyChange(Money previous, Money current, Change change) {
        this.previous = previous;
        this.current = current;
        this.change = change;
    }

    private static MoneyChange create(ComparisonPeriod period, Money previous, Money current) {
        Objects.requireNonNull(previous, "previous").checkSameCurrency(Objects.requireNonNull(current, "current"));
        return new MoneyChange(previous, current,
                Change.between(previous.amount(), current.amount()).withPeriod(period));
    }

    /**
     * Returns the change from {@code previous} to {@code current}, labelled
     * {@link ComparisonPeriod#PERIOD_OVER_PERIOD}.
     *
     * @param previous the amount of the earlier period (the base)
     * @param current the amount of the later period
     * @return the change
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static MoneyChange between(Money previous, Money current) {
        return create(ComparisonPeriod.PERIOD_OVER_PERIOD, previous, current);
    }

    /**
     * Returns a copy labelled with another comparison period; the amounts are unchanged.
     *
     * @param period the comparison period
     * @return the relabelled change
     * @throws NullPointerException if {@code period} is null
     */
    public MoneyChange withPeriod(ComparisonPeriod period) {
        return create(period, previous, current);
    }

    /**
     * Returns the label of the comparison.
     *
     * @return the comparison period
     */
    public ComparisonPeriod period() {
        return change.period();
    }

    /**
     * Returns the amount of the earlier period, the base of the relative change.
     *
     * @return the previous amount
     */
    public Money previous() {
        return previous;
    }

    /**
     * Returns the amount of the later period.
     *
     * @return the current amount
     */
    public Money current() {
        return current;
    }

    /**
     * Returns {@code current - previous}, exact, in the common currency.
     *
     * @return the absolute difference
     */
    public Money difference() {
        return current.minus(previous);
    }

    /**
     * Returns {@code (current - previous) / |previous|}; undefined with reason
     * {@code "base is zero"} when the previous amount is zero.
     *
     * @return the relative change
     */
    public Ratio relative() {
        return change.relative();
    }

    /**
     * Returns whether the previous amount is negative (see {@link Change#isNegativeBase()}).
     *
     * @return {@code true} if the base is negative
     */
    public boolean isNegativeBase() {
        return change.isNegativeBase();
    }

    /**
     * Returns the same change on the bare amounts.
     *
     * @return the change of the amounts
     */
    public Change toChange() {
        return change;
    }

    /**
     * Returns whether {@code obj} is a money change with equal amounts and period.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof MoneyChange)) {
            return false;
        }
        MoneyChange other = (MoneyChange) obj;
        return previous.equals(other.previous) && current.equals(other.current) && period() == other.period();
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(previous, current, period());
    }

    /**
     * Returns a description such as {@code "YoY CNY 100.00 -> CNY 115.00: CNY 15.00 (15.00/100.00 = 0.15)"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return period().abbreviation() + " " + previous + " -> " + current + ": " + difference()
                + " (" + relative() + ")" + (isNegativeBase() ? " negative base" : "");
    }
}
