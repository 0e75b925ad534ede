package io.kpikit.attribution;

import java.util.List;

/**
 * The Shapley values of every channel, and how they were computed.
 *
 * @param values one entry per channel, in channel order
 * @param exact whether every coalition was evaluated (otherwise permutation sampling)
 * @param permutations the number of sampled permutations (0 when exact)
 * @param seed the seed of the sampling (ignored when exact)
 */
public record ShapleyValues(List<ShapleyValue> values, boolean exact, int permutations, long seed) {

    /**
     * Copies the list.
     *
     * @param values one entry per channel, in channel order
     * @param exact whether every coalition was evaluated (otherwise permutation sampling)
     * @param permutations the number of sampled permutations (0 when exact)
     * @param seed the seed of the sampling (ignored when exact)
     * @throws NullPointerException if {@code values} is null
     */
    public ShapleyValues {
        values = List.copyOf(values);
    }
}
