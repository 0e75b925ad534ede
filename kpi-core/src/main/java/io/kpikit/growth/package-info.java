/**
 * Change over time: period-over-period change ({@link io.kpikit.growth.Change},
 * {@link io.kpikit.growth.MoneyChange}, labelled by {@link io.kpikit.growth.ComparisonPeriod}),
 * compound growth ({@link io.kpikit.growth.Cagr}), indexing to a base period
 * ({@link io.kpikit.growth.IndexSeries}), contribution of segments to growth
 * ({@link io.kpikit.growth.GrowthContribution}), least-squares trend and forecast
 * ({@link io.kpikit.growth.Trend}), moving averages ({@link io.kpikit.growth.MovingAverage})
 * and correlation between series ({@link io.kpikit.growth.Correlation}).
 *
 * <h2>Conventions</h2>
 * This package follows the vocabulary, null policy, error messages and rounding rules of
 * {@link io.kpikit.core}. In addition:
 * <ul>
 *   <li><b>Relative change</b> is always {@code (current - previous) / |previous|}, a
 *       {@link io.kpikit.core.Ratio} keeping the difference and the absolute base. A zero base
 *       gives an undefined ratio with the reason {@code "base is zero"}. A negative base is
 *       divided by its absolute value, so that a positive result always means "went up", and
 *       the result is flagged ({@code isNegativeBase()}).</li>
 *   <li><b>Undefined non-quotients.</b> A result that is not a quotient but can be undefined
 *       (a CAGR, a slope, an R², a correlation, an index) is a
 *       {@link io.kpikit.core.Figure}, which answers the same accessors as {@code Ratio}:
 *       {@code isDefined()}, {@code undefinedReason()}, {@code doubleValue()} (throws
 *       {@link java.lang.IllegalStateException} with the reason), {@code orElse(double)} and
 *       {@code toOptionalDouble()}. Every double computed here or by commons-math3 is checked,
 *       so NaN and the infinities never leave this package.</li>
 *   <li><b>Series</b> are given oldest first; a period index starts at 0.</li>
 *   <li><b>Inputs are kept.</b> Every result keeps what it was computed from (a trend its
 *       points), so the factory rebuilds it from its accessors.</li>
 *   <li><b>Points versus percent.</b> A change of a rate (a conversion rate, a margin) in
 *       percentage points is a different number from its relative change; both are given,
 *       by separate methods, by {@link io.kpikit.core.PointChange}.</li>
 * </ul>
 */
package io.kpikit.growth;
