package io.kpikit.review;

import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.core.Direction;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One KPI of the attainment section: its target, its actual, the attainment and its status. For a
 * GROWTH target both readings are given: attainment is the level reading and growthAttainment the
 * growth reading. For a POINTS target, pointChange is the change of the share and attainment is
 * achieved points over targeted points. A KPI without a target has null attainment and status.
 *
 * <pre>{@code
 * // sales: base 100M, target +20%, actual 117.6M
 * // targetLevel 120M, attainment 117.6/120 = 98% (AT_RISK), growthAttainment 17.6/20 = 88%
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
 * @param targetLevel the level or share the target implies (base × (1 + growth), base + points
 *     ÷ 100), or null
 * @param actual the actual level or share
 * @param attainment the attainment (level reading for GROWTH); null without a target
 * @param status the status band of the attainment; null without a target
 * @param growthAttainment the growth reading ((actual − base) ÷ base) ÷ target growth for
 *     GROWTH targets; null otherwise
 * @param pointChange the change from base to actual share for POINTS targets; null otherwise
 * @param weight the weight as given, or null when the KPI is not in the scorecard
 */
public record KpiRow(String name, String unit, Direction direction, TargetKind targetKind, BigDecimal base,
        BigDecimal target, BigDecimal targetLevel, BigDecimal actual, Ratio attainment, AttainmentStatus status,
        Ratio growthAttainment, PointChange pointChange, BigDecimal weight) {

    /**
     * Checks the components and copies the lists.
     *
     * @param name the KPI name
     * @param unit the unit of the levels, or null
     * @param direction whether more is better
     * @param targetKind how the target is stated
     * @param base the base level or share, or null
     * @param target the target as stated (level, growth fraction or points), or null
     * @param targetLevel the level or share the target implies (base × (1 + growth), base + points
     *     ÷ 100), or null
     * @param actual the actual level or share
     * @param attainment the attainment (level reading for GROWTH); null without a target
     * @param status the status band of the attainment; null without a target
     * @param growthAttainment the growth reading ((actual − base) ÷ base) ÷ target growth for
     *     GROWTH targets; null otherwise
     * @param pointChange the change from base to actual share for POINTS targets; null otherwise
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
