package io.kpikit.json.shape;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Objects;

/**
 * How one field of a {@link Shape} is written to and read from JSON: a decimal, a count, a
 * string, an enum constant, a nested kpikit value, a list or map of those, or an optional one.
 *
 * <p>{@link Codecs} holds the implementations; a shape names one per field. Reading is as
 * strict as the rest of kpi-json: a value of the wrong JSON type is rejected with a message
 * that starts with the field's label ({@code "Roas.cost must be a JSON object (Money), was a
 * number"}), and a list or map adds the index or key of the offending element to the
 * exception's path so that the pointer leads to it ({@code /lines/3/actual}).
 *
 * @param <V> the Java type of the value
 */
public interface Codec<V> {

    /**
     * Writes a value, which is never {@code null} unless {@link #nullValue()} is.
     *
     * @param gen the generator, where a value may be written
     * @param value the value
     * @param provider the serializer provider, to write nested kpikit values
     * @throws IOException if the generator fails, or the value cannot be written (a double
     *     that is not finite)
     */
    void write(JsonGenerator gen, V value, SerializerProvider provider) throws IOException;

    /**
     * Reads a value; called with the parser at the value's first token, which is never JSON
     * {@code null} (the caller handles {@code null} through {@link #nullValue()}).
     *
     * @param p the parser, at the value
     * @param ctxt the deserialization context, to read nested kpikit values
     * @param owner the type whose field is read, recorded in exceptions
     * @param label the field, for messages ({@code "Roas.cost"})
     * @return the value, never {@code null}
     * @throws IOException if the JSON does not hold a value of this codec's type; the
     *     exception's path leads to the offending element
     */
    V read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label) throws IOException;

    /**
     * Returns the value that JSON {@code null}, or an absent field, stands for; {@code null}
     * when this codec requires a value.
     *
     * @return the value of an absent field, for example {@code Optional.empty()}, or
     *     {@code null} if a value is required
     */
    default V nullValue() {
        return null;
    }

    /**
     * Returns whether two values are the same for the purpose of checking a derived field:
     * {@link Object#equals} unless the codec says otherwise (decimals compare numerically).
     *
     * @param a one value
     * @param b the other value
     * @return {@code true} if they are the same
     */
    default boolean same(V a, V b) {
        return Objects.equals(a, b);
    }
}
