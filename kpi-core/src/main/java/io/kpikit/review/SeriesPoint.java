package io.kpikit.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period of a KPI's quarterly or monthly series: the period's target and actual, and
 * optionally the same period a year earlier.
 *
 * <pre>{@code
 * new SeriesPoint("Q1", new BigDecimal("30000000"), new BigDecimal("31250000"), new BigDecimal("25000000"));
 * // attainment 31.25M / 30M = 104.2%, year over year +25%
 * }</pre>
 *
 * @param period the period label, such as {@code "Q1"} or {@code "2024-03"}
 * @param target the period's target level, or null when the period has none
 * @param actual the period's actual level
 * @param base the level of the same period a year earlier, or null
 */
public record SeriesPoint(String period, BigDecimal target, BigDecimal actual, BigDecimal base) {

    /**
     * Validates the point.
     *
     * @param period the period label, such as {@code "Q1"} or {@code "2024-03"}
     * @param target the period's target level, or null when the period has none
     * @param actual the period's actual level
     * @param base the level of the same period a year earlier, or null
     * @throws ReviewInputException if the period label is blank
     * @throws NullPointerException if {@code period} or {@code actual} is null
     */
    public SeriesPoint {
        Fields.text(period, "period", "");
        Objects.requireNonNull(actual, "actual");
    }
}
