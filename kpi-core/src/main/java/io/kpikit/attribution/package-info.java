/**
 * Multi-touch attribution: which channels earned the conversions.
 *
 * <p>Inputs are aggregated conversion paths ({@link io.kpikit.attribution.PathSet}), read
 * from the common CSV export ({@link io.kpikit.attribution.PathCsv}) or built from raw
 * touchpoints and conversions ({@link io.kpikit.attribution.JourneyAccumulator}). Channels
 * are dense int ids and paths int arrays, so every model runs over primitive arrays.
 * An {@link io.kpikit.attribution.AttributionModel} turns paths into an
 * {@link io.kpikit.attribution.Attribution}: per channel the attributed conversions, the
 * attributed value as {@link io.kpikit.core.Money} and the share, reconciled to the totals
 * (conversions to 1e-9, value to the cent by the largest-remainder rule of
 * {@link io.kpikit.core.Allocation}), and, given spend, ROAS and cost per conversion.
 *
 * <p>Models: the rule-based models of {@link io.kpikit.attribution.RuleBasedModel} (first,
 * last, last non-direct, linear per touch and per channel, position-based, time decay); the
 * exact Markov chain model of any order, {@link io.kpikit.attribution.MarkovModel}, whose
 * removal effects are solved, not simulated, to a certified 1e-12 (or the floating-point
 * floor, at most 1e-9, of a tightly cycling large component) and which exposes its
 * transition matrix ({@link io.kpikit.attribution.MarkovChain}); and Shapley values with a
 * data-driven coalition worth, {@link io.kpikit.attribution.ShapleyModel}.
 * {@link io.kpikit.attribution.ModelComparison} puts models side by side.
 *
 * <p>Stored results are rebuilt without their paths: a path set gives back every path exactly
 * (channels, conversions, value, nulls, touch ages), so adding them to a new builder gives an
 * equal set; {@link io.kpikit.attribution.Attribution#restore} and
 * {@link io.kpikit.attribution.ModelComparison#restore} take the stored figures and check that
 * they reconcile as a model's result does ({@code restore} as in {@link io.kpikit.core});
 * {@link io.kpikit.attribution.MarkovChain#restore} rebuilds a fitted chain from its stored
 * states, edges and totals and solves it again to the same numbers.
 *
 * <p>The package follows the conventions of {@link io.kpikit.core}: factories instead of
 * constructors, {@code NullPointerException} naming the parameter for nulls,
 * {@code IllegalArgumentException} with a {@code "<field> must be <rule>, was <value>"}
 * message for invalid input, undefined {@link io.kpikit.core.Ratio}s instead of NaN.
 */
package io.kpikit.attribution;
