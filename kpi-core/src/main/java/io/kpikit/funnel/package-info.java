/**
 * Conversion funnels: where a funnel leaks, how sure we are, and whether a variant did better.
 *
 * <ul>
 *   <li>From stage counts: {@link io.kpikit.funnel.Funnel} (step and overall conversion,
 *       drop-off, bottleneck, Wilson intervals; strict or explicitly non-strict) and
 *       {@link io.kpikit.funnel.FunnelComparison} (A/B or period-over-period lifts, pooled
 *       z-test, Bayesian probability that B beats A, minimum-sample flags).</li>
 *   <li>From raw events: a {@link io.kpikit.funnel.FunnelDefinition} (steps,
 *       {@link io.kpikit.funnel.FunnelOrder}, conversion and step windows,
 *       {@link io.kpikit.funnel.FunnelExclusion}s, breakdown) and the streaming, mergeable
 *       {@link io.kpikit.funnel.EventFunnelAccumulator} that turns
 *       {@link io.kpikit.funnel.FunnelEvent}s (or primitive ids) into an
 *       {@link io.kpikit.funnel.EventFunnel}: users, value and breakdown per step, and
 *       {@link io.kpikit.funnel.TimeToConvert} between any two steps;
 *       {@link io.kpikit.funnel.FunnelEventsCsv} reads such events from a
 *       {@code user_id,event,timestamp[,value]} CSV file in any row order.</li>
 * </ul>
 *
 * <p>Rules users compare against PostHog, Amplitude or SQL, each stated in full on its type:
 * input order (each user's events together and in time order; users in any order), the
 * values (decimals with at most 6 places, summed exactly), what a funnel event is and how
 * ORDERED, STRICT and ANY_ORDER differ ({@link io.kpikit.funnel.FunnelOrder}), windows
 * (inclusive, from the entry event / the previous step), exclusions (a path stops where it
 * was when the excluding event occurred; other paths of the user still count), the counting
 * unit (each user once, at the furthest step, using the first entry that reaches it),
 * nearest-rank percentiles, and first-touch breakdowns by default.
 *
 * <p>Statistics come from {@link io.kpikit.stats}; rates are {@link io.kpikit.core.Ratio}s that
 * keep their counts. The shared conventions (vocabulary, nulls, errors, undefined results,
 * rounding) are those of {@link io.kpikit.core}: invalid input throws
 * {@link java.lang.IllegalArgumentException} with {@code <field> must be <rule>, was <value>};
 * a zero denominator gives an undefined ratio or interval with a reason, never an error, NaN
 * or a silent zero.
 *
 * <p>Reading results back: a {@link io.kpikit.funnel.FunnelComparison} keeps its two funnels
 * and minimum sample, and {@link io.kpikit.funnel.StepComparison#of} computes one step from its
 * counts, so both are rebuilt by their factories. An {@link io.kpikit.funnel.EventFunnel} and a
 * {@link io.kpikit.funnel.TimeToConvert} do not keep the events they came from; their
 * {@code restore} factories take the stored figures and check that they agree with each other
 * (counts never increasing, breakdowns adding up, a median no larger than the 90th percentile,
 * totals that the median and percentile allow). {@code restore} is kpikit's name for such
 * factories.
 */
package io.kpikit.funnel;
