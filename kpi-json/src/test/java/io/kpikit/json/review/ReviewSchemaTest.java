package io.kpikit.json.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kpikit.core.Money;
import io.kpikit.review.ReviewDocument;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schema and the binding agree. Structurally: for every record of the document, the
 * schema object at the same place lists exactly the record's components, forbids other
 * properties, documents each one, gives each the JSON type of its Java type (enums with exactly
 * their constants), requires every primitive, and allows null exactly for the optional ones (the
 * reader treats null as absent). Behaviourally: for every property of the example and of a
 * document using the other forms (period dates, NPS counts, CSAT histogram, events funnel,
 * attribution CSV), removing it or setting it to null is accepted by the reader exactly when
 * the schema accepts it ({@link MiniSchema}; no validator dependency).
 */
class ReviewSchemaTest {

    private static final Path SCHEMA = Path.of("..", "schema", "review-document.schema.json");

    /** Keeps decimals exact when a changed document is written back for the reader. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final JsonNode schema;
    private final MiniSchema validator;
    private final List<String> checked = new ArrayList<>();

    ReviewSchemaTest() throws Exception {
        schema = TREES.readTree(SCHEMA.toFile());
        validator = new MiniSchema(schema);
    }

    /** The schema of a property without its null alternative, following a $ref. */
    private JsonNode deref(JsonNode node) {
        for (JsonNode option : node.path("anyOf")) {
            if (!option.path("type").asText().equals("null")) {
                return deref(option);
            }
        }
        JsonNode ref = node.get("$ref");
        return ref == null ? node : schema.at(ref.asText().substring(1));
    }

    private static Set<String> types(JsonNode node) {
        Set<String> out = new HashSet<>();
        JsonNode t = node.path("type");
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else if (t.isTextual()) {
            out.add(t.asText());
        }
        return out;
    }

    private static boolean allowsNull(JsonNode property) {
        if (types(property).contains("null")) {
            return true;
        }
        for (JsonNode option : property.path("anyOf")) {
            if (option.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> out = new TreeSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private void walk(Class<?> record, JsonNode node, String at) {
        node = deref(node);
        assertTrue(types(node).contains("object"), at);
        assertFalse(node.path("additionalProperties").asBoolean(true), at + " must forbid other properties");
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.add(c.getName());
        }
        assertEquals(components, names(node.path("properties").fieldNames()), at + " (" + record.getSimpleName() + ")");
        Set<String> required = new HashSet<>();
        node.path("required").forEach(n -> required.add(n.asText()));
        checked.add(at);
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = node.path("properties").path(c.getName());
            String here = at + "/" + c.getName();
            assertTrue(property.has("description") || deref(property).has("description"), here + " has no description");
            if (c.getType().isPrimitive()) {
                assertTrue(required.contains(c.getName()), here + " is a primitive, so the schema must require it");
            }
            assertEquals(!required.contains(c.getName()), allowsNull(property),
                    here + ": null must be allowed exactly when the property is optional");
            checkType(c.getGenericType(), property, here);
        }
    }

    private void checkType(Type type, JsonNode property, String at) {
        JsonNode p = deref(property);
        Class<?> raw = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType()
                : (Class<?>) type;
        if (raw == String.class || raw == Duration.class) {
            assertTrue(types(p).contains("string"), at + " must be a string");
        } else if (raw == BigDecimal.class) {
            assertTrue(types(p).contains("number"), at + " must be a number");
        } else if (List.of(long.class, Long.class, int.class, Integer.class).contains(raw)) {
            assertTrue(types(p).contains("integer"), at + " must be an integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertTrue(types(p).contains("boolean"), at + " must be a boolean");
        } else if (raw == Money.class) {
            assertEquals(schema.at("/$defs/money"), p, at + " must be the money object");
        } else if (raw == Currency.class) {
            assertEquals("^[A-Z]{3}$", p.path("pattern").asText(), at);
        } else if (raw == LocalDate.class) {
            assertEquals("date", p.path("format").asText(), at);
        } else if (raw.isEnum()) {
            assertTrue(types(p).contains("string"), at + " must be a string");
            List<String> values = new ArrayList<>();
            p.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            assertEquals(Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList(), values, at);
        } else if (raw.isRecord()) {
            walk(raw, property, at);
        } else if (raw == List.class) {
            assertTrue(types(p).contains("array"), at + " must be an array");
            JsonNode items = p.path("items");
            assertFalse(allowsNull(items), at + "/items: a null element is rejected");
            checkType(((ParameterizedType) type).getActualTypeArguments()[0], items, at + "/items");
        } else if (raw == Map.class) {
            assertTrue(types(p).contains("object"), at + " must be an object");
            JsonNode values = p.path("additionalProperties");
            assertFalse(allowsNull(values), at + ": a null value is rejected");
            checkType(((ParameterizedType) type).getActualTypeArguments()[1], values, at + "/additionalProperties");
        } else {
            fail(at + ": no JSON type known for " + type);
        }
    }

    @Test
    void everyRecordOfTheDocumentMatchesItsSchemaObject() {
        walk(ReviewDocument.class, schema, "");
        // the walk reached the nested records, not just the root
        assertTrue(checked.containsAll(List.of("", "/period", "/kpis/items", "/kpis/items/thresholds",
                "/kpis/items/series/items", "/budget/lines/items", "/channels/items", "/customers/nps",
                "/customers/csat/scale", "/market", "/funnel/stages/items", "/attribution/paths/items")), checked::toString);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    }

    /** A document with every form the example does not use, and the files it names. */
    static ObjectNode alternatives(Path dir) throws Exception {
        Files.writeString(dir.resolve("events.csv"), "user_id,event,timestamp\nu1,visit,2024-03-01T09:00:00Z\n"
                + "u1,order,2024-03-01T09:30:00Z\nu2,visit,2024-03-02T10:00:00Z\n");
        Files.writeString(dir.resolve("paths.csv"), "path,total_conversions,total_conversion_value,total_null\n"
                + "SEM > direct,3,300.00,7\n");
        return (ObjectNode) TREES.readTree("{\"organisation\": \"Acme\", \"period\": {\"label\": \"H1\","
                + " \"start\": \"2024-01-01\", \"end\": \"2024-06-30\"}, \"currency\": \"CNY\","
                + " \"customers\": {\"customersAtStart\": 10, \"newCustomers\": 2, \"lostCustomers\": 1,"
                + " \"nps\": {\"promoters\": 5, \"passives\": 3, \"detractors\": 2},"
                + " \"csat\": {\"histogram\": [1, 2, 3, 4, 5], \"scale\": {\"min\": 1, \"max\": 5, \"satisfiedFrom\": 4}}},"
                + " \"funnel\": {\"events\": \"events.csv\", \"steps\": [\"visit\", \"order\"], \"order\": \"STRICT\","
                + " \"conversionWindow\": \"P7D\"},"
                + " \"attribution\": {\"csv\": \"paths.csv\", \"separator\": \" > \", \"models\": [\"first\", \"markov\"],"
                + " \"markovOrder\": 2, \"direct\": \"direct\"}}");
    }

    private static boolean readerAccepts(JsonNode doc, Path dir) throws Exception {
        try {
            ReviewDocuments.read(new ByteArrayInputStream(TREES.writeValueAsBytes(doc)), dir);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    @Test
    void theExampleAndTheOtherFormsAreValidForBoth(@TempDir Path dir) throws Exception {
        JsonNode example = TREES.readTree(AnnualReviewExampleTest.EXAMPLE.toFile());
        assertEquals(List.of(), validator.validate(example));
        assertTrue(readerAccepts(example, dir));
        ObjectNode other = alternatives(dir);
        assertEquals(List.of(), validator.validate(other));
        assertTrue(readerAccepts(other, dir));
    }

    /** Removes each property of each record object in turn, and sets it to null. */
    private void experiment(ObjectNode doc, Class<?> record, ObjectNode node, String at, Path dir,
            List<String> mismatches) throws Exception {
        for (RecordComponent c : record.getRecordComponents()) {
            String name = c.getName();
            if (!node.has(name)) {
                continue;
            }
            JsonNode original = node.get(name);
            for (boolean remove : List.of(true, false)) {
                if (remove) {
                    node.remove(name);
                } else {
                    node.putNull(name);
                }
                boolean reader = readerAccepts(doc, dir);
                boolean schemaSays = validator.validate(doc).isEmpty();
                if (reader != schemaSays) {
                    mismatches.add(at + "/" + name + (remove ? " removed" : " null") + ": reader "
                            + (reader ? "accepts" : "rejects") + ", schema " + (schemaSays ? "accepts" : "rejects"));
                }
                node.set(name, original);
            }
            Type type = c.getGenericType();
            if (c.getType().isRecord() && original.isObject()) {
                experiment(doc, c.getType(), (ObjectNode) original, at + "/" + name, dir, mismatches);
            } else if (c.getType() == List.class && original.isArray()) {
                Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
                if (item instanceof Class && ((Class<?>) item).isRecord()) {
                    // five elements cover every form in the example (the five KPIs are all different)
                    for (int i = 0; i < Math.min(5, original.size()); i++) {
                        experiment(doc, (Class<?>) item, (ObjectNode) original.get(i), at + "/" + name + "/" + i, dir,
                                mismatches);
                    }
                }
            }
        }
    }

    @Test
    void removingOrNullingAnyPropertyIsAcceptedByTheReaderExactlyWhenTheSchemaAcceptsIt(@TempDir Path dir)
            throws Exception {
        List<String> mismatches = new ArrayList<>();
        ObjectNode example = (ObjectNode) TREES.readTree(AnnualReviewExampleTest.EXAMPLE.toFile());
        experiment(example, ReviewDocument.class, example, "", dir, mismatches);
        ObjectNode other = alternatives(dir);
        experiment(other, ReviewDocument.class, other, "", dir, mismatches);
        assertEquals(List.of(), mismatches);
    }
}
