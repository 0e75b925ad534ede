package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Direction;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target for a share or a rate stated as a change in percentage points ("market share +5
 * pts"), distinct from a relative growth target ({@link GrowthTarget}).
 *
 * <p>Units: target and achieved changes are in <em>percentage points</em> ({@code 5} means five
 * points, 30% to 35%); shares are either {@link Ratio}s or <em>fractions</em> ({@code 0.30} for
 * 30%), and the change between two shares is {@code (actual − base) × 100} points. Attainment
 * is {@code achievedPoints / targetPoints}: a target of +5 points met with +6 points is
 * {@code 6/5 = 120%}.
 *
 * <p>Attainment is undefined, with a reason, when the target change is zero, when it points the
 * unfavourable way for the {@link Direction} (a churn target of +1 point is not a goal a ratio
 * can rank), or when a share given as a {@link Ratio} is undefined. An achieved change in the
 * wrong direction gives a negative attainment, which is the honest reading.
 *
 * <pre>{@code
 * PointTarget share = PointTarget.ofPoints(5, Direction.HIGHER_IS_BETTER);
 * share.attainment(6);                                      // 6/5 = 1.2
 * share.attainmentOfShares(new BigDecimal("0.30"), new BigDecimal("0.36"));  // 6.00/5 = 1.2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal targetPoints;
    private final Direction direction;

    private PointTarget(BigDecimal targetPoints, Direction direction) {
        this.targetPoints = targetPoints;
        this.direction = direction;
    }

    private static PointTarget create(BigDecimal targetPoints, Direction direction) {
        Objects.requireNonNull(targetPoints, "targetPoints");
        Objects.requireNonNull(direction, "direction");
        return new PointTarget(targetPoints, direction);
    }

    /**
     * Returns a target change in percentage points.
     *
     * @param targetPoints the targeted change in points ({@code 5} for +5 pts, {@code -2} for a
     *     churn cut of two points)
     * @param direction the polarity of the KPI
     * @return the target
     * @throws NullPointerException if an argument is null
     */
    public static PointTarget ofPoints(BigDecimal targetPoints, Direction direction) {
        return create(targetPoints, direction);
    }

    /**
     * Returns a target change in percentage points from a finite double.
     *
     * @param targetPoints the targeted change in points
     * @param direction the polarity of the KPI
     * @return the target
     * @throws IllegalArgumentException if {@code targetPoints} is NaN or infinite
     * @throws NullPointerException if {@code direction} is null
     */
    public static PointTarget ofPoints(double targetPoints, Direction direction) {
        return create(Checks.decimal(targetPoints, "targetPoints"), direction);
    }

    /**
     * Returns the change in percentage points between two shares given as fractions:
     * {@code (actual − base) × 100}, exactly. From 0.30 to 0.36 is 6 points.
     *
     * @param baseFraction the share before, as a fraction
     * @param actualFraction the share after, as a fraction
     * @return the change in points
     * @throws NullPointerException if an argument is null
     */
    public static BigDecimal pointsBetween(BigDecimal baseFraction, BigDecimal actualFraction) {
        Objects.requireNonNull(baseFraction, "baseFraction");
        Objects.requireNonNull(actualFraction, "actualFraction");
        return actualFraction.subtract(baseFraction).multiply(HUNDRED);
    }

    /**
     * Returns the targeted change in points.
     *
     * @return the target change
     */
    public BigDecimal targetPoints() {
        return targetPoints;
    }

    /**
     * Returns the polarity of the KPI.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns {@code achievedPoints / targetPoints}.
     *
     * @param achievedPoints the change achieved, in percentage points
     * @return the attainment; undefined when the target change is zero or unfavourable
     * @throws NullPointerException if {@code achievedPoints} is null
     */
    public Ratio attainment(BigDecimal achievedPoints) {
        Objects.requireNonNull(achievedPoints, "achievedPoints");
        if (targetPoints.signum() == 0) {
            return Ratio.undefined(achievedPoints, targetPoints,
                    "attainment against a target change of 0 points is undefined");
        }
        if (targetPoints.signum() != direction.sign()) {
            return Ratio.undefined(achievedPoints, targetPoints, "a point target must be "
                    + (direction.sign() > 0 ? "> 0" : "< 0") + " for a " + direction + " KPI, was "
                    + targetPoints.toPlainString());
        }
        return Ratio.of(achievedPoints, targetPoints);
    }

    /**
     * Returns {@code achievedPoints / targetPoints} for a finite double.
     *
     * @param achievedPoints the change achieved, in percentage points
     * @return the attainment, as {@link #attainment(BigDecimal)}
     * @throws IllegalArgumentException if {@code achievedPoints} is NaN or infinite
     */
    public Ratio attainment(double achievedPoints) {
        return attainment(Checks.decimal(achievedPoints, "achievedPoints"));
    }

    /**
     * Returns the attainment of the change between two shares given as fractions.
     *
     * @param baseFraction the share before, as a fraction ({@code 0.30} for 30%)
     * @param actualFraction the share after, as a fraction
     * @return the attainment of {@link #pointsBetween} against the target
     * @throws NullPointerException if an argument is null
     */
    public Ratio attainmentOfShares(BigDecimal baseFraction, BigDecimal actualFraction) {
        return attainment(pointsBetween(baseFraction, actualFraction));
    }

    /**
     * Returns the attainment of a change of a share or rate, {@code change.points() / targetPoints},
     * with the points read at 34 significant digits.
     *
     * @param change the achieved change, for example from
     *     {@link PointChange#between(Ratio, Ratio)}
     * @return the attainment; undefined, with the reason of the points, when the points are
     *     undefined (a share is undefined)
     * @throws NullPointerException if {@code change} is null
     */
    public Ratio attainment(PointChange change) {
        Ratio points = Objects.requireNonNull(change, "change").points();
        if (!points.isDefined()) {
            return Ratio.undefined(BigDecimal.ZERO, targetPoints, points.undefinedReason().orElseThrow());
        }
        return attainment(points.toBigDecimal());
    }

    /**
     * Returns the attainment of the change between two shares given as ratios, as
     * {@link #attainment(PointChange)} of {@code PointChange.between(baseShare, actualShare)}.
     *
     * @param baseShare the share before
     * @param actualShare the share after
     * @return the attainment; undefined, with a reason naming the share, when a share is undefined
     * @throws NullPointerException if an argument is null
     */
    public Ratio attainment(Ratio baseShare, Ratio actualShare) {
        Objects.requireNonNull(baseShare, "baseShare");
        Objects.requireNonNull(actualShare, "actualShare");
        return attainment(PointChange.between(baseShare, actualShare));
    }

    /**
     * Returns {@code "+5 pts (HIGHER_IS_BETTER)"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return (targetPoints.signum() >= 0 ? "+" : "") + targetPoints.toPlainString() + " pts (" + direction + ")";
    }
}
