package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.core.Ratio;
import java.io.IOException;

/**
 * Writes a {@link Ratio} as its value with the numerator and denominator it was computed
 * from: {@code {"value": 0.95, "numerator": 9500000.00, "denominator": 10000000.00}}. An
 * undefined ratio has a {@code null} value and its reason:
 * {@code {"value": null, "numerator": 5, "denominator": 0, "reason": "division by zero: 5/0"}}.
 *
 * <p>The value is {@link Ratio#toBigDecimal()}, the quotient to 34 significant digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatioSerializer extends KpiSerializer<Ratio> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final RatioSerializer INSTANCE = new RatioSerializer();

    private RatioSerializer() {
        super(Ratio.class);
    }

    /**
     * Writes the value (or {@code null}), the numerator, the denominator and, when undefined,
     * the reason.
     *
     * @param value the ratio
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(Ratio value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        if (value.isDefined()) {
            writeDecimalField(gen, "value", value.toBigDecimal());
        } else {
            gen.writeNullField("value");
        }
        writeDecimalField(gen, "numerator", value.numerator());
        writeDecimalField(gen, "denominator", value.denominator());
        if (!value.isDefined()) {
            gen.writeStringField("reason", value.undefinedReason().orElseThrow());
        }
        gen.writeEndObject();
    }
}
