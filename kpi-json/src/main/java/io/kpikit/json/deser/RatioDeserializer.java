package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.core.Ratio;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link Ratio} from {@code {"value": 0.95, "numerator": 9500000.00, "denominator":
 * 10000000.00}} or, undefined, {@code {"value": null, "numerator": 5, "denominator": 0,
 * "reason": "division by zero: 5/0"}}.
 *
 * <p>The ratio is rebuilt from its numerator and denominator, which are required; the
 * {@code value} is optional and, when given, is checked, never used:
 * <ul>
 *   <li>with a {@code reason}: the ratio is {@link Ratio#undefined(BigDecimal, BigDecimal,
 *       String)} with that reason (a domain reason such as "target is zero" is kept as
 *       written), and {@code value} must be absent or {@code null};</li>
 *   <li>without a reason: the ratio is {@link Ratio#of(BigDecimal, BigDecimal)}; a numeric
 *       {@code value} must equal its value exactly, to the 34 significant digits kpikit
 *       writes ({@code 0.95} for 95/100, but not {@code 0.333} for 1/3), and a {@code null}
 *       value is accepted only when that ratio is undefined (5/0), so a hand-edited value is
 *       never silently ignored.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatioDeserializer extends KpiObjectDeserializer<Ratio> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final RatioDeserializer INSTANCE = new RatioDeserializer();

    private RatioDeserializer() {
        super(Ratio.class, "value", "numerator", "denominator", "reason");
    }

    /**
     * Reads a number, or the reason as a string.
     *
     * @param name the field name
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return a {@link BigDecimal} or a {@code String}
     * @throws IOException if the value has the wrong JSON type
     */
    @Override
    protected Object readField(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
        return "reason".equals(name) ? readString(name, p) : readDecimal(name, p);
    }

    /**
     * Rebuilds the ratio from its numerator and denominator and checks the stated value.
     *
     * @param fields the fields read
     * @param ctxt the deserialization context
     * @return the ratio
     * @throws JsonMappingException if the numerator or denominator is missing, or the stated
     *     value disagrees with them
     */
    @Override
    protected Ratio build(Fields fields, DeserializationContext ctxt) throws JsonMappingException {
        BigDecimal numerator = fields.require("numerator", BigDecimal.class);
        BigDecimal denominator = fields.require("denominator", BigDecimal.class);
        BigDecimal stated = fields.get("value", BigDecimal.class);
        String reason = fields.get("reason", String.class);
        if (reason != null) {
            if (stated != null) {
                throw fields.error("value", "must be null when a reason is given, was " + stated);
            }
            return Ratio.undefined(numerator, denominator, reason);
        }
        Ratio ratio = Ratio.of(numerator, denominator);
        if (!fields.has("value")) {
            return ratio;
        }
        if (stated == null && ratio.isDefined()) {
            throw fields.error("value", "is null but " + ratio
                    + "; give a reason for a ratio that is undefined by definition");
        }
        if (stated != null && !ratio.isDefined()) {
            throw fields.error("value", "must be null because " + ratio + ", was " + stated);
        }
        if (stated != null && stated.compareTo(ratio.toBigDecimal()) != 0) {
            throw fields.error("value", "must equal numerator/denominator = " + ratio.toBigDecimal()
                    + ", was " + stated);
        }
        return ratio;
    }
}
