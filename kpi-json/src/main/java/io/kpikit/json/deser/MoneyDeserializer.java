package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.core.Money;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@link Money} from {@code {"amount": 9500000.00, "currency": "CNY"}} through
 * {@link Money#of(BigDecimal, String)}, keeping the amount's scale.
 *
 * <p>Both fields are required. The amount must be a JSON number: a string such as
 * {@code "9500000.00"} is rejected, so that a document has one spelling for an amount. The
 * currency must be a JSON string that core accepts as an ISO 4217 code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyDeserializer extends KpiObjectDeserializer<Money> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final MoneyDeserializer INSTANCE = new MoneyDeserializer();

    private MoneyDeserializer() {
        super(Money.class, "amount", "currency");
    }

    /**
     * Reads the amount as a number or the currency as a string.
     *
     * @param name {@code "amount"} or {@code "currency"}
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return a {@link BigDecimal} or a {@code String}
     * @throws IOException if the value has the wrong JSON type
     */
    @Override
    protected Object readField(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
        return "amount".equals(name) ? readDecimal(name, p) : readString(name, p);
    }

    /**
     * Builds the money through {@link Money#of(BigDecimal, String)}.
     *
     * @param fields the fields read
     * @param ctxt the deserialization context
     * @return the money
     * @throws JsonMappingException if a field is missing or null
     */
    @Override
    protected Money build(Fields fields, DeserializationContext ctxt) throws JsonMappingException {
        BigDecimal amount = fields.require("amount", BigDecimal.class);
        String currency = fields.require("currency", String.class);
        return Money.of(amount, currency);
    }
}
