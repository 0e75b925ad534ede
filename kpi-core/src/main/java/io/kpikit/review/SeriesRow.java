package io.kpikit.review;

import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period of a KPI series: the period's attainment, the change over the same period a year
 * earlier (when a base is given) and over the previous period of the series.
 *
 * <pre>{@code
 * // Q1: target 30M, actual 31.25M, base 25M: attainment 104.2%, change over base +25%
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period label
 * @param target the period's target level, or null
 * @param actual the period's actual level
 * @param attainment the attainment of the period, or null without a target
 * @param status the status of the attainment, or null without a target
 * @param base the level a year earlier, or null
 * @param changeOverBase (actual − base) ÷ |base|, or null without a base
 * @param changeOverPrevious the change over the previous period of the series, or null for the
 *     first
 */
public record SeriesRow(String period, BigDecimal target, BigDecimal actual, Ratio attainment,
        AttainmentStatus status, BigDecimal base, Ratio changeOverBase, Ratio changeOverPrevious) {

    /**
     * Checks the components and copies the lists.
     *
     * @param period the period label
     * @param target the period's target level, or null
     * @param actual the period's actual level
     * @param attainment the attainment of the period, or null without a target
     * @param status the status of the attainment, or null without a target
     * @param base the level a year earlier, or null
     * @param changeOverBase (actual − base) ÷ |base|, or null without a base
     * @param changeOverPrevious the change over the previous period of the series, or null for the
     *     first
     * @throws NullPointerException if a required component is null
     */
    public SeriesRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actual, "actual");
    }
}
