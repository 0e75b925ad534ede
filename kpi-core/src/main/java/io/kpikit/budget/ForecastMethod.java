package io.kpikit.budget;

/**
 * How a {@link PhasedBudget} projects its actual at completion (year end) from the periods
 * elapsed so far. With {@code A} the actual to date, {@code k} the periods elapsed of
 * {@code n}, {@code P_k} the plan to date and {@code P} the total plan:
 *
 * <ul>
 *   <li>{@link #RUN_RATE}: {@code A ÷ (k / n)}, the pace so far extended over the whole year;</li>
 *   <li>{@link #RUN_RATE_PLAN_SHARE}: {@code A ÷ (P_k / P)}, the pace so far measured against
 *       the plan's own phasing (a seasonal plan that front-loads spend is not read as
 *       overspending);</li>
 *   <li>{@link #PLAN_BASED}: {@code A + (P − P_k)}, the actual to date plus the plan still to
 *       come, as if every remaining period runs exactly to plan.</li>
 * </ul>
 *
 * <p>Example: plan 100 per month for 12 months, actuals 110 for each of 6 months: RUN_RATE
 * gives {@code 660 ÷ 0.5 = 1320}, RUN_RATE_PLAN_SHARE also {@code 660 ÷ (600/1200) = 1320},
 * PLAN_BASED {@code 660 + 600 = 1260}.
 */
public enum ForecastMethod {

    /** Actual to date ÷ (periods elapsed ÷ total periods). Undefined before the first period. */
    RUN_RATE,

    /** Actual to date ÷ (plan to date ÷ total plan). Undefined while the plan to date is zero. */
    RUN_RATE_PLAN_SHARE,

    /** Actual to date + remaining plan. Always defined. */
    PLAN_BASED
}
