package io.kpikit.attribution;

import java.util.Objects;

/**
 * One transition of a fitted {@link MarkovChain}: from a state to a state, with the summed
 * path weight and the probability (weight ÷ total weight leaving {@code from}).
 *
 * <p>States are named by their channels joined with {@code " > "}, or
 * {@link MarkovChain#START}, {@link MarkovChain#CONVERSION}, {@link MarkovChain#NULL}.
 *
 * @param from the source state
 * @param to the target state
 * @param weight the summed weight of the paths making this transition
 * @param probability the transition probability, in [0, 1]
 */
public record MarkovTransition(String from, String to, double weight, double probability) {

    /**
     * Validates the transition.
     *
     * @param from the source state
     * @param to the target state
     * @param weight the summed weight of the paths making this transition
     * @param probability the transition probability, in [0, 1]
     * @throws NullPointerException if a state is null
     */
    public MarkovTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
