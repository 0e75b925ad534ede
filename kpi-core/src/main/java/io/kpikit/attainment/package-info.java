/**
 * Targets against actuals: how far each target was reached, whether the year is on pace, how an
 * annual target is phased, and whether a target is plausible at all.
 *
 * <h2>What lives here</h2>
 * <ul>
 *   <li>{@link io.kpikit.attainment.Attainment} with its named
 *       {@link io.kpikit.attainment.AttainmentConvention}s: {@code actual / target},
 *       {@code target / actual} and {@code 1 + (target − actual) / target} for lower-is-better
 *       KPIs;</li>
 *   <li>{@link io.kpikit.attainment.GrowthTarget}: "grow 20%" read as level attainment and as
 *       growth attainment; {@link io.kpikit.attainment.PointTarget}: targets in percentage
 *       points;</li>
 *   <li>{@link io.kpikit.attainment.StatusBands} and
 *       {@link io.kpikit.attainment.AttainmentStatus}: exceeded, met, at risk, missed,
 *       undefined;</li>
 *   <li>{@link io.kpikit.attainment.Scorecard}: a weighted composite of KPI scores, with
 *       {@link io.kpikit.attainment.ScorecardKpi}, {@link io.kpikit.attainment.ScorecardLine}
 *       and {@link io.kpikit.attainment.ScorecardResult};</li>
 *   <li>{@link io.kpikit.attainment.Profile}, {@link io.kpikit.attainment.Pacing} (year to date
 *       against the share due) and {@link io.kpikit.attainment.Phasing} (exact split of an annual
 *       target into periods);</li>
 *   <li>{@link io.kpikit.attainment.Feasibility} with
 *       {@link io.kpikit.attainment.FeasibilityRule} and
 *       {@link io.kpikit.attainment.FeasibilityVerdict}: required growth against history.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * The vocabulary, null policy, error messages and rounding rules are those of
 * {@link io.kpikit.core}. In addition:
 * <ul>
 *   <li>An attainment rate is a {@link io.kpikit.core.Ratio} where 1 means the target was met
 *       exactly and more is better, for every {@link io.kpikit.core.Direction}: conventions
 *       normalise polarity, so status bands and scorecards need no direction.</li>
 *   <li>Growth rates are fractions ({@code 0.20} is +20%); changes of shares are in percentage
 *       points ({@code 5} is +5 pts) and shares are fractions or ratios.</li>
 *   <li>Undefined is explicit: a zero target, a zero or negative base, a target growth of zero
 *       or in the unfavourable direction give an undefined ratio with a reason, never a guess or
 *       a silently wrong sign. Results that are not quotients (a scorecard's scores,
 *       contributions and composite, a multi-period compound rate) are
 *       {@link io.kpikit.core.Figure}s, which share the same undefined state and accessors.</li>
 *   <li>This package imports only {@code io.kpikit.core}; historical growth rates are passed in
 *       as numbers rather than computed here.</li>
 * </ul>
 */
package io.kpikit.attainment;
