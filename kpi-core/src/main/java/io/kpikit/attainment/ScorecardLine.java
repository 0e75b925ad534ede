package io.kpikit.attainment;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The scored form of one KPI in a {@link ScorecardResult}: the weight used, the clamped score and
 * its contribution {@code weight × score} to the composite.
 *
 * <p>{@code score} is the attainment itself when no floor or cap applied (so it keeps the
 * attainment's numerator and denominator), or the floor or cap over 1 when one did;
 * {@code contribution} is {@code weight × score} over 1. Both are undefined, with the
 * attainment's reason, when the attainment is undefined. A KPI excluded from the composite has
 * weight 0 and {@code excluded} true.
 *
 * @param name the KPI name
 * @param attainment the attainment rate as given
 * @param weight the weight used in the composite: as given for {@link Scorecard#of strict}
 *     scorecards, renormalised for {@link Scorecard#normalised normalised} ones or when undefined
 *     KPIs are excluded
 * @param score the attainment clamped to the KPI's floor and cap
 * @param contribution {@code weight × score}
 * @param excluded whether the KPI was left out of the composite because its attainment is undefined
 */
public record ScorecardLine(String name, Ratio attainment, BigDecimal weight, Ratio score, Ratio contribution,
        boolean excluded) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public ScorecardLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(contribution, "contribution");
    }
}
