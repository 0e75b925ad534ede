package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.json.shape.Field;
import io.kpikit.json.shape.Shape;
import io.kpikit.json.shape.Values;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a kpikit value from the JSON object its {@link Shape} describes, through the core
 * factory the shape names.
 *
 * <p>On top of the strictness of {@link KpiObjectDeserializer} (unknown, duplicate, mistyped,
 * missing and {@code null} fields rejected; errors carry the pointer; a core
 * {@link IllegalArgumentException} wrapped with the type name, keeping the cause):
 * <ul>
 *   <li>each field is read with its codec, so a list element or nested value that fails has
 *       its own path ({@code /lines/3/actual});</li>
 *   <li>the inputs are passed to the factory, where core validates them;</li>
 *   <li>each derived field that is present, and each checked input, is compared with what the
 *       rebuilt value computes; a disagreement is rejected with a message naming the field,
 *       the computed value and the value given. Derived fields may be left out.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class ShapeDeserializer<T> extends KpiObjectDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Shape<T> shape;

    /**
     * Creates the deserializer of a readable shape.
     *
     * @param shape the shape
     * @throws IllegalArgumentException if the shape is write-only
     */
    public ShapeDeserializer(Shape<T> shape) {
        super(Objects.requireNonNull(shape, "shape").type(), names(shape));
        if (!shape.isReadable()) {
            throw new IllegalArgumentException(shape + " is write-only");
        }
        this.shape = shape;
    }

    private static String[] names(Shape<?> shape) {
        return shape.fields().stream().map(Field::name).toArray(String[]::new);
    }

    /**
     * Returns the shape read.
     *
     * @return the shape
     */
    public Shape<T> shape() {
        return shape;
    }

    /**
     * Reads one field with its codec.
     *
     * @param name the field name
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return the value read
     * @throws IOException if the value does not fit the codec
     */
    @Override
    protected Object readField(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
        return shape.field(name).orElseThrow().codec().read(p, ctxt, handledType(), typeName() + "." + name);
    }

    /**
     * Rebuilds the value through the factory and checks the derived fields given.
     *
     * @param fields the fields read
     * @param ctxt the deserialization context
     * @return the value
     * @throws JsonMappingException if an input is missing or a derived field disagrees
     */
    @Override
    protected T build(Fields fields, DeserializationContext ctxt) throws JsonMappingException {
        T value = shape.create(new Values() {
            @Override
            public Object value(String name) throws JsonMappingException {
                return input(fields, name);
            }

            @Override
            public Optional<Object> stated(String name) {
                shape.field(name).filter(f -> f.kind() == Field.Kind.DERIVED)
                        .orElseThrow(() -> new IllegalArgumentException(shape + " has no derived field \"" + name + "\""));
                return Optional.ofNullable(fields.get(name, Object.class));
            }
        });
        for (Field<T, ?> field : shape.fields()) {
            if (field.kind() == Field.Kind.CHECKED_INPUT
                    || field.kind() == Field.Kind.DERIVED && fields.has(field.name())) {
                check(fields, field, value);
            }
        }
        return value;
    }

    private Object input(Fields fields, String name) throws JsonMappingException {
        Field<T, ?> field = shape.field(name)
                .filter(f -> f.kind() != Field.Kind.DERIVED)
                .orElseThrow(() -> new IllegalArgumentException(shape + " has no input \"" + name + "\""));
        Object v = fields.get(name, Object.class);
        if (v != null) {
            return v;
        }
        Object absent = field.codec().nullValue();
        return absent != null ? absent : fields.require(name, Object.class);
    }

    private static <T, V> void check(Fields fields, Field<T, V> field, T value) throws JsonMappingException {
        V computed = field.get(value);
        Object read = fields.get(field.name(), Object.class);
        @SuppressWarnings("unchecked")
        V stated = read == null ? field.codec().nullValue() : (V) read;
        if (stated == null) {
            throw fields.error(field.name(), "must not be null; leave a derived field out or give its value, "
                    + show(computed));
        }
        if (computed == null || !field.codec().same(computed, stated)) {
            throw fields.error(field.name(), "must equal the value computed from the inputs, "
                    + show(computed) + ", was " + show(stated));
        }
    }

    private static String show(Object v) {
        if (v instanceof List && ((List<?>) v).size() > 8) {
            List<?> list = (List<?>) v;
            return list.subList(0, 8).toString().replaceFirst("]$", ", …] (" + list.size() + " elements)");
        }
        return String.valueOf(v);
    }
}
