/**
 * Conversion funnels: where a funnel leaks, how sure we are, and whether a variant did better.
 *
 * <ul>
 *   <li>From stage counts: {@link io.kpikit.funnel.Funnel} (step and overall conversion,
 *       drop-off, bottleneck, Wilson intervals; strict or explicitly non-strict) and
 *       {@link io.kpikit.funnel.FunnelComparison} (A/B or period-over-period lifts, pooled
 *       z-test, Bayesian probability that B beats A, minimum-sample flags).</li>
 * </ul>
 *
 * <p>Statistics come from {@link io.kpikit.stats}; rates are {@link io.kpikit.core.Ratio}s that
 * keep their counts. The shared conventions (vocabulary, nulls, errors, undefined results,
 * rounding) are those of {@link io.kpikit.core}: invalid input throws
 * {@link java.lang.IllegalArgumentException} with {@code <field> must be <rule>, was <value>};
 * a zero denominator gives an undefined ratio or interval with a reason, never an error, NaN
 * or a silent zero.
 */
package io.kpikit.funnel;
