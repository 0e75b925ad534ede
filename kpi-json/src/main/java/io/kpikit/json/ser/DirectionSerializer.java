package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kpikit.core.Direction;
import java.io.IOException;

/**
 * Writes a {@link Direction} as its constant name, {@code "HIGHER_IS_BETTER"} or
 * {@code "LOWER_IS_BETTER"}, whatever the mapper's enum features say (an index or a
 * {@code toString()} would not survive a reordering or a rename).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DirectionSerializer extends StdSerializer<Direction> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final DirectionSerializer INSTANCE = new DirectionSerializer();

    private DirectionSerializer() {
        super(Direction.class);
    }

    /**
     * Writes the constant name as a string.
     *
     * @param value the direction
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(Direction value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.name());
    }
}
