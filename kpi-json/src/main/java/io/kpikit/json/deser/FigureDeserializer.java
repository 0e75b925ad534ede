package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.core.Figure;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link Figure} from {@code {"value": 0.1}} through {@link Figure#of(BigDecimal)},
 * or from {@code {"value": null, "reason": "..."}} through {@link Figure#undefined(String)}.
 *
 * <p>Exactly one of a numeric value and a reason must be given; {@code "value": null} may
 * be written or left out next to a reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureDeserializer extends KpiObjectDeserializer<Figure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final FigureDeserializer INSTANCE = new FigureDeserializer();

    private FigureDeserializer() {
        super(Figure.class, "value", "reason");
    }

    /**
     * Reads the value as a number or the reason as a string.
     *
     * @param name {@code "value"} or {@code "reason"}
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return a {@link BigDecimal} or a {@code String}
     * @throws IOException if the value has the wrong JSON type
     */
    @Override
    protected Object readField(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
        return "value".equals(name) ? readDecimal(name, p) : readString(name, p);
    }

    /**
     * Builds a defined or an undefined figure.
     *
     * @param fields the fields read
     * @param ctxt the deserialization context
     * @return the figure
     * @throws JsonMappingException if both or neither of a value and a reason are given
     */
    @Override
    protected Figure build(Fields fields, DeserializationContext ctxt) throws JsonMappingException {
        BigDecimal value = fields.get("value", BigDecimal.class);
        String reason = fields.get("reason", String.class);
        if (value != null && reason != null) {
            throw fields.error("reason", "must be absent when the value is given, was \"" + reason + "\"");
        }
        if (value != null) {
            return Figure.of(value);
        }
        if (reason == null) {
            throw fields.error("value", fields.has("value")
                    ? "is null without a reason; give a number, or null with a reason"
                    : "is missing; give a number, or null with a reason");
        }
        return Figure.undefined(reason);
    }
}
