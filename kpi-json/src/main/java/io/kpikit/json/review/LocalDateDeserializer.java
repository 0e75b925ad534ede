package io.kpikit.json.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@link LocalDate} from an ISO-8601 calendar date string, {@code "2024-01-31"}, and
 * nothing else (no numbers, no arrays, no date-times), for the period of a review document.
 * kpi-json does not depend on jackson-datatype-jsr310, so this is its one date type.
 */
final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    static final LocalDateDeserializer INSTANCE = new LocalDateDeserializer();

    private LocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p.currentToken(), p,
                    "a date must be a string \"yyyy-MM-dd\", was %s", p.currentToken());
        }
        String text = p.getText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
                    "a date must be \"yyyy-MM-dd\", was \"%s\"", text);
        }
    }
}
