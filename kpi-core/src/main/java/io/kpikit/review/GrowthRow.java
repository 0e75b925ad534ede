package io.kpikit.review;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The growth of one KPI: the change from its base to its actual, both readings of a growth
 * target, and the period-over-period series.
 *
 * <pre>{@code
 * // sales 100M → 117.6M: change +17.6%, levelAttainment 98%, growthAttainment 88%
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the KPI name
 * @param unit the unit, or null
 * @param base the base level, or null
 * @param actual the actual level
 * @param difference actual − base, or null without a base
 * @param change (actual − base) ÷ |base|, or null without a base or for a POINTS KPI (see its
 *     pointChange)
 * @param targetGrowth the targeted growth fraction of a GROWTH KPI, or null
 * @param levelAttainment actual ÷ (base × (1 + targetGrowth)) for a GROWTH KPI, or null
 * @param growthAttainment change ÷ targetGrowth for a GROWTH KPI, or null
 * @param series the periods, in order; empty without a series
 */
public record GrowthRow(String name, String unit, BigDecimal base, BigDecimal actual, BigDecimal difference,
        Ratio change, BigDecimal targetGrowth, Ratio levelAttainment, Ratio growthAttainment,
        List<SeriesRow> series) {

    /**
     * Checks the components and copies the lists.
     *
     * @param name the KPI name
     * @param unit the unit, or null
     * @param base the base level, or null
     * @param actual the actual level
     * @param difference actual − base, or null without a base
     * @param change (actual − base) ÷ |base|, or null without a base or for a POINTS KPI (see its
     *     pointChange)
     * @param targetGrowth the targeted growth fraction of a GROWTH KPI, or null
     * @param levelAttainment actual ÷ (base × (1 + targetGrowth)) for a GROWTH KPI, or null
     * @param growthAttainment change ÷ targetGrowth for a GROWTH KPI, or null
     * @param series the periods, in order; empty without a series
     * @throws NullPointerException if a required component is null
     */
    public GrowthRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actual, "actual");
        series = List.copyOf(Objects.requireNonNull(series, "series"));
    }
}
