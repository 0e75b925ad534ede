package io.kpikit.review;

import io.kpikit.attainment.AttainmentConvention;
import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One KPI of the weighted scorecard: the attainment scored (the level reading, see
 * {@link KpiRow}), the weight used (the given weights divided by their sum), the score and its
 * contribution to the composite.
 *
 * <pre>{@code
 * // sales: weight 0.4 of 1.0, level attainment 117.6M / 120M = 0.98: contribution 0.392
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the KPI name
 * @param attainment the attainment rate scored
 * @param reading the formula of the attainment, as in {@link KpiRow#reading()}
 * @param convention the attainment convention
 * @param weight the normalised weight
 * @param score the attainment's value
 * @param contribution weight × score
 * @param excluded whether the KPI was left out of the composite because its attainment is
 *     undefined
 */
public record ScoreRow(String name, Ratio attainment, String reading, AttainmentConvention convention,
        BigDecimal weight, Figure score, Figure contribution, boolean excluded) {

    /**
     * Checks the components.
     *
     * @param name the KPI name
     * @param attainment the attainment rate scored
     * @param reading the formula of the attainment
     * @param convention the attainment convention
     * @param weight the normalised weight
     * @param score the attainment's value
     * @param contribution weight × score
     * @param excluded whether the KPI was left out of the composite because its attainment is
     *     undefined
     * @throws NullPointerException if a required component is null
     */
    public ScoreRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(contribution, "contribution");
    }
}
