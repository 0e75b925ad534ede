package io.kpikit.json.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.json.KpiJson;
import io.kpikit.json.deser.ShapeDeserializer;
import io.kpikit.json.ser.ShapeSerializer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shape mechanism on two test types: a record (derived shape) and a hand-written shape. */
class ShapeTest {

    /** A record with one component of each codec; its constructor validates like core does. */
    public record Campaign(String name, Money cost, List<BigDecimal> weights, Optional<Duration> window,
            Direction direction, long clicks, double score, Map<String, Long> tags, Instant start) {
        public Campaign {
            if (clicks < 0) {
                throw new IllegalArgumentException("clicks must be >= 0, was " + clicks + " (campaign \"" + name + "\")");
            }
            weights = List.copyOf(weights);
            tags = Map.copyOf(tags);
        }

        /** Cost per click, derived. */
        public Ratio costPerClick() {
            return Ratio.of(cost.amount(), BigDecimal.valueOf(clicks));
        }
    }

    /** A record whose fields are derived by a hand-written shape with a factory. */
    public record Span(BigDecimal from, BigDecimal to) {
        BigDecimal width() {
            return to.subtract(from);
        }
    }

    static final Shape<Campaign> CAMPAIGN = Shape.ofRecord(Campaign.class)
            .derived("costPerClick", Codecs.object(Ratio.class), Campaign::costPerClick)
            .build();

    static final Shape<Span> SPAN = Shape.builder(Span.class)
            .input("from", Codecs.DECIMAL, Span::from)
            .input("to", Codecs.DECIMAL, Span::to)
            .derived("width", Codecs.DECIMAL, Span::width)
            .build(v -> new Span(v.get("from", BigDecimal.class), v.get("to", BigDecimal.class)));

    static final JsonMapper MAPPER = KpiJson.builder().addModule(module()).build();

    private static SimpleModule module() {
        SimpleModule m = new SimpleModule("shape-test");
        m.addSerializer(Campaign.class, new ShapeSerializer<>(CAMPAIGN));
        m.addDeserializer(Campaign.class, new ShapeDeserializer<>(CAMPAIGN));
        m.addSerializer(Span.class, new ShapeSerializer<>(SPAN));
        m.addDeserializer(Span.class, new ShapeDeserializer<>(SPAN));
        return m;
    }

    private static Campaign sample() {
        Map<String, Long> tags = new LinkedHashMap<>();
        tags.put("a", 1L);
        return new Campaign("spring", Money.of("1000.00", "CNY"), List.of(new BigDecimal("0.25"), new BigDecimal("0.75")),
                Optional.of(Duration.ofDays(30)), Direction.HIGHER_IS_BETTER, 400, 0.1, tags,
                Instant.parse("2024-03-01T10:15:30Z"));
    }

    private static final String SAMPLE = q("{'name':'spring','cost':{'amount':1000.00,'currency':'CNY'},"
            + "'weights':[0.25,0.75],'window':'PT720H','direction':'HIGHER_IS_BETTER','clicks':400,'score':0.1,"
            + "'tags':{'a':1},'start':'2024-03-01T10:15:30Z',"
            + "'costPerClick':{'value':2.50,'numerator':1000.00,'denominator':400}}");

    private static String q(String s) {
        return s.replace('\'', '"');
    }

    /** Replaces the first occurrence of {@code from} in the sample. */
    private static String sampleWith(String from, String to) {
        String text = SAMPLE.replaceFirst(java.util.regex.Pattern.quote(q(from)), java.util.regex.Matcher.quoteReplacement(q(to)));
        assertTrue(!text.equals(SAMPLE), from);
        return text;
    }

    private static JacksonException rejects(String json, Class<?> type, String pointer, String message) {
        JacksonException e = assertThrows(JacksonException.class, () -> KpiJson.read(MAPPER, json, type));
        assertEquals(pointer, KpiJson.pointer(e), KpiJson.describe(e));
        assertTrue(e.getOriginalMessage().contains(message), () -> e.getOriginalMessage() + " lacks " + message);
        return e;
    }

    @Test
    void writesInputsInComponentOrderThenDerivedFields() throws Exception {
        // cost per click = 1000.00 / 400 = 2.50
        assertEquals(SAMPLE, MAPPER.writeValueAsString(sample()));
        assertEquals(q("{'from':1.5,'to':4.25,'width':2.75}"),
                MAPPER.writeValueAsString(new Span(new BigDecimal("1.5"), new BigDecimal("4.25"))));
    }

    @Test
    void readsBackAnEqualValue() throws Exception {
        assertEquals(sample(), KpiJson.read(MAPPER, SAMPLE, Campaign.class));
        assertEquals(new Span(BigDecimal.ONE, BigDecimal.TEN), KpiJson.read(MAPPER, q("{'from':1,'to':10}"), Span.class));
    }

    @Test
    void leavesOutDerivedFieldsAndEmptyOptionals() throws Exception {
        String text = q("{'name':'spring','cost':{'amount':1000.00,'currency':'CNY'},'weights':[0.25,0.75],"
                + "'direction':'HIGHER_IS_BETTER','clicks':400,'score':0.1,'tags':{'a':1},'start':'2024-03-01T10:15:30Z'}");
        Campaign c = KpiJson.read(MAPPER, text, Campaign.class);
        assertEquals(Optional.empty(), c.window());
        assertEquals(Optional.empty(), KpiJson.read(MAPPER, sampleWith("'PT720H'", "null"), Campaign.class).window());
        assertTrue(MAPPER.writeValueAsString(c).contains(q("'window':null")));
    }

    @Test
    void rejectsADerivedFieldThatDisagreesWithTheInputs() {
        rejects(q("{'from':1.5,'to':4.25,'width':3}"), Span.class, "/width",
                "Span.width must equal the value computed from the inputs, 2.75, was 3");
        // numerically equal is fine: 2.750 = 2.75
        assertEquals(new BigDecimal("4.25"), read(q("{'from':1.5,'to':4.25,'width':2.750}"), Span.class).to());
        rejects(sampleWith("'value':2.50,'numerator':1000.00,'denominator':400", "'numerator':3,'denominator':1"),
                Campaign.class, "/costPerClick", "Campaign.costPerClick must equal the value computed from the inputs, "
                        + "1000.00/400 = 2.50, was 3/1 = 3");
        rejects(q("{'from':1.5,'to':4.25,'width':null}"), Span.class, "/width",
                "Span.width must not be null; leave a derived field out or give its value, 2.75");
    }

    @Test
    void wrapsTheConstructorsRejectionKeepingTheCause() {
        JacksonException e = rejects(sampleWith("'clicks':400", "'clicks':-1"), Campaign.class, "",
                "invalid Campaign: clicks must be >= 0, was -1 (campaign \"spring\")");
        assertInstanceOf(ValueInstantiationException.class, e);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void pointsIntoListsMapsAndNestedValues() {
        rejects(sampleWith("[0.25,0.75]", "[0.25,0.75,'x']"), Campaign.class, "/weights/2",
                "Campaign.weights[2] must be a JSON number, was a string");
        rejects(sampleWith("[0.25,0.75]", "[0.25,null]"), Campaign.class, "/weights/1",
                "Campaign.weights[1] must not be null");
        rejects(sampleWith("{'a':1}", "{'a':1.5}"), Campaign.class, "/tags/a",
                "Campaign.tags[\"a\"] must be a whole number without a fraction or exponent, was 1.5");
        rejects(sampleWith("{'a':1}", "{'a':1,'b':2,'a':3}"), Campaign.class, "/tags/a", "Duplicate field 'a'");
        rejects(sampleWith("'CNY'", "'XXY'"), Campaign.class, "/cost",
                "invalid Money: currency must be an ISO 4217 code, was \"XXY\"");
        rejects(sampleWith("{'amount':1000.00,'currency':'CNY'}", "1000"), Campaign.class, "/cost",
                "Campaign.cost must be a JSON object (Money), was a number");
        rejects(sampleWith("[0.25,0.75]", "{}"), Campaign.class, "/weights", "Campaign.weights must be a JSON array, was an object");
    }

    @Test
    void detectsADuplicateMapKeyEvenWithoutTheParsersCheck() throws Exception {
        JsonMapper lax = JsonMapper.builder().addModule(module()).addModule(new io.kpikit.json.KpiModule()).build();
        JacksonException e = assertThrows(JacksonException.class,
                () -> lax.readValue(sampleWith("{'a':1}", "{'a':1,'a':3}"), Campaign.class));
        assertEquals("/tags/a", KpiJson.pointer(e));
        assertTrue(e.getOriginalMessage().contains("Campaign.tags has the key \"a\" twice"), e.getOriginalMessage());
    }

    @Test
    void isStrictAboutScalars() {
        rejects(sampleWith("'HIGHER_IS_BETTER'", "'higher_is_better'"), Campaign.class, "/direction",
                "Campaign.direction must be one of [HIGHER_IS_BETTER, LOWER_IS_BETTER], was \"higher_is_better\"");
        rejects(sampleWith("'clicks':400", "'clicks':1e3"), Campaign.class, "/clicks",
                "Campaign.clicks must be a whole number without a fraction or exponent, was 1e3");
        rejects(sampleWith("'clicks':400", "'clicks':9223372036854775808"), Campaign.class, "/clicks",
                "Campaign.clicks must be within [-9223372036854775808, 9223372036854775807], was 9223372036854775808");
        rejects(sampleWith("'clicks':400", "'clicks':'400'"), Campaign.class, "/clicks",
                "Campaign.clicks must be a JSON number, was a string");
        rejects(sampleWith("'score':0.1", "'score':1e400"), Campaign.class, "/score",
                "Campaign.score must fit a double, was 1e400");
        rejects(sampleWith("'PT720H'", "'30 days'"), Campaign.class, "/window",
                "Campaign.window must be an ISO-8601 duration such as \"PT24H\", was \"30 days\"");
        rejects(sampleWith("'2024-03-01T10:15:30Z'", "'2024-03-01'"), Campaign.class, "/start",
                "Campaign.start must be an ISO-8601 instant");
        rejects(sampleWith("'name':'spring'", "'name':7"), Campaign.class, "/name",
                "Campaign.name must be a JSON string, was a number");
    }

    @Test
    void rejectsUnknownDuplicateMissingAndNullFields() {
        rejects(sampleWith("'score':0.1", "'score':0.1,'memo':1"), Campaign.class, "/memo", "Unrecognized field \"memo\"");
        rejects(q("{'from':1,'to':2,'from':1}"), Span.class, "/from", "Duplicate field 'from'");
        rejects(q("{'from':1}"), Span.class, "", "Span is missing the required field \"to\"");
        rejects(q("{'from':1,'to':null}"), Span.class, "/to", "Span.to must not be null");
        rejects(q("[1,2]"), Span.class, "", "Span must be a JSON object, was an array");
    }

    @Test
    void refusesToWriteANonFiniteDouble() {
        Campaign nan = new Campaign("x", Money.of("1.00", "CNY"), List.of(), Optional.empty(), Direction.LOWER_IS_BETTER,
                1, Double.NaN, Map.of(), Instant.EPOCH);
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.writeValueAsString(nan));
        assertTrue(e.getOriginalMessage().contains("cannot write the non-finite double NaN"), e.getOriginalMessage());
        assertEquals("/score", KpiJson.pointer(e));
    }

    @Test
    void writeOnlyShapesHaveNoDeserializer() {
        Shape<Span> writeOnly = Shape.builder(Span.class).input("from", Codecs.DECIMAL, Span::from).writeOnly();
        assertTrue(!writeOnly.isReadable());
        assertThrows(IllegalArgumentException.class, () -> new ShapeDeserializer<>(writeOnly));
        assertThrows(IllegalStateException.class, () -> writeOnly.create(null));
    }

    @Test
    void refusesTypesWithoutACodecAndDuplicateNames() {
        assertThrows(IllegalArgumentException.class, () -> Codecs.forType(Date.class));
        assertThrows(IllegalArgumentException.class, () -> Shape.builder(Span.class)
                .input("from", Codecs.DECIMAL, Span::from).derived("from", Codecs.DECIMAL, Span::width).writeOnly());
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return KpiJson.read(MAPPER, json, type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
