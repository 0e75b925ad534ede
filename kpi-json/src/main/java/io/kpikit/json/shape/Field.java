package io.kpikit.json.shape;

import java.util.Objects;
import java.util.function.Function;

/**
 * One named field of a shape.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type the field belongs to
 * @param <V> the field's Java type
 */
public final class Field<T, V> {

    private final String name;
    private final Codec<V> codec;
    private final Function<? super T, ? extends V> accessor;
    private final Kind kind;

    Field(String name, Codec<V> codec, Function<? super T, ? extends V> accessor, Kind kind) {
        this.name = Objects.requireNonNull(name, "name");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.accessor = Objects.requireNonNull(accessor, "accessor");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the JSON field name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the codec.
     *
     * @return the codec
     */
    public Codec<V> codec() {
        return codec;
    }

    /**
     * Returns whether the field is an input or derived.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the field's value in {@code value}.
     *
     * @param value the value the field belongs to
     * @return the field's value; {@code null} only where the codec has a {@code null} null value
     */
    public V get(T value) {
        return accessor.apply(value);
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }

    /** Whether a field is read and passed to the factory, or written and checked. */
    public enum Kind {
        /** Written, read, and passed to the factory. */
        INPUT,
        /**
         * Written, read, passed to the factory, and then compared with the value built: for a
         * list of rows whose inputs the factory takes (a channel's cost and revenue) and whose
         * other figures (its share) it computes.
         */
        CHECKED_INPUT,
        /** Written; on reading optional, and compared with the value the factory computes. */
        DERIVED
    }
}
