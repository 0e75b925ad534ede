package io.kpikit.json.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.kpikit.json.deser.KpiObjectDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads every plain {@link BigDecimal} of a review document (KPI levels and weights, series
 * points, thresholds, market sales, tolerances, the gross margin, path conversions) with the
 * rule of {@link KpiObjectDeserializer#readDecimal(JsonParser, Class, String)}: a finite JSON
 * number, exactly, with an exponent within &plusmn;{@value KpiObjectDeserializer#MAX_EXPONENT}.
 *
 * <p>Jackson's own reader takes {@code 1e999999999}, whose plain form, or any sum with a small
 * number, takes gigabytes and fails later in a computation ("BigInteger would overflow
 * supported range"); this one rejects it at its pointer:
 * {@code /kpis/0/base: base must have an exponent within ±9999, was 1E+999999999}. The message
 * names the JSON field the number is the value of ({@code "value"} inside an array).
 */
final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    static final DecimalDeserializer INSTANCE = new DecimalDeserializer();

    private DecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonStreamContext context = p.getParsingContext();
        String name = context != null && context.inObject() && context.getCurrentName() != null
                ? context.getCurrentName() : "value";
        return KpiObjectDeserializer.readDecimal(p, BigDecimal.class, name);
    }
}
