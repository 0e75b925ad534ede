package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of a quantity from a previous period to the current one: the absolute
 * difference and the relative change (YoY, QoQ, MoM: the arithmetic is the same; the
 * {@link ComparisonPeriod} is a label).
 *
 * <p>Definitions:
 * <ul>
 *   <li>{@code difference = current - previous}, exact;</li>
 *   <li>{@code relative = (current - previous) / |previous|}, a {@link Ratio} whose numerator
 *       is the difference and whose denominator is {@code |previous|}.</li>
 * </ul>
 *
 * <p>Edge cases:
 * <ul>
 *   <li><b>Zero base.</b> When {@code previous} is zero the relative change is undefined with
 *       the reason {@code "base is zero"}; the difference is still defined.</li>
 *   <li><b>Negative base.</b> When {@code previous} is negative (a loss, a negative margin) the
 *       denominator is {@code |previous|}, so the sign of the relative change still means up
 *       or down: a loss of 100 narrowing to a loss of 50 is {@code (-50 - -100) / 100 = +50%}.
 *       Such a change is flagged by {@link #isNegativeBase()}, because "+50%" of a negative
 *       quantity reads differently from "+50%" of a positive one; a report should say so.</li>
 *   <li>A relative change beyond the range of a double (a change of 1E+300 from a base of
 *       1E-300) is undefined with the reason {@code "relative change is outside the range of a
 *       double"}.</li>
 *   <li>Counts ({@code long}) must not be negative, so they never have a negative base.</li>
 * </ul>
 *
 * <pre>{@code
 * Change c = Change.between(100, 115).withPeriod(ComparisonPeriod.YEAR_OVER_YEAR);
 * c.difference();                                   // 15
 * c.relative().toPercentString(1, HALF_UP);         // "15.0%"
 * Change.between(0, 40).relative().undefinedReason(); // Optional["base is zero"]
 * }</pre>
 *
 * <p>Equality compares the period and the inputs numerically.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ComparisonPeriod period;
    private final BigDecimal previous;
    private final BigDecimal current;
    private final BigDecimal difference;
    private final Ratio relative;

    private Change(ComparisonPeriod period, BigDecimal previous, BigDecimal current) {
        this.period = period;
        this.previous = previous;
        this.current = current;
        this.difference = current.subtract(previous);
        this.relative = Growth.relative(difference, previous);
    }

    private static Change create(ComparisonPeriod period, BigDecimal previous, BigDecimal current) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        return new Change(period, previous, current);
    }

    /**
     * Returns the change from {@code previous} to {@code current}, labelled
     * {@link ComparisonPeriod#PERIOD_OVER_PERIOD}.
     *
     * @param previous the value of the earlier period (the base)
     * @param current the value of the later period
     * @return the change
     * @throws NullPointerException if an argument is null
     */
    public static Change between(BigDecimal previous, BigDecimal current) {
        return create(ComparisonPeriod.PERIOD_OVER_PERIOD, previous, current);
    }

    /**
     * Returns the change of a count from {@code previous} to {@code current}, labelled
     * {@link ComparisonPeriod#PERIOD_OVER_PERIOD}.
     *
     * @param previous the count of the earlier period (the base)
     * @param current the count of the later period
     * @return the change
     * @throws IllegalArgumentException if a count is negative
     */
    public static Change between(long previous, long current) {
        Checks.nonNegative(previous, "previous");
        Checks.nonNegative(current, "current");
        return create(ComparisonPeriod.PERIOD_OVER_PERIOD, BigDecimal.valueOf(previous), BigDecimal.valueOf(current));
    }

    /**
     * Returns a copy labelled with another comparison period; the numbers are unchanged.
     *
     * @param period the comparison period, such as {@link ComparisonPeriod#YEAR_OVER_YEAR}
     * @return the relabelled change
     * @throws NullPointerException if {@code period} is null
     */
    public Change withPeriod(ComparisonPeriod period) {
        return create(period, previous, current);
    }

    /**
     * Returns the label of the comparison.
     *
     * @return the comparison period
     */
    public ComparisonPeriod period() {
        return period;
    }

    /**
     * Returns the value of the earlier period, the base of the relative change.
     *
     * @return the previous value
     */
    public BigDecimal previous() {
        return previous;
    }

    /**
     * Returns the value of the later period.
     *
     * @return the current value
     */
    public BigDecimal current() {
        return current;
    }

    /**
     * Returns {@code current - previous}, exact.
     *
     * @return the absolute difference
     */
    public BigDecimal difference() {
        return difference;
    }

    /**
     * Returns {@code (current - previous) / |previous|}; undefined with reason
     * {@code "base is zero"} when {@code previous} is zero.
     *
     * @return the relative change, numerator the difference and denominator {@code |previous|}
     */
    public Ratio relative() {
        return relative;
    }

    /**
     * Returns whether the base is negative, in which case the relative change was divided by
     * {@code |previous|} (see the class documentation).
     *
     * @return {@code true} if {@code previous < 0}
     */
    public boolean isNegativeBase() {
        return previous.signum() < 0;
    }

    /**
     * Returns whether {@code obj} is a change with the same period and numerically equal
     * previous and current values.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Change)) {
            return false;
        }
        Change other = (Change) obj;
        return period == other.period
                && previous.compareTo(other.previous) == 0
                && current.compareTo(other.current) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(period, previous.stripTrailingZeros(), current.stripTrailingZeros());
    }

    /**
     * Returns a description such as {@code "YoY 100 -> 115: +15 (15/100 = 0.15)"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String sign = difference.signum() > 0 ? "+" : "";
        return period.abbreviation() + " " + previous.toPlainString() + " -> " + current.toPlainString()
                + ": " + sign + difference.toPlainString() + " (" + relative + ")"
                + (isNegativeBase() ? " negative base" : "");
    }
}
