package io.kpikit.growth;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of a rate (a share, a conversion rate, a margin) in percentage points, kept
 * apart from the relative change of the same rate.
 *
 * <p>Definitions, for rates {@code r0 = previous} and {@code r1 = current}:
 * <ul>
 *   <li>{@code points = (r1 - r0) * 100}: a share going from 20% to 26% is
 *       {@code +6.0} points;</li>
 *   <li>{@code relative = (r1 - r0) / |r0|}: the same move is a relative change of
 *       {@code 0.06 / 0.20 = +30%}. It follows the rules of {@link Change}: undefined with
 *       {@code "base is zero"} when {@code r0 = 0}.</li>
 * </ul>
 * Reports that say "share +5" usually mean points; say which one is shown.
 *
 * <p>When either rate is undefined (a conversion rate with no visitors), the points and the
 * relative change are undefined, with a reason that names the undefined rate and repeats its
 * own reason. The points are computed from the rates' 34-digit values, so {@code 20% -> 26%}
 * is exactly {@code 6}.
 *
 * <pre>{@code
 * PointChange p = PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
 * p.points().toBigDecimal();                    // 6.00
 * p.relative().toPercentString(0, HALF_UP);     // "30%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Ratio previous;
    private final Ratio current;
    private final Figure points;
    private final Ratio relative;

    private PointChange(Ratio previous, Ratio current, Figure points, Ratio relative) {
        this.previous = previous;
        this.current = current;
        this.points = points;
        this.relative = relative;
    }

    private static PointChange create(Ratio previous, Ratio current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        String reason = previous.isDefined() ? null : "previous rate is undefined: " + previous.undefinedReason().get();
        if (reason == null && !current.isDefined()) {
            reason = "current rate is undefined: " + current.undefinedReason().get();
        }
        if (reason != null) {
            BigDecimal r0 = previous.isDefined() ? previous.toBigDecimal() : BigDecimal.ZERO;
            BigDecimal r1 = current.isDefined() ? current.toBigDecimal() : BigDecimal.ZERO;
            return new PointChange(previous, current, Figure.undefined(reason),
                    Ratio.undefined(r1.subtract(r0), r0.abs(), reason));
        }
        BigDecimal difference = current.toBigDecimal().subtract(previous.toBigDecimal());
        return new PointChange(previous, current, Figure.ofComputed(difference.multiply(HUNDRED),
                "points change is outside the range of a double"),
                Growth.relative(difference, previous.toBigDecimal()));
    }

    /**
     * Returns the change from the rate {@code previous} to the rate {@code current}.
     *
     * @param previous the rate of the earlier period
     * @param current the rate of the later period
     * @return the change in points and relative terms
     * @throws NullPointerException if an argument is null
     */
    public static PointChange between(Ratio previous, Ratio current) {
        return create(previous, current);
    }

    /**
     * Returns the rate of the earlier period.
     *
     * @return the previous rate
     */
    public Ratio previous() {
        return previous;
    }

    /**
     * Returns the rate of the later period.
     *
     * @return the current rate
     */
    public Ratio current() {
        return current;
    }

    /**
     * Returns {@code (current - previous) * 100}, the change in percentage points; undefined
     * when either rate is undefined.
     *
     * @return the change in points
     */
    public Figure points() {
        return points;
    }

    /**
     * Returns {@code (current - previous) / |previous|}, the relative change of the rate;
     * undefined when either rate is undefined or the previous rate is zero.
     *
     * @return the relative change
     */
    public Ratio relative() {
        return relative;
    }

    /**
     * Returns whether {@code obj} is a point change between equal rates.
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
        return previous.equals(other.previous) && current.equals(other.current);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(previous, current);
    }

    /**
     * Returns a description such as {@code "0.2 -> 0.26: 6.00 points"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return describe(previous) + " -> " + describe(current) + ": "
                + (points.isDefined() ? points + " points" : points.toString());
    }

    private static String describe(Ratio rate) {
        return rate.isDefined() ? rate.toBigDecimal().toPlainString() : "undefined";
    }
}
