package io.kpikit.json.shape;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Rebuilds a value from its inputs through a core factory.
 *
 * @param <T> the type built
 */
@FunctionalInterface
public interface Factory<T> {

    /**
     * Builds the value.
     *
     * @param values the inputs
     * @return the value
     * @throws JsonMappingException if a required input is missing
     * @throws IllegalArgumentException if the core factory rejects the inputs
     */
    T create(Values values) throws JsonMappingException;
}
