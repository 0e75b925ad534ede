package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared base of kpikit's deserializers for JSON objects: it reads the fields strictly
 * and hands them to a subclass that builds the value through a core factory.
 *
 * <p>Reading a {@code Money}, {@code Ratio} or any other kpikit object:
 * <ul>
 *   <li>anything but a JSON object is rejected;</li>
 *   <li>an unknown field is rejected ({@link UnrecognizedPropertyException}) whatever the
 *       mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} says, and so is a field given twice, even
 *       when the parser does not detect duplicates itself;</li>
 *   <li>a field of the wrong JSON type, and a missing or {@code null} required field, are
 *       rejected ({@link MismatchedInputException});</li>
 *   <li>numbers are read exactly as {@link BigDecimal} from the token's text, never through
 *       a {@code double}; NaN and infinities are rejected, and so is an exponent beyond
 *       &plusmn;{@value #MAX_EXPONENT} ({@code 1e999999999}), whose plain form would take
 *       gigabytes;</li>
 *   <li>an {@link IllegalArgumentException} or {@link ArithmeticException} from the core
 *       factory (the validation lives in core, never here) becomes a
 *       {@link ValueInstantiationException} naming the type, keeping the cause.</li>
 * </ul>
 * Every error carries the path of the offending value (see
 * {@link JsonMappingException#getPath()}): a failure inside field {@code "amount"} has
 * {@code "amount"} appended to the path of the object, so the enclosing deserializers build
 * the full pointer ({@code /lines/3/amount}).
 *
 * @param <T> the type read
 */
public abstract class KpiObjectDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /**
     * The largest magnitude of a number's scale (its exponent in {@code 1E+n} form) that is
     * read: {@code 1e-9999} and {@code 1e9999} are accepted, {@code 1e10000} is not.
     */
    public static final int MAX_EXPONENT = 9999;

    /** The field names this type accepts, in the order they are documented. */
    private final List<String> fieldNames;

    /**
     * Creates a deserializer for {@code type} that accepts exactly the given fields.
     *
     * @param type the type read
     * @param fieldNames the names of the fields a JSON object of this type may have
     */
    protected KpiObjectDeserializer(Class<T> type, String... fieldNames) {
        super(type);
        this.fieldNames = List.of(fieldNames);
    }

    /**
     * Reads one JSON object and builds the value from its fields.
     *
     * @param p the parser, at the object's start
     * @param ctxt the deserialization context
     * @return the value
     * @throws IOException if the JSON is malformed, not of this type's shape, or the core
     *     factory rejects the values; the exception carries the path of the offending value
     */
    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            throw MismatchedInputException.from(p, handledType(),
                    typeName() + " must be a JSON object, was " + describe(p.currentToken()));
        }
        Fields fields = new Fields(this, p);
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            if (!fieldNames.contains(name)) {
                // the exception's path already ends with the unknown field
                throw UnrecognizedPropertyException.from(p, handledType(), name, new ArrayList<Object>(fieldNames));
            }
            if (fields.has(name)) {
                MismatchedInputException e = MismatchedInputException.from(p, handledType(),
                        typeName() + " has the field \"" + name + "\" twice");
                e.prependPath(handledType(), name);
                throw e;
            }
            JsonToken token = p.nextToken();
            try {
                fields.put(name, token == JsonToken.VALUE_NULL ? null : readField(name, p, ctxt));
            } catch (JacksonException e) {
                throw JsonMappingException.wrapWithPath(e, handledType(), name);
            }
        }
        try {
            return build(fields, ctxt);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ValueInstantiationException.from(p, "invalid " + typeName() + ": " + e.getMessage(),
                    ctxt.constructType(handledType()), e);
        }
    }

    /**
     * Reads the value of one known field; called only for a non-null value.
     *
     * @param name the field name, one of those given to the constructor
     * @param p the parser, at the value's first token
     * @param ctxt the deserialization context
     * @return the value read, for example a {@link BigDecimal} or a {@code String}
     * @throws IOException if the value has the wrong JSON type or cannot be read
     */
    protected abstract Object readField(String name, JsonParser p, DeserializationContext ctxt) throws IOException;

    /**
     * Builds the value from the fields read, through a core factory.
     *
     * @param fields the fields read
     * @param ctxt the deserialization context
     * @return the value
     * @throws JsonMappingException if a required field is missing or the fields disagree
     *     (a stated ratio value that is not numerator ÷ denominator)
     * @throws IllegalArgumentException if the core factory rejects the values; the caller
     *     wraps it
     */
    protected abstract T build(Fields fields, DeserializationContext ctxt) throws JsonMappingException;

    /**
     * Reads a JSON number as an exact decimal, keeping its scale ({@code 12.30} stays
     * {@code 12.30}).
     *
     * @param name the field name, for the message
     * @param p the parser, at the value
     * @return the number
     * @throws IOException if the value is not a finite JSON number or its exponent is beyond
     *     &plusmn;{@value #MAX_EXPONENT}
     */
    protected final BigDecimal readDecimal(String name, JsonParser p) throws IOException {
        return readDecimal(p, handledType(), typeName() + "." + name);
    }

    /**
     * Reads a JSON number as an exact decimal, keeping its scale, with the rules of
     * {@link #readDecimal(String, JsonParser)}; for code that reads values outside a
     * {@code KpiObjectDeserializer} subclass (the shape codecs).
     *
     * @param p the parser, at the value
     * @param type the type being read, recorded in the exception
     * @param label what the value is, for the message ({@code "Money.amount"})
     * @return the number
     * @throws IOException if the value is not a finite JSON number or its exponent is beyond
     *     &plusmn;{@value #MAX_EXPONENT}
     */
    public static BigDecimal readDecimal(JsonParser p, Class<?> type, String label) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, type, label, "must be a JSON number, was " + describe(token));
        }
        if (p.isNaN()) {
            throw mismatch(p, type, label, "must be a finite number, was " + p.getText());
        }
        BigDecimal value = p.getDecimalValue();
        if (Math.abs((long) value.scale()) > MAX_EXPONENT) {
            throw mismatch(p, type, label, "must have an exponent within ±" + MAX_EXPONENT + ", was " + value);
        }
        return value;
    }

    /**
     * Reads a JSON string.
     *
     * @param name the field name, for the message
     * @param p the parser, at the value
     * @return the string
     * @throws IOException if the value is not a JSON string or is longer than the parser allows
     */
    protected final String readString(String name, JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, name, "must be a JSON string, was " + describe(p.currentToken()));
        }
        return p.getText();
    }

    /**
     * Reads a nested JSON object with the deserializer the context has for {@code type}.
     *
     * @param <V> the nested type
     * @param name the field name, for the message
     * @param type the nested type
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return the nested value
     * @throws IOException if the value is not a JSON object or cannot be read as {@code type}
     */
    protected final <V> V readObject(String name, Class<V> type, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            throw mismatch(p, name, "must be a JSON object (" + type.getSimpleName() + "), was "
                    + describe(p.currentToken()));
        }
        return ctxt.readValue(p, type);
    }

    /** The simple name of the handled type, used in messages ({@code "Money"}). */
    final String typeName() {
        return handledType().getSimpleName();
    }

    private MismatchedInputException mismatch(JsonParser p, String name, String rule) {
        return mismatch(p, handledType(), typeName() + "." + name, rule);
    }

    /**
     * Returns an error about a value, to throw: the message is {@code "<label> <rule>"}.
     *
     * @param p the parser, at the value
     * @param type the type being read, recorded in the exception
     * @param label what the value is ({@code "Money.amount"})
     * @param rule what is wrong ({@code "must be a JSON number, was a string"})
     * @return the exception
     */
    public static MismatchedInputException mismatch(JsonParser p, Class<?> type, String label, String rule) {
        return MismatchedInputException.from(p, type, label + " " + rule);
    }

    /**
     * Describes a token for a message: "a string", "an array", "null".
     *
     * @param token the token, {@code null} at the end of the input
     * @return the description
     */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() != null ? token.asString() : token.name();
        }
    }

    /**
     * The fields of one JSON object as read: which were present, and their values
     * ({@code null} for a JSON {@code null}).
     *
     * <p>This class is mutable while the object is read and not thread-safe.
     */
    public static final class Fields {

        private final KpiObjectDeserializer<?> owner;
        private final JsonParser parser;
        private final Map<String, Object> values = new HashMap<>();

        Fields(KpiObjectDeserializer<?> owner, JsonParser parser) {
            this.owner = owner;
            this.parser = parser;
        }

        void put(String name, Object value) {
            values.put(name, value);
        }

        /**
         * Returns whether the field was present, with a value or {@code null}.
         *
         * @param name the field name
         * @return {@code true} if present
         */
        public boolean has(String name) {
            return values.containsKey(name);
        }

        /**
         * Returns the value of an optional field.
         *
         * @param <V> the type of the value
         * @param name the field name
         * @param type the type {@link KpiObjectDeserializer#readField} returned for it
         * @return the value, or {@code null} when the field is absent or JSON {@code null}
         */
        public <V> V get(String name, Class<V> type) {
            return type.cast(values.get(name));
        }

        /**
         * Returns the value of a required field.
         *
         * @param <V> the type of the value
         * @param name the field name
         * @param type the type {@link KpiObjectDeserializer#readField} returned for it
         * @return the value, never {@code null}
         * @throws MismatchedInputException if the field is absent or JSON {@code null}
         */
        public <V> V require(String name, Class<V> type) throws MismatchedInputException {
            if (!has(name)) {
                throw MismatchedInputException.from(parser, owner.handledType(),
                        owner.typeName() + " is missing the required field \"" + name + "\"");
            }
            Object value = values.get(name);
            if (value == null) {
                throw error(name, "must not be null");
            }
            return type.cast(value);
        }

        /**
         * Returns an error about one field, to throw: the message is
         * {@code "<Type>.<field> <rule>"} and the path ends with the field.
         *
         * @param name the field name
         * @param rule what is wrong, for example {@code "must equal numerator/denominator"}
         * @return the exception
         */
        public MismatchedInputException error(String name, String rule) {
            MismatchedInputException e = owner.mismatch(parser, name, rule);
            e.prependPath(owner.handledType(), name);
            return e;
        }
    }
}
