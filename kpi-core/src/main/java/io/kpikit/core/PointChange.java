package io.kpikit.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The change of a rate (a market share, a conversion rate, a margin) in percentage points,
 * kept apart from the relative change of the same rate.
 *
 * <p>With the rate before {@code a/b} and the rate after {@code c/d} (numerators and
 * denominators as the two {@link Ratio}s keep them):
 * <ul>
 *   <li>{@link #points()} = {@code 100 · (c/d − a/b)} = {@code 100 · (c·b − a·d) / (b·d)}:
 *       20% → 26% is {@code +6} points;</li>
 *   <li>{@link #relative()} = {@code (c/d − a/b) / |a/b|}
 *       = {@code sign(b·d) · (c·b − a·d) / (|a|·|d|)}: 20% → 26% is {@code +30%}. Dividing by
 *       the absolute value of the rate before keeps the sign meaning up or down, and the
 *       factor {@code sign(b·d)} makes the formula hold for denominators of any sign, so the
 *       ratio's denominator is never negative.</li>
 * </ul>
 * Both are exact {@link Ratio}s: no digit is lost before the final division, and the points
 * ratio's value is a number of points. A target such as "market share +5" is usually in
 * points; a report should say which of the two it shows.
 *
 * <p>The rates may have any value: a share lies in {@code [0, 1]}, but a rate of a
 * non-strict funnel step can exceed 1 and a margin can be negative; a package that needs a
 * range checks it in its own factory. Edge cases: when either rate is undefined (a
 * conversion rate with no visitors), both results are undefined with a reason that names the
 * rate and repeats its reason, {@code "rate before is undefined: 0/0 is undefined"}; the
 * relative change from a rate of zero is undefined with the reason {@code "base is zero"};
 * a result beyond the range of a double is undefined, never an exception.
 *
 * <pre>{@code
 * PointChange p = PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
 * p.points().doubleValue();                        // 6.0
 * p.toPointsString(1, RoundingMode.HALF_UP);       // "+6.0 pts"
 * p.relative().toPercentString(0, RoundingMode.HALF_UP);   // "30%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reason of the relative change from a rate of zero. */
    private static final String ZERO_BASE = "base is zero";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rate in the first period. */
    private final Ratio before;
    /** The rate in the second period. */
    private final Ratio after;
    /** {@code 100 · (after − before)}. */
    private final Ratio points;
    /** {@code (after − before) / |before|}. */
    private final Ratio relative;

    private PointChange(Ratio before, Ratio after, Ratio points, Ratio relative) {
        this.before = before;
        this.after = after;
        this.points = points;
        this.relative = relative;
    }

    private static PointChange create(Ratio before, Ratio after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        BigDecimal a = before.numerator();
        BigDecimal b = before.denominator();
        BigDecimal c = after.numerator();
        BigDecimal d = after.denominator();
        // c·b − a·d: the change times both denominators
        BigDecimal cross = c.multiply(b).subtract(a.multiply(d));
        BigDecimal pointsNumerator = HUNDRED.multiply(cross);
        BigDecimal pointsDenominator = b.multiply(d);
        BigDecimal relativeNumerator = b.signum() * d.signum() < 0 ? cross.negate() : cross;
        BigDecimal relativeDenominator = a.abs().multiply(d.abs());

        String reason = undefinedRate(before, after);
        if (reason != null) {
            return new PointChange(before, after, Ratio.undefined(pointsNumerator, pointsDenominator, reason),
                    Ratio.undefined(relativeNumerator, relativeDenominator, reason));
        }
        Ratio points = quotient(pointsNumerator, pointsDenominator, "points change is outside the range of a double");
        Ratio relative = a.signum() == 0
                ? Ratio.undefined(relativeNumerator, relativeDenominator, ZERO_BASE)
                : quotient(relativeNumerator, relativeDenominator, "relative change is outside the range of a double");
        return new PointChange(before, after, points, relative);
    }

    private static String undefinedRate(Ratio before, Ratio after) {
        if (!before.isDefined()) {
            return "rate before is undefined: " + before.undefinedReason().orElseThrow();
        }
        if (!after.isDefined()) {
            return "rate after is undefined: " + after.undefinedReason().orElseThrow();
        }
        return null;
    }

    /** {@code n / d} with {@code d != 0}; undefined with {@code reason} where {@link Ratio#of} would throw. */
    private static Ratio quotient(BigDecimal n, BigDecimal d, String reason) {
        return Double.isInfinite(n.divide(d, Ratio.PRECISION).doubleValue())
                ? Ratio.undefined(n, d, reason)
                : Ratio.of(n, d);
    }

    /**
     * Returns the change from the rate {@code before} to the rate {@code after}.
     *
     * @param before the rate in the first period, defined or undefined
     * @param after the rate in the second period, defined or undefined
     * @return the change in points and in relative terms
     * @throws NullPointerException if an argument is null
     */
    public static PointChange between(Ratio before, Ratio after) {
        return create(before, after);
    }

    /**
     * Returns the rate in the first period.
     *
     * @return the rate before
     */
    public Ratio before() {
        return before;
    }

    /**
     * Returns the rate in the second period.
     *
     * @return the rate after
     */
    public Ratio after() {
        return after;
    }

    /**
     * Returns the change in percentage points, {@code 100 · (after − before)}, as the exact
     * ratio {@code 100 · (c·b − a·d) / (b·d)} whose value is the number of points.
     *
     * @return the points; undefined when either rate is undefined
     */
    public Ratio points() {
        return points;
    }

    /**
     * Returns the relative change of the rate, {@code (after − before) / |before|}, as the
     * exact ratio {@code sign(b·d) · (c·b − a·d) / (|a|·|d|)}.
     *
     * @return the relative change; undefined when either rate is undefined or the rate before
     *     is zero ({@code "base is zero"})
     */
    public Ratio relative() {
        return relative;
    }

    /**
     * Returns the points as text with a sign, for example {@code "+6.0 pts"},
     * {@code "-3.0 pts"} or {@code "0.0 pts"} (a change that rounds to zero has no sign).
     *
     * @param scale the number of decimals
     * @param mode how to round
     * @return the text
     * @throws IllegalStateException if the points are undefined; the message gives the reason
     * @throws NullPointerException if {@code mode} is null
     */
    public String toPointsString(int scale, RoundingMode mode) {
        BigDecimal p = points.toBigDecimal(scale, mode);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " pts";
    }

    /**
     * Returns whether {@code obj} is a change between equal rates (see
     * {@link Ratio#equals(Object)}).
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PointChange)) {
            return false;
        }
        PointChange other = (PointChange) obj;
        return before.equals(other.before) && after.equals(other.after);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * before.hashCode() + after.hashCode();
    }

    /**
     * Returns the two rates and the points, for example
     * {@code "20/100 = 0.2 → 26/100 = 0.26: +6 pts"}, or the reason when undefined.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String change = points.isDefined()
                ? (points.toBigDecimal().signum() > 0 ? "+" : "") + points.toBigDecimal().stripTrailingZeros()
                        .toPlainString() + " pts"
                : "undefined: " + points.undefinedReason().orElseThrow();
        return before + " → " + after + ": " + change;
    }
}
