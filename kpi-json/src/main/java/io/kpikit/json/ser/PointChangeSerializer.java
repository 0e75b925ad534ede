package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.core.PointChange;
import java.io.IOException;

/**
 * Writes a {@link PointChange} as its two rates and the two derived changes, each a ratio:
 * {@code {"before": <ratio>, "after": <ratio>, "points": <ratio>, "relative": <ratio>}}.
 *
 * <p>The derived {@code points} and {@code relative} are written so that a reader of the
 * JSON needs no arithmetic; kpikit's reader recomputes them and checks them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointChangeSerializer extends KpiSerializer<PointChange> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final PointChangeSerializer INSTANCE = new PointChangeSerializer();

    private PointChangeSerializer() {
        super(PointChange.class);
    }

    /**
     * Writes the rates before and after, the points and the relative change.
     *
     * @param value the change
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(PointChange value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        provider.defaultSerializeField("before", value.before(), gen);
        provider.defaultSerializeField("after", value.after(), gen);
        provider.defaultSerializeField("points", value.points(), gen);
        provider.defaultSerializeField("relative", value.relative(), gen);
        gen.writeEndObject();
    }
}
