package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.kpikit.core.Direction;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a {@link Direction} from its exact constant name, {@code "HIGHER_IS_BETTER"} or
 * {@code "LOWER_IS_BETTER"}.
 *
 * <p>Stricter than Jackson's enum default whatever the mapper's features: an index
 * ({@code 0}), another case ({@code "higher_is_better"}) or an empty string is rejected, since
 * a polarity read wrongly turns a favourable variance into an unfavourable one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DirectionDeserializer extends StdScalarDeserializer<Direction> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final DirectionDeserializer INSTANCE = new DirectionDeserializer();

    private DirectionDeserializer() {
        super(Direction.class);
    }

    /**
     * Reads the constant name.
     *
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return the direction
     * @throws IOException if the value is not a string naming a constant
     */
    @Override
    public Direction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, Direction.class, "Direction must be a JSON string, one of "
                    + Arrays.toString(Direction.values()) + ", was " + KpiObjectDeserializer.describe(p.currentToken()));
        }
        String text = p.getText();
        for (Direction d : Direction.values()) {
            if (d.name().equals(text)) {
                return d;
            }
        }
        throw InvalidFormatException.from(p, "Direction must be one of " + Arrays.toString(Direction.values())
                + ", was \"" + text + "\"", text, Direction.class);
    }
}
