package io.kpikit.json.review;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.kpikit.json.ser.KpiSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes the plain {@link BigDecimal}s of a review report (KPI levels, target levels, market
 * sales, tolerances) as kpikit's value types write theirs,
 * {@link KpiSerializer#writeDecimal(JsonGenerator, BigDecimal)}: in plain notation up to
 * {@value KpiSerializer#MAX_PLAIN_LENGTH} characters, otherwise exactly in exponent notation.
 *
 * <p>Jackson's own writer, with {@code WRITE_BIGDECIMAL_AS_PLAIN}, refuses a scale beyond
 * &plusmn;9999, which a computed value reaches from inputs within that range (a points target
 * of {@code 1e-9999} gives a target level with scale 10001), and writes {@code 1e9999} as ten
 * thousand digits that no kpikit reader accepts back.
 */
final class DecimalSerializer extends StdScalarSerializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    static final DecimalSerializer INSTANCE = new DecimalSerializer();

    private DecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        KpiSerializer.writeDecimal(gen, value);
    }
}
