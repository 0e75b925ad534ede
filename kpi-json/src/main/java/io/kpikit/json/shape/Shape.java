package io.kpikit.json.shape;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A declarative description of how one kpikit type looks in JSON: its named fields, each with
 * a {@link Codec} and an accessor, and the core factory that rebuilds a value from them.
 *
 * <p>A field is one of two kinds:
 * <ul>
 *   <li>an <b>input</b>: written, and on reading passed to the factory. It is required unless
 *       its codec has a {@linkplain Codec#nullValue() null value} (an {@code Optional}), in
 *       which case an absent field or {@code null} stands for that value;</li>
 *   <li>a <b>checked input</b>: an input that the factory reads only in part (the channel and
 *       amounts of each row of a table) and that is compared, once the value is built, with
 *       what the value holds (the rows' shares);</li>
 *   <li>a <b>derived</b> field: written so that a reader of the JSON needs no arithmetic (a
 *       ratio, a variance, a status), optional on reading, and when given, compared with what
 *       the factory computes from the inputs: a document whose derived figure disagrees with
 *       its inputs is rejected with a message naming the field, never silently corrected.</li>
 * </ul>
 * A shape without a factory is <b>write-only</b>: for a type that cannot be rebuilt from what it
 * shows, kpi-json would write it and not read it. No registered shape is write-only: every
 * kpikit type, the fitted Markov chain included ({@code MarkovChain.restore}), reads back.
 *
 * <p>{@link io.kpikit.json.ser.ShapeSerializer} and {@link io.kpikit.json.deser.ShapeDeserializer}
 * are the one serializer and one deserializer driven by a shape; {@link Shapes#all()} lists the
 * shapes of every kpikit type and {@link io.kpikit.json.KpiModule} registers them.
 *
 * <pre>{@code
 * Shape<Roas> ROAS = Shape.builder(Roas.class)
 *         .input("revenue", Codecs.object(Money.class), Roas::revenue)
 *         .input("cost", Codecs.object(Money.class), Roas::cost)
 *         .derived("ratio", Codecs.object(Ratio.class), Roas::ratio)
 *         .build(v -> Roas.of(v.get("revenue", Money.class), v.get("cost", Money.class)));
 * }</pre>
 *
 * <p>For a public record whose canonical constructor validates, {@link #ofRecord(Class)} derives
 * the inputs from its components; only classes registered explicitly get a shape, never a class
 * named by the input.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the described type
 */
public final class Shape<T> {

    private final Class<T> type;
    private final List<Field<T, ?>> fields;
    private final Map<String, Field<T, ?>> byName;
    private final Factory<T> factory;

    private Shape(Class<T> type, List<Field<T, ?>> fields, Factory<T> factory) {
        this.type = type;
        this.fields = List.copyOf(fields);
        Map<String, Field<T, ?>> map = new LinkedHashMap<>();
        for (Field<T, ?> f : fields) {
            if (map.put(f.name(), f) != null) {
                throw new IllegalArgumentException(type.getSimpleName() + " has the field \"" + f.name() + "\" twice");
            }
        }
        this.byName = map;
        this.factory = factory;
    }

    /**
     * Starts a shape for {@code type}.
     *
     * @param <T> the type
     * @param type the class
     * @return a builder
     */
    public static <T> Builder<T> builder(Class<T> type) {
        return new Builder<>(Objects.requireNonNull(type, "type"));
    }

    /**
     * Starts a shape for a record: one input per record component, in declaration order, named
     * as the component and with the codec of its declared type ({@link Codecs#forType}); the
     * factory is the canonical constructor, so the record's own validation runs. Add derived
     * fields (non-component accessors such as a computed ratio) before {@link Builder#build()}.
     *
     * @param <R> the record type
     * @param type the record class, public with a public canonical constructor
     * @return a builder with the inputs and the factory set
     * @throws IllegalArgumentException if {@code type} is not a record or a component type has
     *     no codec
     */
    public static <R extends Record> Builder<R> ofRecord(Class<R> type) {
        Objects.requireNonNull(type, "type");
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        Builder<R> builder = new Builder<>(type);
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            parameterTypes[i] = c.getType();
            builder.add(c.getName(), codecOf(c), accessor(c.getAccessor()), Field.Kind.INPUT);
        }
        Constructor<R> canonical;
        try {
            canonical = type.getConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public canonical constructor", e);
        }
        builder.factory = values -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = values.value(components[i].getName());
            }
            return construct(canonical, args);
        };
        return builder;
    }

    /**
     * Returns the described class.
     *
     * @return the class
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the fields in the order they are written.
     *
     * @return the fields, inputs and derived
     */
    public List<Field<T, ?>> fields() {
        return fields;
    }

    /**
     * Returns the field of that name.
     *
     * @param name the JSON field name
     * @return the field, if there is one
     */
    public Optional<Field<T, ?>> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Returns whether a value can be read back: whether the shape has a factory.
     *
     * @return {@code false} for a write-only shape
     */
    public boolean isReadable() {
        return factory != null;
    }

    /**
     * Rebuilds a value from its inputs through the factory; derived fields are not checked here.
     *
     * @param values the inputs read
     * @return the value
     * @throws JsonMappingException if a required input is missing or {@code null}
     * @throws IllegalArgumentException if the core factory rejects the inputs
     * @throws IllegalStateException if the shape is write-only
     */
    public T create(Values values) throws JsonMappingException {
        if (factory == null) {
            throw new IllegalStateException(type.getSimpleName() + " is write-only: core has no public factory");
        }
        return factory.create(values);
    }

    @Override
    public String toString() {
        return "Shape[" + type.getSimpleName() + " " + byName.keySet() + (factory == null ? ", write-only]" : "]");
    }

    @SuppressWarnings("unchecked")
    private static Codec<Object> codecOf(RecordComponent c) {
        return (Codec<Object>) Codecs.forType(c.getGenericType());
    }

    private static <R> Function<R, Object> accessor(Method m) {
        return r -> {
            try {
                return m.invoke(r);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(m + " is not accessible", e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        };
    }

    private static <R> R construct(Constructor<R> constructor, Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(constructor + " cannot be called", e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    /** Rethrows the exception a reflective call threw (the record's own validation). */
    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Builds a {@link Shape}: fields in the order they are written, then the factory.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @param <T> the described type
     */
    public static final class Builder<T> {

        private final Class<T> type;
        private final List<Field<T, ?>> fields = new ArrayList<>();
        private Factory<T> factory;

        private Builder(Class<T> type) {
            this.type = type;
        }

        /**
         * Adds an input.
         *
         * @param <V> the field's type
         * @param name the JSON name
         * @param codec the codec
         * @param accessor reads the field from a value
         * @return this builder
         */
        public <V> Builder<T> input(String name, Codec<V> codec, Function<? super T, ? extends V> accessor) {
            return add(name, codec, accessor, Field.Kind.INPUT);
        }

        /**
         * Adds a derived field.
         *
         * @param <V> the field's type
         * @param name the JSON name
         * @param codec the codec
         * @param accessor reads the field from a value
         * @return this builder
         */
        public <V> Builder<T> derived(String name, Codec<V> codec, Function<? super T, ? extends V> accessor) {
            return add(name, codec, accessor, Field.Kind.DERIVED);
        }

        /**
         * Adds a checked input: read and passed to the factory like an input, then compared
         * with the value built like a derived field.
         *
         * @param <V> the field's type
         * @param name the JSON name
         * @param codec the codec
         * @param accessor reads the field from a value
         * @return this builder
         */
        public <V> Builder<T> checkedInput(String name, Codec<V> codec, Function<? super T, ? extends V> accessor) {
            return add(name, codec, accessor, Field.Kind.CHECKED_INPUT);
        }

        private <V> Builder<T> add(String name, Codec<V> codec, Function<? super T, ? extends V> accessor, Field.Kind kind) {
            fields.add(new Field<>(name, codec, accessor, kind));
            return this;
        }

        /**
         * Finishes a readable shape with the core factory that rebuilds a value.
         *
         * @param factory builds a value from the inputs
         * @return the shape
         * @throws IllegalArgumentException if two fields have the same name
         */
        public Shape<T> build(Factory<T> factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
            return build();
        }

        /**
         * Finishes the shape with the factory set so far: the canonical constructor for
         * {@link Shape#ofRecord}, none (write-only) otherwise.
         *
         * @return the shape
         * @throws IllegalArgumentException if two fields have the same name
         */
        public Shape<T> build() {
            return new Shape<>(type, fields, factory);
        }

        /**
         * Finishes a write-only shape, for a type core offers no public factory for.
         *
         * @return the shape
         * @throws IllegalArgumentException if two fields have the same name
         */
        public Shape<T> writeOnly() {
            this.factory = null;
            return build();
        }
    }
}
