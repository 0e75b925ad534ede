package io.kpikit.json.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@link Duration} from an ISO-8601 duration string, {@code "P7D"} or {@code "PT36H"},
 * and nothing else (no numbers: a bare number has no unit), for the conversion window of an
 * events funnel. kpi-json does not depend on jackson-datatype-jsr310.
 */
final class DurationDeserializer extends StdScalarDeserializer<Duration> {

    private static final long serialVersionUID = 1L;

    static final DurationDeserializer INSTANCE = new DurationDeserializer();

    private DurationDeserializer() {
        super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (Duration) ctxt.handleUnexpectedToken(Duration.class, p.currentToken(), p,
                    "a duration must be an ISO-8601 string such as \"P7D\", was %s", p.currentToken());
        }
        String text = p.getText();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return (Duration) ctxt.handleWeirdStringValue(Duration.class, text,
                    "a duration must be ISO-8601 such as \"P7D\" or \"PT36H\", was \"%s\"", text);
        }
    }
}
