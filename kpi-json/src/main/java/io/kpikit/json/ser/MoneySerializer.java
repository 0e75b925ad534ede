package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.core.Money;
import java.io.IOException;

/**
 * Writes {@link Money} as {@code {"amount": 9500000.00, "currency": "CNY"}}: the amount as a
 * plain decimal number at the scale it was given with, and the ISO 4217 code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneySerializer extends KpiSerializer<Money> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final MoneySerializer INSTANCE = new MoneySerializer();

    private MoneySerializer() {
        super(Money.class);
    }

    /**
     * Writes the amount and the currency code.
     *
     * @param value the money
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        writeDecimalField(gen, "amount", value.amount());
        gen.writeStringField("currency", value.currency().getCurrencyCode());
        gen.writeEndObject();
    }
}
