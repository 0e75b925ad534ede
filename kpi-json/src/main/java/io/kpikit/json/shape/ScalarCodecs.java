package io.kpikit.json.shape;

import static io.kpikit.json.deser.KpiObjectDeserializer.describe;
import static io.kpikit.json.deser.KpiObjectDeserializer.mismatch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.budget.CategoryPath;
import io.kpikit.json.deser.KpiObjectDeserializer;
import io.kpikit.json.ser.KpiSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The scalar codecs behind the constants of {@link Codecs}, and the strict token readers they share. */
final class ScalarCodecs {

    static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, BigDecimal value, SerializerProvider provider) throws IOException {
            KpiSerializer.writeDecimal(gen, value);
        }

        @Override
        public BigDecimal read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            return KpiObjectDeserializer.readDecimal(p, owner, label);
        }

        @Override
        public boolean same(BigDecimal a, BigDecimal b) {
            return a.compareTo(b) == 0;
        }
    };

    static final Codec<Long> LONG = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Long value, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.longValue());
        }

        @Override
        public Long read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label) throws IOException {
            return readWhole(p, owner, label, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    };

    static final Codec<Integer> INT = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Integer value, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            return (int) readWhole(p, owner, label, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    };

    static final Codec<Double> DOUBLE = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Double value, SerializerProvider provider) throws IOException {
            double d = value;
            if (!Double.isFinite(d)) {
                throw JsonMappingException.from(provider, "cannot write the non-finite double " + d
                        + ": kpikit results never hold NaN or infinity");
            }
            gen.writeNumber(d);
        }

        @Override
        public Double read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            return readDouble(p, owner, label);
        }

        @Override
        public boolean same(Double a, Double b) {
            return Double.compare(a, b) == 0;
        }
    };

    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Boolean value, SerializerProvider provider) throws IOException {
            gen.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw mismatch(p, owner, label, "must be true or false, was " + describe(t));
            }
            return t == JsonToken.VALUE_TRUE;
        }
    };

    static final Codec<String> STRING = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, String value, SerializerProvider provider) throws IOException {
            gen.writeString(value);
        }

        @Override
        public String read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            return readText(p, owner, label);
        }
    };

    static final Codec<Currency> CURRENCY = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Currency value, SerializerProvider provider) throws IOException {
            gen.writeString(value.getCurrencyCode());
        }

        @Override
        public Currency read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            String code = readText(p, owner, label);
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw mismatch(p, owner, label, "must be an ISO 4217 code, was \"" + code + "\"");
            }
        }
    };

    static final Codec<Duration> DURATION = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Duration value, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }

        @Override
        public Duration read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            String text = readText(p, owner, label);
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw mismatch(p, owner, label, "must be an ISO-8601 duration such as \"PT24H\", was \"" + text + "\"");
            }
        }
    };

    static final Codec<Instant> INSTANT = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, Instant value, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }

        @Override
        public Instant read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            String text = readText(p, owner, label);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw mismatch(p, owner, label,
                        "must be an ISO-8601 instant such as \"2024-03-01T10:15:30Z\", was \"" + text + "\"");
            }
        }
    };

    static final Codec<OptionalDouble> OPTIONAL_DOUBLE = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, OptionalDouble value, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                DOUBLE.write(gen, value.getAsDouble(), provider);
            } else {
                gen.writeNull();
            }
        }

        @Override
        public OptionalDouble read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            return OptionalDouble.of(readDouble(p, owner, label));
        }

        @Override
        public OptionalDouble nullValue() {
            return OptionalDouble.empty();
        }
    };

    static final Codec<OptionalLong> OPTIONAL_LONG = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, OptionalLong value, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                gen.writeNumber(value.getAsLong());
            } else {
                gen.writeNull();
            }
        }

        @Override
        public OptionalLong read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            return OptionalLong.of(readWhole(p, owner, label, Long.MIN_VALUE, Long.MAX_VALUE));
        }

        @Override
        public OptionalLong nullValue() {
            return OptionalLong.empty();
        }
    };

    static final Codec<CategoryPath> CATEGORY_PATH = new Codec<>() {
        @Override
        public void write(JsonGenerator gen, CategoryPath value, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }

        @Override
        public CategoryPath read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String label)
                throws IOException {
            String text = readText(p, owner, label);
            if (text.isEmpty()) {
                return CategoryPath.root();
            }
            try {
                return CategoryPath.of(text);
            } catch (IllegalArgumentException e) {
                throw mismatch(p, owner, label, "is not a category path: " + e.getMessage());
            }
        }
    };

    private ScalarCodecs() {
    }

    static String readText(JsonParser p, Class<?> owner, String label) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, owner, label, "must be a JSON string, was " + describe(p.currentToken()));
        }
        return p.getText();
    }

    static long readWhole(JsonParser p, Class<?> owner, String label, long min, long max) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, owner, label, "must be a whole number without a fraction or exponent, was " + p.getText());
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, owner, label, "must be a JSON number, was " + describe(t));
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < min || p.getLongValue() > max) {
            throw mismatch(p, owner, label, "must be within [" + min + ", " + max + "], was " + p.getText());
        }
        return p.getLongValue();
    }

    static double readDouble(JsonParser p, Class<?> owner, String label) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, owner, label, "must be a JSON number, was " + describe(t));
        }
        if (p.isNaN()) {
            throw mismatch(p, owner, label, "must be a finite number, was " + p.getText());
        }
        // the token's text, so -0.0 stays -0.0 and every double written reads back unchanged
        double d = Double.parseDouble(p.getText());
        if (!Double.isFinite(d)) {
            throw mismatch(p, owner, label, "must fit a double, was " + p.getText());
        }
        return d;
    }
}
