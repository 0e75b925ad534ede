package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.json.shape.Field;
import io.kpikit.json.shape.Shape;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes a kpikit value as the JSON object its {@link Shape} describes: every field, inputs
 * and derived, in the shape's order, each through its codec.
 *
 * <p>A field whose value is {@code null} is a bug in the shape (the codec of a value that may
 * be absent is an {@code Optional} one, which writes JSON {@code null}), and fails with the
 * field named rather than writing a malformed document; so does a non-finite double.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type written
 */
public final class ShapeSerializer<T> extends KpiSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Shape<T> shape;

    /**
     * Creates the serializer of a shape.
     *
     * @param shape the shape
     */
    public ShapeSerializer(Shape<T> shape) {
        super(Objects.requireNonNull(shape, "shape").type());
        this.shape = shape;
    }

    /**
     * Returns the shape written.
     *
     * @return the shape
     */
    public Shape<T> shape() {
        return shape;
    }

    /**
     * Writes the value's fields.
     *
     * @param value the value
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails, or a field is {@code null} or not finite
     */
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        for (Field<T, ?> field : shape.fields()) {
            writeField(field, value, gen, provider);
        }
        gen.writeEndObject();
    }

    private static <T, V> void writeField(Field<T, V> field, T value, JsonGenerator gen,
            SerializerProvider provider) throws IOException {
        V v = field.get(value);
        gen.writeFieldName(field.name());
        try {
            if (v == null) {
                throw JsonMappingException.from(provider, "cannot write " + value.getClass().getSimpleName() + "."
                        + field.name() + ": the accessor returned null");
            }
            field.codec().write(gen, v, provider);
        } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, value, field.name());
        }
    }
}
