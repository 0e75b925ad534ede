package io.kpikit.attainment;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The scored form of one KPI in a {@link ScorecardResult}: the weight used, the clamped score and
 * its contribution {@code weight × score} to the composite.
 *
 * <p>{@code score} is the attainment's value when no floor or cap applied, or the floor or cap
 * when one did; the raw attainment, with its numerator and denominator, stays alongside in
 * {@code attainment}, so a clamped score is visible as {@code score != attainment}.
 * {@code contribution} is {@code weight × score}, exactly. Score and contribution are
 * {@link Figure}s (they are not quotients); both are undefined when the attainment is: the
 * score with the attainment's reason, the contribution with a reason naming the KPI. A KPI
 * excluded from the composite has weight 0 and {@code excluded} true.
 *
 * @param name the KPI name
 * @param attainment the attainment rate as given
 * @param weight the weight used in the composite: as given for {@link Scorecard#of strict}
 *     scorecards, renormalised for {@link Scorecard#normalised normalised} ones or when undefined
 *     KPIs are excluded
 * @param score the attainment's value clamped to the KPI's floor and cap
 * @param contribution {@code weight × score}
 * @param excluded whether the KPI was left out of the composite because its attainment is undefined
 */
public record ScorecardLine(String name, Ratio attainment, BigDecimal weight, Figure score, Figure contribution,
        boolean excluded) {

    /**
     * Checks that no component is null.
     *
     * @param name the KPI name
     * @param attainment the attainment rate as given
     * @param weight the weight used in the composite: as given for {@link Scorecard#of strict} scorecards, renormalised for {@link Scorecard#normalised normalised} ones or when undefined KPIs are excluded
     * @param score the attainment's value clamped to the KPI's floor and cap
     * @param contribution {@code weight × score}
     * @param excluded whether the KPI was left out of the composite because its attainment is undefined
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
