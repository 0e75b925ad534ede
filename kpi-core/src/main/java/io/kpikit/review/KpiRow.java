package io.kpikit.review;

import io.kpikit.attainment.AttainmentConvention;
import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.core.Direction;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One KPI of the attainment section: its target, its actual, the attainment and its status.
 *
 * <p>One rule for every target kind: {@code attainment} (and so the status and the scorecard)
 * is the <em>level reading</em>, the actual level against the level the target implies
 * ({@code targetLevel}: the target for LEVEL, {@code base × (1 + growth)} for GROWTH,
 * {@code base + points ÷ 100} for POINTS), under {@code convention}; {@code reading} states the
 * formula. The change readings are given beside it and never enter the scorecard:
 * {@code growthAttainment} for GROWTH (achieved growth ÷ targeted growth) and
 * {@code pointsAttainment} for POINTS (achieved points ÷ targeted points). A KPI without a
 * target has null attainment, reading, convention and status.
 *
 * <pre>{@code
 * // sales: base 100M, target +20%, actual 117.6M
 * // targetLevel 120M, attainment 117.6/120 = 98% (AT_RISK), growthAttainment 17.6/20 = 88%
 * // market share: 20% + 5 pts = 25% targeted, 26% reached: attainment 26/25 = 104%,
 * // pointsAttainment 6/5 = 120%
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the KPI name
 * @param unit the unit of the levels, or null
 * @param direction whether more is better
 * @param targetKind how the target is stated
 * @param base the base level or share, or null
 * @param target the target as stated (level, growth fraction or points), or null
 * @param targetLevel the level or share the target implies, or null without a target
 * @param actual the actual level or share
 * @param attainment the level reading of the attainment; null without a target
 * @param reading the formula of {@code attainment}, such as
 *     {@code "level: actual / target, target = base × (1 + growth)"}; null without a target
 * @param convention the attainment convention (it matters for lower-is-better KPIs); null
 *     without a target
 * @param status the status band of the attainment; null without a target
 * @param growthAttainment the growth reading ((actual − base) ÷ base) ÷ target growth for
 *     GROWTH targets; null otherwise
 * @param pointChange the change from base to actual share for POINTS targets; null otherwise
 * @param pointsAttainment the points reading, achieved points ÷ target points, for POINTS
 *     targets; null otherwise
 * @param weight the weight as given, or null when the KPI is not in the scorecard
 */
public record KpiRow(String name, String unit, Direction direction, TargetKind targetKind, BigDecimal base,
        BigDecimal target, BigDecimal targetLevel, BigDecimal actual, Ratio attainment, String reading,
        AttainmentConvention convention, AttainmentStatus status, Ratio growthAttainment, PointChange pointChange,
        Ratio pointsAttainment, BigDecimal weight) {

    /**
     * Checks the components.
     *
     * @param name the KPI name
     * @param unit the unit of the levels, or null
     * @param direction whether more is better
     * @param targetKind how the target is stated
     * @param base the base level or share, or null
     * @param target the target as stated (level, growth fraction or points), or null
     * @param targetLevel the level or share the target implies, or null without a target
     * @param actual the actual level or share
     * @param attainment the level reading of the attainment; null without a target
     * @param reading the formula of {@code attainment}; null without a target
     * @param convention the attainment convention; null without a target
     * @param status the status band of the attainment; null without a target
     * @param growthAttainment the growth reading for GROWTH targets; null otherwise
     * @param pointChange the change from base to actual share for POINTS targets; null otherwise
     * @param pointsAttainment the points reading for POINTS targets; null otherwise
     * @param weight the weight as given, or null when the KPI is not in the scorecard
     * @throws NullPointerException if a required component is null
     */
    public KpiRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(targetKind, "targetKind");
        Objects.requireNonNull(actual, "actual");
    }
}
