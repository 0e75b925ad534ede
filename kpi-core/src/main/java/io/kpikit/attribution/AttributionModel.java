package io.kpikit.attribution;

/**
 * A rule that splits the conversions and conversion value of a {@link PathSet} over its
 * channels.
 *
 * <p>Every model returns an {@link Attribution} whose attributed conversions add up to the
 * total conversions (to within 1e-9 relative) and whose attributed values add up to the
 * total value exactly, to the cent. Implementations: {@link RuleBasedModel},
 * {@link MarkovModel}, {@link ShapleyModel}; {@link ModelComparison} runs several side by side.
 *
 * <pre>{@code
 * Attribution last = RuleBasedModel.lastTouch().attribute(paths);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface AttributionModel {

    /**
     * Returns the model's name as shown in a comparison table, for example
     * {@code "last_touch"} or {@code "markov_order2"}.
     *
     * @return the name
     */
    String name();

    /**
     * Attributes the conversions and value of {@code paths} to their channels.
     *
     * @param paths the paths
     * @return the attribution
     * @throws NullPointerException if {@code paths} is null
     * @throws IllegalArgumentException if the model cannot run on these paths (for example
     *     time decay on paths without touch ages)
     */
    Attribution attribute(PathSet paths);
}
