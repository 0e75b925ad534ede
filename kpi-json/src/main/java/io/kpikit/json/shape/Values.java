package io.kpikit.json.shape;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of a value as read, handed to the factory.
 */
public interface Values {

    /**
     * Returns the value given for a derived field, for a factory that needs it to pick
     * between two core factories; it is still checked after the value is built.
     *
     * @param name the derived field's name
     * @return the value given, empty when absent or {@code null}
     * @throws IllegalArgumentException if the shape has no derived field of that name
     */
    Optional<Object> stated(String name);

    /**
     * Returns an input as read: the value, or the codec's null value when the field is
     * absent or JSON {@code null}.
     *
     * @param name the input's name
     * @return the value, never {@code null}
     * @throws JsonMappingException if a required input is missing or {@code null}
     * @throws IllegalArgumentException if the shape has no input (or checked input) of
     *     that name
     */
    Object value(String name) throws JsonMappingException;

    /**
     * Returns an input of a given class.
     *
     * @param <V> the type
     * @param name the input's name
     * @param type the class its codec reads ({@code Long} for a {@code long})
     * @return the value
     * @throws JsonMappingException if a required input is missing or {@code null}
     */
    default <V> V get(String name, Class<V> type) throws JsonMappingException {
        return type.cast(value(name));
    }

    /**
     * Returns a {@code long} input.
     *
     * @param name the input's name
     * @return the value
     * @throws JsonMappingException if it is missing or {@code null}
     */
    default long getLong(String name) throws JsonMappingException {
        return get(name, Long.class);
    }

    /**
     * Returns an {@code int} input.
     *
     * @param name the input's name
     * @return the value
     * @throws JsonMappingException if it is missing or {@code null}
     */
    default int getInt(String name) throws JsonMappingException {
        return get(name, Integer.class);
    }

    /**
     * Returns a {@code double} input.
     *
     * @param name the input's name
     * @return the value
     * @throws JsonMappingException if it is missing or {@code null}
     */
    default double getDouble(String name) throws JsonMappingException {
        return get(name, Double.class);
    }

    /**
     * Returns a {@code boolean} input.
     *
     * @param name the input's name
     * @return the value
     * @throws JsonMappingException if it is missing or {@code null}
     */
    default boolean getBoolean(String name) throws JsonMappingException {
        return get(name, Boolean.class);
    }

    /**
     * Returns an optional input (an {@link Codecs#optional} field).
     *
     * @param <V> the type of the value
     * @param name the input's name
     * @param type the class of the value
     * @return the value, empty when absent or {@code null}
     * @throws JsonMappingException never for an optional field
     */
    default <V> Optional<V> optional(String name, Class<V> type) throws JsonMappingException {
        return ((Optional<?>) value(name)).map(type::cast);
    }

    /**
     * Returns a list input (a {@link Codecs#listOf} field).
     *
     * @param <E> the element type
     * @param name the input's name
     * @param element the class of the elements
     * @return the list
     * @throws JsonMappingException if it is missing or {@code null}
     */
    default <E> List<E> list(String name, Class<E> element) throws JsonMappingException {
        List<E> list = new ArrayList<>();
        for (Object o : (List<?>) value(name)) {
            list.add(element.cast(o));
        }
        return list;
    }

    /**
     * Returns a map input (a {@link Codecs#mapOf} field), in document order.
     *
     * @param <V> the value type
     * @param name the input's name
     * @param valueType the class of the values
     * @return the map
     * @throws JsonMappingException if it is missing or {@code null}
     */
    default <V> Map<String, V> map(String name, Class<V> valueType) throws JsonMappingException {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value(name)).entrySet()) {
            map.put((String) e.getKey(), valueType.cast(e.getValue()));
        }
        return map;
    }
}
