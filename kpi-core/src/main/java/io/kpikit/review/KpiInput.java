package io.kpikit.review;

import io.kpikit.attainment.StatusBands;
import io.kpikit.core.Direction;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One KPI of a {@link ReviewDocument}: its target, its actual, its weight in the scorecard,
 * its status thresholds and an optional quarterly or monthly series.
 *
 * <p>What {@code base}, {@code target} and {@code actual} mean depends on the
 * {@link TargetKind}: levels for {@code LEVEL}; a base level, a growth fraction and a level for
 * {@code GROWTH}; two shares as fractions in {@code [0, 1]} ({@code 0.20}, not {@code 20}) and a
 * change in points for {@code POINTS}. A base is
 * required for {@code GROWTH} and {@code POINTS} and optional for {@code LEVEL} (then the
 * report shows the change from it). A KPI without a target is reported with its actual and a
 * warning, and stays out of the scorecard.
 *
 * <pre>{@code
 * // sales: base CNY 100M, target +20%, actual CNY 117.6M: level 98%, growth 88%
 * new KpiInput("sales", "CNY", Direction.HIGHER_IS_BETTER, TargetKind.GROWTH,
 *         new BigDecimal("100000000"), new BigDecimal("0.20"), new BigDecimal("117600000"),
 *         new BigDecimal("0.4"), null, null);
 * }</pre>
 *
 * @param name the KPI name, unique in the document
 * @param unit the unit shown with levels ({@code "CNY"}, {@code "%"}, {@code "customers"}), or null
 * @param direction whether more is better
 * @param targetKind how the target is stated
 * @param base the base level or share; required for {@code GROWTH} and {@code POINTS}
 * @param target the target (level, growth fraction or points, by kind), or null when there is none
 * @param actual the actual level or share
 * @param weight the weight in the scorecard, {@code >= 0} and within the range of a
 *     {@code double}; null leaves the KPI out of it. Weights are relative: the scorecard divides
 *     them by their sum
 * @param thresholds the status thresholds, or null for {@link StatusBands#DEFAULT}
 * @param series the periods of the year, in order; null or empty when there is no series
 */
public record KpiInput(String name, String unit, Direction direction, TargetKind targetKind, BigDecimal base,
        BigDecimal target, BigDecimal actual, BigDecimal weight, Thresholds thresholds, List<SeriesPoint> series) {

    /**
     * Validates the KPI and copies the series (an absent series becomes an empty list).
     *
     * @param name the KPI name, unique in the document
     * @param unit the unit shown with levels, or null
     * @param direction whether more is better
     * @param targetKind how the target is stated
     * @param base the base level or share; required for {@code GROWTH} and {@code POINTS}
     * @param target the target, or null when there is none
     * @param actual the actual level or share
     * @param weight the weight in the scorecard, {@code >= 0}, or null
     * @param thresholds the status thresholds, or null for the default bands
     * @param series the periods of the year, in order, or null
     * @throws ReviewInputException if the name is blank, a base is missing for a growth or
     *     points target, the base or actual of a points target is not a fraction in
     *     {@code [0, 1]}, the weight is negative or outside the range of a {@code double}
     *     (beyond {@link Double#MAX_VALUE}, or so small that it would become 0), or two periods
     *     of the series share a label;
     *     the message names the KPI
     * @throws NullPointerException if {@code name}, {@code direction}, {@code targetKind},
     *     {@code actual} or a series point is null
     */
    public KpiInput {
        Fields.text(name, "name", "");
        String item = Fields.item("kpi", name);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(targetKind, "targetKind");
        Objects.requireNonNull(actual, "actual");
        if (base == null && targetKind != TargetKind.LEVEL) {
            throw new ReviewInputException("base", "base must be given for a " + targetKind + " target, was absent"
                    + item);
        }
        if (targetKind == TargetKind.POINTS) {
            Fields.unit(base, "base", item);
            Fields.unit(actual, "actual", item);
        }
        Fields.nonNegative(weight, "weight", item);
        // the scorecard weighs in doubles: 1e309 would be infinite there, 1e-400 a silent 0
        Fields.fitsDouble(weight, List.of("weight"), item);
        series = series == null ? List.of() : Fields.list(series, "series");
        Set<String> periods = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            if (!periods.add(series.get(i).period())) {
                throw new ReviewInputException(Fields.at("series", i, "period"), "period must be unique, was \""
                        + series.get(i).period() + "\" twice" + item);
            }
        }
    }

    /**
     * Returns the status bands of this KPI.
     *
     * @return the thresholds as bands, or {@link StatusBands#DEFAULT}
     */
    public StatusBands statusBands() {
        return thresholds == null ? StatusBands.DEFAULT : thresholds.toStatusBands();
    }
}
