package io.kpikit.json.shape;

import static io.kpikit.json.deser.KpiObjectDeserializer.describe;
import static io.kpikit.json.deser.KpiObjectDeserializer.mismatch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.budget.CategoryPath;
import io.kpikit.core.Direction;
import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import io.kpikit.json.deser.ShapeDeserializer;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The {@link Codec}s a {@link Shape} is built from.
 *
 * <table>
 *   <caption>Java type and JSON form of each codec</caption>
 *   <tr><th>codec</th><th>Java</th><th>JSON</th></tr>
 *   <tr><td>{@link #DECIMAL}</td><td>{@code BigDecimal}</td><td>a number in plain notation,
 *       read exactly with its scale ({@code 0.20})</td></tr>
 *   <tr><td>{@link #LONG}, {@link #INT}</td><td>{@code long}, {@code int}</td><td>a whole
 *       number ({@code 1.0} and {@code 1e3} are rejected)</td></tr>
 *   <tr><td>{@link #DOUBLE}</td><td>{@code double}</td><td>a finite number, written as
 *       {@link Double#toString(double)} writes it so it reads back to the same double</td></tr>
 *   <tr><td>{@link #BOOLEAN}, {@link #STRING}</td><td>{@code boolean}, {@code String}</td>
 *       <td>{@code true}/{@code false}, a string</td></tr>
 *   <tr><td>{@link #CURRENCY}</td><td>{@code Currency}</td><td>the ISO 4217 code
 *       ({@code "CNY"})</td></tr>
 *   <tr><td>{@link #DURATION}, {@link #INSTANT}</td><td>{@code Duration}, {@code Instant}</td>
 *       <td>ISO-8601 text ({@code "PT720H"}, {@code "2024-03-01T10:15:30Z"})</td></tr>
 *   <tr><td>{@link #CATEGORY_PATH}</td><td>{@code CategoryPath}</td><td>its text
 *       ({@code "online/feed-ads"}, the root {@code ""})</td></tr>
 *   <tr><td>{@link #enumOf(Class)}</td><td>an enum</td><td>the exact constant name</td></tr>
 *   <tr><td>{@link #object(Class)}</td><td>a kpikit value</td><td>its own shape, through the
 *       mapper's serializer and deserializer for the class</td></tr>
 *   <tr><td>{@link #listOf(Codec)}, {@link #mapOf(Codec)}</td><td>{@code List},
 *       {@code Map<String, V>}</td><td>an array, an object (key order kept)</td></tr>
 *   <tr><td>{@link #optional(Codec)}, {@link #OPTIONAL_DOUBLE}, {@link #OPTIONAL_LONG}</td>
 *       <td>{@code Optional} and friends</td><td>the value, or {@code null}</td></tr>
 * </table>
 *
 * <p>A double that is not finite cannot be written: the serializer fails rather than write
 * NaN. The codecs are immutable and thread-safe.
 */
public final class Codecs {

    /** An exact decimal: a JSON number in plain notation, read with its scale. */
    public static final Codec<BigDecimal> DECIMAL = ScalarCodecs.DECIMAL;

    /** A {@code long}: a whole JSON number in the range of a long. */
    public static final Codec<Long> LONG = ScalarCodecs.LONG;

    /** An {@code int}: a whole JSON number in the range of an int. */
    public static final Codec<Integer> INT = ScalarCodecs.INT;

    /** A finite {@code double}, written so that it reads back to the same double. */
    public static final Codec<Double> DOUBLE = ScalarCodecs.DOUBLE;

    /** A boolean: {@code true} or {@code false}. */
    public static final Codec<Boolean> BOOLEAN = ScalarCodecs.BOOLEAN;

    /** A string. */
    public static final Codec<String> STRING = ScalarCodecs.STRING;

    /** A currency, as its ISO 4217 code. */
    public static final Codec<Currency> CURRENCY = ScalarCodecs.CURRENCY;

    /** A duration, as ISO-8601 text ({@code "PT720H"}). */
    public static final Codec<Duration> DURATION = ScalarCodecs.DURATION;

    /** An instant, as ISO-8601 text in UTC ({@code "2024-03-01T10:15:30Z"}). */
    public static final Codec<Instant> INSTANT = ScalarCodecs.INSTANT;

    /** An {@code OptionalDouble}: a finite number, or {@code null} when empty. */
    public static final Codec<OptionalDouble> OPTIONAL_DOUBLE = ScalarCodecs.OPTIONAL_DOUBLE;

    /** An {@code OptionalLong}: a whole number, or {@code null} when empty. */
    public static final Codec<OptionalLong> OPTIONAL_LONG = ScalarCodecs.OPTIONAL_LONG;

    /** A {@link Money}, {@code {"amount": 9500000.00, "currency": "CNY"}}. */
    public static final Codec<Money> MONEY = object(Money.class);
    /** A {@link Ratio} with its numerator, denominator and, when undefined, reason. */
    public static final Codec<Ratio> RATIO = object(Ratio.class);
    /** A {@link Figure}: a value, or {@code null} with a reason. */
    public static final Codec<Figure> FIGURE = object(Figure.class);
    /** A {@link PointChange}: two rates and the changes between them. */
    public static final Codec<PointChange> POINT_CHANGE = object(PointChange.class);
    /** A {@link Direction}, by constant name. */
    public static final Codec<Direction> DIRECTION = enumOf(Direction.class);

    /**
     * A budget {@link CategoryPath} as its text, {@code "online/feed-ads"}; the root is the
     * empty string. A path core rejects (a blank segment, a leading {@code /}) is rejected
     * with core's message.
     */
    public static final Codec<CategoryPath> CATEGORY_PATH = ScalarCodecs.CATEGORY_PATH;

    private Codecs() {
    }

    /**
     * Returns the codec of an enum: the exact constant name, other cases and indexes rejected.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @return the codec
     */
    public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
        Objects.requireNonNull(type, "type");
        E[] constants = type.getEnumConstants();
        return new Codec<>() {
            @Override
            public void write(JsonGenerator gen, E value, SerializerProvider provider) throws IOException {
                gen.writeString(value.name());
            }

            @Override
            public E read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw mismatch(p, owner, label, "must be a JSON string, one of " + Arrays.toString(constants)
                            + ", was " + describe(p.currentToken()));
                }
                String text = p.getText();
                for (E e : constants) {
                    if (e.name().equals(text)) {
                        return e;
                    }
                }
                throw mismatch(p, owner, label, "must be one of " + Arrays.toString(constants) + ", was \"" + text + "\"");
            }
        };
    }

    /**
     * Returns the codec of a nested kpikit value, a JSON object written and read by the
     * serializer and deserializer the mapper has for {@code type} (those of
     * {@link io.kpikit.json.KpiModule}); a failure inside it keeps its own path, so the
     * pointer leads into the nested object.
     *
     * @param <V> the nested type
     * @param type the nested class
     * @return the codec
     */
    public static <V> Codec<V> object(Class<V> type) {
        Objects.requireNonNull(type, "type");
        return new Codec<>() {
            @Override
            public void write(JsonGenerator gen, V value, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(value, gen);
            }

            @Override
            public V read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label) throws IOException {
                if (!p.isExpectedStartObjectToken()) {
                    throw mismatch(p, owner, label, "must be a JSON object (" + type.getSimpleName() + "), was "
                            + describe(p.currentToken()));
                }
                return ctxt.readValue(p, type);
            }
        };
    }

    /**
     * Returns the codec of a helper type that is not registered with the mapper (one path of
     * a path set): a value is written as the JSON object of its shape and, when the shape is
     * readable, read with a {@link ShapeDeserializer} of that shape, so it is as strict as a
     * registered type and an error inside it keeps its path. Reading a write-only shape fails.
     *
     * @param <V> the type
     * @param shape the shape of the value
     * @return the codec
     */
    public static <V> Codec<V> inline(Shape<V> shape) {
        Objects.requireNonNull(shape, "shape");
        ShapeDeserializer<V> reader = shape.isReadable() ? new ShapeDeserializer<>(shape) : null;
        return new Codec<>() {
            @Override
            public void write(JsonGenerator gen, V value, SerializerProvider provider) throws IOException {
                gen.writeStartObject(value);
                for (Field<V, ?> field : shape.fields()) {
                    writeField(gen, field, value, provider);
                }
                gen.writeEndObject();
            }

            @Override
            public V read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label) throws IOException {
                if (reader == null) {
                    throw mismatch(p, owner, label, "cannot be read: " + shape.type().getSimpleName() + " is write-only");
                }
                return reader.deserialize(p, ctxt);
            }
        };
    }

    private static <V, F> void writeField(JsonGenerator gen, Field<V, F> field, V value,
            SerializerProvider provider) throws IOException {
        gen.writeFieldName(field.name());
        field.codec().write(gen, field.get(value), provider);
    }

    /**
     * Returns the codec of a list: a JSON array whose elements use {@code element}. A JSON
     * {@code null} element is accepted only when the element codec has a
     * {@linkplain Codec#nullValue() null value}; an error in an element has its index in the
     * path ({@code /weights/2}).
     *
     * @param <V> the element type
     * @param element the codec of the elements
     * @return the codec; the lists it reads are unmodifiable
     */
    public static <V> Codec<List<V>> listOf(Codec<V> element) {
        Objects.requireNonNull(element, "element");
        return new Codec<>() {
            @Override
            public void write(JsonGenerator gen, List<V> value, SerializerProvider provider) throws IOException {
                gen.writeStartArray(value, value.size());
                for (V v : value) {
                    element.write(gen, v, provider);
                }
                gen.writeEndArray();
            }

            @Override
            public List<V> read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                    throws IOException {
                if (!p.isExpectedStartArrayToken()) {
                    throw mismatch(p, owner, label, "must be a JSON array, was " + describe(p.currentToken()));
                }
                List<V> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    int i = list.size();
                    try {
                        list.add(readElement(element, p, ctxt, owner, label + "[" + i + "]"));
                    } catch (JacksonException e) {
                        throw JsonMappingException.wrapWithPath(e, list, i);
                    }
                }
                return Collections.unmodifiableList(list);
            }

            @Override
            public boolean same(List<V> a, List<V> b) {
                if (a.size() != b.size()) {
                    return false;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!element.same(a.get(i), b.get(i))) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    /**
     * Returns the codec of a map with string keys: a JSON object whose values use
     * {@code value}, written in the map's iteration order and read in document order. A key
     * given twice is rejected; an error in a value has its key in the path.
     *
     * @param <V> the value type
     * @param value the codec of the values
     * @return the codec; the maps it reads are unmodifiable and keep the document's order
     */
    public static <V> Codec<Map<String, V>> mapOf(Codec<V> value) {
        Objects.requireNonNull(value, "value");
        return new Codec<>() {
            @Override
            public void write(JsonGenerator gen, Map<String, V> map, SerializerProvider provider) throws IOException {
                gen.writeStartObject(map);
                for (Map.Entry<String, V> e : map.entrySet()) {
                    gen.writeFieldName(e.getKey());
                    value.write(gen, e.getValue(), provider);
                }
                gen.writeEndObject();
            }

            @Override
            public Map<String, V> read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                    throws IOException {
                if (!p.isExpectedStartObjectToken()) {
                    throw mismatch(p, owner, label, "must be a JSON object, was " + describe(p.currentToken()));
                }
                Map<String, V> map = new LinkedHashMap<>();
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    if (map.containsKey(key)) {
                        JsonMappingException e = mismatch(p, owner, label, "has the key \"" + key + "\" twice");
                        e.prependPath(map, key);
                        throw e;
                    }
                    p.nextToken();
                    try {
                        map.put(key, readElement(value, p, ctxt, owner, label + "[\"" + key + "\"]"));
                    } catch (JacksonException e) {
                        throw JsonMappingException.wrapWithPath(e, map, key);
                    }
                }
                return Collections.unmodifiableMap(map);
            }

            @Override
            public boolean same(Map<String, V> a, Map<String, V> b) {
                if (!a.keySet().equals(b.keySet())) {
                    return false;
                }
                for (Map.Entry<String, V> e : a.entrySet()) {
                    if (!value.same(e.getValue(), b.get(e.getKey()))) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    /**
     * Returns the codec of an optional value: the value, or JSON {@code null} when empty; an
     * absent field reads as empty.
     *
     * @param <V> the value type
     * @param value the codec of the value
     * @return the codec
     */
    public static <V> Codec<Optional<V>> optional(Codec<V> value) {
        Objects.requireNonNull(value, "value");
        return new Codec<>() {
            @Override
            public void write(JsonGenerator gen, Optional<V> v, SerializerProvider provider) throws IOException {
                if (v.isPresent()) {
                    value.write(gen, v.get(), provider);
                } else {
                    gen.writeNull();
                }
            }

            @Override
            public Optional<V> read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                    throws IOException {
                return Optional.of(value.read(p, ctxt, owner, label));
            }

            @Override
            public Optional<V> nullValue() {
                return Optional.empty();
            }

            @Override
            public boolean same(Optional<V> a, Optional<V> b) {
                return a.isPresent() == b.isPresent() && (a.isEmpty() || value.same(a.get(), b.get()));
            }
        };
    }

    /**
     * Returns the codec for a Java type as declared by a record component: the scalar codecs
     * for their types, {@link #enumOf} for an enum, {@link #object} for another
     * {@code io.kpikit} class, and {@code List}, {@code Optional} and {@code Map<String, V>}
     * of those.
     *
     * @param type the declared type
     * @return the codec
     * @throws IllegalArgumentException if the type has no codec
     */
    public static Codec<?> forType(Type type) {
        Objects.requireNonNull(type, "type");
        if (type instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) type;
            Type[] args = pt.getActualTypeArguments();
            if (pt.getRawType() == List.class) {
                return listOf(forType(args[0]));
            }
            if (pt.getRawType() == Optional.class) {
                return optional(forType(args[0]));
            }
            if (pt.getRawType() == Map.class && args[0] == String.class) {
                return mapOf(forType(args[1]));
            }
        } else if (type instanceof Class) {
            Codec<?> codec = forClass((Class<?>) type);
            if (codec != null) {
                return codec;
            }
        }
        throw new IllegalArgumentException("no JSON codec for " + type.getTypeName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<?> forClass(Class<?> c) {
        if (c == BigDecimal.class) {
            return DECIMAL;
        } else if (c == long.class || c == Long.class) {
            return LONG;
        } else if (c == int.class || c == Integer.class) {
            return INT;
        } else if (c == double.class || c == Double.class) {
            return DOUBLE;
        } else if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        } else if (c == String.class) {
            return STRING;
        } else if (c == Currency.class) {
            return CURRENCY;
        } else if (c == Duration.class) {
            return DURATION;
        } else if (c == Instant.class) {
            return INSTANT;
        } else if (c == OptionalDouble.class) {
            return OPTIONAL_DOUBLE;
        } else if (c == OptionalLong.class) {
            return OPTIONAL_LONG;
        } else if (c == CategoryPath.class) {
            return CATEGORY_PATH;
        } else if (c.isEnum()) {
            return enumOf((Class) c);
        } else if (c.getName().startsWith("io.kpikit.")) {
            return object(c);
        }
        return null;
    }

    /** Reads an element of a list or map, mapping JSON null to the codec's null value. */
    static <V> V readElement(Codec<V> codec, JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
            throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            V nullValue = codec.nullValue();
            if (nullValue == null) {
                throw mismatch(p, owner, label, "must not be null");
            }
            return nullValue;
        }
        return codec.read(p, ctxt, owner, label);
    }

}
