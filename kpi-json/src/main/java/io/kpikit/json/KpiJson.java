package io.kpikit.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kpikit.json.deser.KpiObjectDeserializer;
import io.kpikit.json.ser.KpiSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The strict JSON mapper for kpikit, and the helpers that say where a bad document went wrong.
 *
 * <p>{@link #mapper()} returns a Jackson {@link JsonMapper} with {@link KpiModule} and these
 * rules, so that hostile or sloppy input fails fast with a precise error:
 * <ul>
 *   <li>unknown properties, duplicate keys ({@code STRICT_DUPLICATE_DETECTION}) and content
 *       after the first value ({@code FAIL_ON_TRAILING_TOKENS}) are rejected;</li>
 *   <li>NaN and infinity literals, leading zeros and other non-standard JSON are rejected;</li>
 *   <li>floating-point numbers bind to {@link java.math.BigDecimal}
 *       ({@code USE_BIG_DECIMAL_FOR_FLOATS}); a fraction is never truncated into an integer
 *       ({@code ACCEPT_FLOAT_AS_INT} off), and strings are not coerced into numbers or
 *       booleans;</li>
 *   <li>no default typing: nothing is instantiated from a class name in the input;</li>
 *   <li>limits ({@link StreamReadConstraints}): nesting depth {@value #MAX_NESTING_DEPTH},
 *       number length {@value #MAX_NUMBER_LENGTH} characters, string length
 *       {@value #MAX_STRING_LENGTH} characters (1 MiB), document length
 *       {@value #MAX_DOCUMENT_LENGTH} bytes or characters (64 MiB).</li>
 * </ul>
 * On output, {@code java.math.BigDecimal}s outside kpikit's types are written in plain
 * notation too.
 *
 * <p>Every error names the JSON Pointer (RFC 6901) of the offending value:
 * {@link #pointer(JacksonException)} extracts it and {@link #describe(JacksonException)}
 * gives a one-line message. Read through {@link #read(ObjectMapper, String, Class)} to have
 * the pointer even for limit violations, which Jackson reports without a location.
 *
 * <pre>{@code
 * JsonMapper mapper = KpiJson.mapper();
 * try {
 *     Budget b = KpiJson.read(mapper, json, Budget.class);
 * } catch (JacksonException e) {
 *     System.err.println(KpiJson.describe(e));
 *     // /lines/1: invalid Money: currency must be an ISO 4217 code, was "XXY" (line 1, column 69)
 * }
 * }</pre>
 *
 * <p>This class is a static utility; the mappers it returns are thread-safe once built.
 */
public final class KpiJson {

    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /**
     * The longest number read, in characters: the longest number kpikit writes in plain
     * notation ({@link KpiSerializer#MAX_PLAIN_LENGTH}).
     */
    public static final int MAX_NUMBER_LENGTH = KpiSerializer.MAX_PLAIN_LENGTH;
    /** The longest string read, in characters: 1 MiB. */
    public static final int MAX_STRING_LENGTH = 1 << 20;
    /** The longest document read, in bytes or characters: 64 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 64L << 20;
    /**
     * The largest exponent magnitude of a number read into a kpikit type
     * ({@link KpiObjectDeserializer#MAX_EXPONENT}).
     */
    public static final int MAX_EXPONENT = KpiObjectDeserializer.MAX_EXPONENT;

    private KpiJson() {
    }

    /**
     * Returns a new strict mapper with {@link KpiModule} registered.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return builder().build();
    }

    /**
     * Returns a builder preconfigured like {@link #mapper()}, to add modules or features
     * (loosening a rule is the caller's decision).
     *
     * @return the builder
     */
    public static JsonMapper.Builder builder() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new KpiModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES);
    }

    /**
     * Reads a document, reporting a limit violation at the position where the parser stopped
     * (Jackson's own limit errors carry no location).
     *
     * @param <T> the type read
     * @param mapper the mapper, usually {@link #mapper()}
     * @param json the document
     * @param type the type to read
     * @return the value, never null
     * @throws JacksonException if the document is malformed, breaks a limit, is the literal
     *     {@code null} or does not fit {@code type}; {@link #pointer(JacksonException)} gives where
     * @throws IOException if reading fails otherwise
     */
    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) throws IOException {
        Objects.requireNonNull(json, "json");
        return read(mapper, Objects.requireNonNull(mapper, "mapper").createParser(json), type);
    }

    /**
     * Reads a document from a stream (which is not closed), like
     * {@link #read(ObjectMapper, String, Class)}.
     *
     * @param <T> the type read
     * @param mapper the mapper, usually {@link #mapper()}
     * @param in the document, UTF-8, UTF-16 or UTF-32 (detected)
     * @param type the type to read
     * @return the value, never null
     * @throws JacksonException if the document is malformed, breaks a limit, is the literal
     *     {@code null} or does not fit {@code type}; {@link #pointer(JacksonException)} gives where
     * @throws IOException if the stream fails
     */
    public static <T> T read(ObjectMapper mapper, InputStream in, Class<T> type) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonParser parser = Objects.requireNonNull(mapper, "mapper").createParser(in);
        // the parser is closed after reading; the caller's stream is not (it is not the parser's resource)
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return read(mapper, parser, type);
    }

    private static <T> T read(ObjectMapper mapper, JsonParser parser, Class<T> type) throws IOException {
        Objects.requireNonNull(type, "type");
        try (JsonParser p = parser) {
            T value = mapper.readValue(p, type);
            if (value == null) {
                // the literal null would otherwise come back as a null reference
                throw MismatchedInputException.from(p, type,
                        "document must be a " + type.getSimpleName() + ", was null");
            }
            return value;
        } catch (JacksonException e) {
            StreamConstraintsException limit = find(e, StreamConstraintsException.class);
            if (limit != null && find(e, JsonParseException.class) == null) {
                throw new JsonParseException(parser, limit.getOriginalMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value an error is about, such as
     * {@code "/budget/lines/3/actual"}; {@code ""} is the whole document.
     *
     * <p>For a syntax or limit error it is where the parser stopped (a duplicate key points
     * at the key); for a binding error it is the path Jackson and kpikit's deserializers
     * recorded ({@link JsonMappingException#getPath()}). Field names are escaped as RFC 6901
     * says ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
     *
     * @param e the error
     * @return the pointer, {@code ""} for the document itself or when nothing is known
     */
    public static String pointer(JacksonException e) {
        Objects.requireNonNull(e, "e");
        JsonParseException parse = find(e, JsonParseException.class);
        if (parse != null && parse.getProcessor() != null) {
            return parse.getProcessor().getParsingContext().pathAsPointer().toString();
        }
        if (!(e instanceof JsonMappingException)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    /**
     * Returns a one-line description of an error: the pointer, what was wrong, and the line
     * and column when known, for example
     * {@code /lines/1: invalid Money: currency must be an ISO 4217 code, was "XXY" (line 1, column 69)}.
     *
     * @param e the error
     * @return the description; {@code (document)} stands for the empty pointer
     */
    public static String describe(JacksonException e) {
        String pointer = pointer(e);
        StringBuilder sb = new StringBuilder(pointer.isEmpty() ? "(document)" : pointer).append(": ");
        String message = e.getOriginalMessage();
        sb.append(message == null ? e.getClass().getSimpleName() : message.replace('\n', ' '));
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            sb.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
        }
        return sb.toString();
    }

    private static <X extends Throwable> X find(Throwable t, Class<X> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
