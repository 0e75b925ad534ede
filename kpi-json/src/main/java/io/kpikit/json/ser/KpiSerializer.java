package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The shared base of kpikit's serializers: it writes decimals the way every kpikit JSON shape
 * does.
 *
 * <p>A decimal is written in plain notation at its own scale ({@code 9500000.00}, never
 * {@code 9.5E+6}), so a spreadsheet user reads the digits they typed. The exception is a
 * number whose plain form would be longer than {@link #MAX_PLAIN_LENGTH} characters (only a
 * ratio or figure computed from extreme inputs, such as {@code 1e-300}): it is written in
 * exponent notation ({@link BigDecimal#toString()}), which is exact too. A decimal with a
 * negative scale ({@code 1E+3}) is written as its plain integer ({@code 1000}); the value is
 * equal, only the negative scale is not kept. On a non-textual generator (a token buffer, a
 * binary format) the {@link BigDecimal} itself is written.
 *
 * @param <T> the type written
 */
public abstract class KpiSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /**
     * The longest number, in characters, written in plain notation: room for the longest
     * {@link io.kpikit.core.Money} amount (40 digits before the point and 64 after, 106
     * characters) and for the products of two such amounts that a
     * {@link io.kpikit.core.PointChange} keeps (213 characters).
     */
    public static final int MAX_PLAIN_LENGTH = 256;

    /**
     * Creates a serializer for {@code type}.
     *
     * @param type the type written
     */
    protected KpiSerializer(Class<T> type) {
        super(type);
    }

    /**
     * Writes a field holding a decimal, in plain notation when it is at most
     * {@link #MAX_PLAIN_LENGTH} characters long.
     *
     * @param gen the generator
     * @param name the field name
     * @param value the value
     * @throws IOException if the generator fails
     */
    protected static void writeDecimalField(JsonGenerator gen, String name, BigDecimal value) throws IOException {
        gen.writeFieldName(name);
        writeDecimal(gen, value);
    }

    /**
     * Writes a decimal value, in plain notation when it is at most {@link #MAX_PLAIN_LENGTH}
     * characters long, as {@link #writeDecimalField} does for a field.
     *
     * @param gen the generator, positioned where a value may be written
     * @param value the value
     * @throws IOException if the generator fails
     */
    public static void writeDecimal(JsonGenerator gen, BigDecimal value) throws IOException {
        if (!gen.canWriteFormattedNumbers()) {
            gen.writeNumber(value);
        } else if (plainLength(value) <= MAX_PLAIN_LENGTH) {
            gen.writeNumber(value.toPlainString());
        } else {
            gen.writeNumber(value.toString());
        }
    }

    /**
     * Returns the length of {@link BigDecimal#toPlainString()} without building the string,
     * which for {@code 1E+999999999} would take a gigabyte.
     */
    static long plainLength(BigDecimal value) {
        long sign = value.signum() < 0 ? 1 : 0;
        long precision = value.precision();
        long scale = value.scale();
        if (scale <= 0) {
            return sign + precision - scale;
        }
        // digits = max(precision, scale + 1): "0.05" has precision 1 and scale 2
        return sign + Math.max(precision, scale + 1) + 1;
    }
}
