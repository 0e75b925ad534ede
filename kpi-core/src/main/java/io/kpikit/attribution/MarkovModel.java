package io.kpikit.attribution;

import java.util.Objects;

/**
 * The Markov chain attribution model of order {@code k ≥ 1}, computed exactly.
 *
 * <p>States are the {@code k}-grams of consecutive channels along each path (a path shorter
 * than {@code k} is one state), with consecutive identical states merged, plus start,
 * conversion and null. Every transition along a path has weight conversions + nulls; the last
 * state goes to conversion with weight conversions and to null with weight nulls; probabilities
 * are the weights normalised per source state (no smoothing). The removal effect of a channel
 * is {@code RE(c) = 1 − P⁻ᶜ ÷ P} ({@link RemovalEffect}); attributed conversions are the
 * removal effects normalised to sum to 1 times the total conversions. Attributed value uses
 * the value removal effects {@code 1 − V⁻ᶜ ÷ V}, where
 * {@code V = Σ_s x(s) · p(s → conversion) · μ(s)}, {@code x(s)} the expected visits to
 * {@code s} from start and {@code μ(s)} the value per conversion of the paths ending in
 * {@code s}.
 *
 * <p>All probabilities are solved exactly, not simulated: one sparse solve for the chain and
 * one per channel, each to a certified relative tolerance of 1e-12, or the floating-point
 * floor of a tightly cycling large component where that is larger (at most 1e-9; see
 * {@link MarkovChain}). There is no limit on the number of states beyond memory.
 *
 * <pre>{@code
 * // 2 × (A > B) converting, 1 × (B) not: P = 2/3, P⁻ᴬ = 0, P⁻ᴮ = 0, so A and B get 1 each
 * Attribution a = MarkovModel.ofOrder(1).attribute(paths);
 * MarkovChain chain = MarkovModel.ofOrder(1).fit(paths);  // transitions, removal effects
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkovModel implements AttributionModel {

    private final int order;

    private MarkovModel(int order) {
        this.order = order;
    }

    /**
     * Returns the model of the given order.
     *
     * @param order the number of consecutive channels in a state, {@code >= 1}
     * @return the model named {@code markov_order<k>}
     * @throws IllegalArgumentException if {@code order < 1}
     */
    public static MarkovModel ofOrder(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("order must be >= 1, was " + order);
        }
        return new MarkovModel(order);
    }

    /**
     * Returns the order.
     *
     * @return the number of channels in a state
     */
    public int order() {
        return order;
    }

    /**
     * Fits the chain and solves its removal effects.
     *
     * @param paths the paths
     * @return the fitted chain
     * @throws IllegalStateException if a large component of the chain cannot be solved to that
     *     accuracy (see {@link MarkovChain})
     * @throws NullPointerException if {@code paths} is null
     */
    public MarkovChain fit(PathSet paths) {
        Objects.requireNonNull(paths, "paths");
        return MarkovChain.fit(paths, order, name());
    }

    @Override
    public String name() {
        return "markov_order" + order;
    }

    /**
     * Returns the attribution of the fitted chain: {@code fit(paths).attribution()}.
     *
     * @param paths the paths
     * @return the attribution by removal effects
     * @throws IllegalStateException if a large component of the chain cannot be solved to the
     *     accuracy above
     * @throws NullPointerException if {@code paths} is null
     */
    @Override
    public Attribution attribute(PathSet paths) {
        return fit(paths).attribution();
    }

    @Override
    public String toString() {
        return name();
    }
}
