package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.core.Figure;
import java.io.IOException;

/**
 * Writes a {@link Figure} as {@code {"value": 0.1}}, or {@code {"value": null, "reason":
 * "..."}} when it is undefined.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureSerializer extends KpiSerializer<Figure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final FigureSerializer INSTANCE = new FigureSerializer();

    private FigureSerializer() {
        super(Figure.class);
    }

    /**
     * Writes the value, or {@code null} and the reason.
     *
     * @param value the figure
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(Figure value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        if (value.isDefined()) {
            writeDecimalField(gen, "value", value.toBigDecimal());
        } else {
            gen.writeNullField("value");
            gen.writeStringField("reason", value.undefinedReason().orElseThrow());
        }
        gen.writeEndObject();
    }
}
