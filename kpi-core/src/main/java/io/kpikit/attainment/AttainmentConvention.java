package io.kpikit.attainment;

import io.kpikit.core.Direction;
import java.util.Objects;

/**
 * The formula that turns an actual and a target into an attainment rate, named so that a report
 * can say which one it used.
 *
 * <p>With {@code a} the actual, {@code t} the target and {@code s} the sign of the
 * {@link Direction} ({@code +1} higher-is-better, {@code −1} lower-is-better):
 * <table>
 *   <caption>Formulas by convention and direction</caption>
 *   <tr><th></th><th>higher-is-better</th><th>lower-is-better</th></tr>
 *   <tr><td>{@link #RATIO}</td><td>{@code a / t}</td><td>{@code t / a}</td></tr>
 *   <tr><td>{@link #RELATIVE_GAP}</td><td>{@code 1 + (a − t) / |t|}</td>
 *       <td>{@code 1 + (t − a) / |t|}</td></tr>
 * </table>
 * For a positive target and a higher-is-better KPI both conventions give {@code a / t}, with
 * the same numerator and denominator. They differ for lower-is-better KPIs (cost, CAC, churn):
 * a CAC of 110 against a target of 100 is {@code 100/110 = 90.9%} under {@code RATIO} and
 * {@code 1 − 10/100 = 90%} under {@code RELATIVE_GAP}.
 *
 * <p>{@link #DEFAULT} is {@code RELATIVE_GAP}, for both directions, because it treats the two
 * directions symmetrically: missing the target by {@code x%} in the unfavourable direction costs
 * {@code x} points of attainment whether the KPI is sales or cost, so one set of
 * {@link StatusBands} means the same thing for every KPI of a scorecard. It is also defined
 * for an actual of zero (zero churn against a target of 5% is 200%) and, through {@code |t|},
 * for a negative target, where {@code RATIO} would give a silently wrong sign. Its price is that
 * a lower-is-better actual above twice the target gives a negative attainment; a scorecard
 * floor ({@link ScorecardKpi#withFloor}) handles that. {@code RATIO} for lower-is-better never
 * goes below zero but grows without bound as the actual approaches zero.
 *
 * <p>Undefined cases (an undefined {@link io.kpikit.core.Ratio} with a reason, never a wrong
 * sign): a target of zero under either convention; a target below zero under {@code RATIO};
 * an actual of zero or below under {@code RATIO} for lower-is-better (the quotient {@code t/a}
 * would change sign or divide by zero).
 */
public enum AttainmentConvention {

    /** {@code actual / target} for higher-is-better, {@code target / actual} for lower-is-better. */
    RATIO,

    /**
     * {@code 1 + (actual − target) / |target|} for higher-is-better and
     * {@code 1 + (target − actual) / |target|} for lower-is-better: one plus the favourable gap
     * relative to the target.
     */
    RELATIVE_GAP;

    /** The convention used when the caller does not choose one: {@link #RELATIVE_GAP}. */
    public static final AttainmentConvention DEFAULT = RELATIVE_GAP;

    /**
     * Returns the formula of this convention for a direction, as shown in reports, for example
     * {@code "target / actual"}.
     *
     * @param direction the polarity of the KPI
     * @return the formula text
     * @throws NullPointerException if {@code direction} is null
     */
    public String formula(Direction direction) {
        boolean higher = Objects.requireNonNull(direction, "direction") == Direction.HIGHER_IS_BETTER;
        if (this == RATIO) {
            return higher ? "actual / target" : "target / actual";
        }
        return higher ? "1 + (actual - target) / |target|" : "1 + (target - actual) / |target|";
    }
}
