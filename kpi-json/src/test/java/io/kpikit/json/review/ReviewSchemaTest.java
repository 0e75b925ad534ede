package io.kpikit.json.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kpikit.review.ReviewDocument;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema and the records agree: for every record of the document, the schema object
 * at the same place lists exactly the record's components, forbids other properties, and
 * documents each one. No schema validator is used; the walk follows the record types.
 */
class ReviewSchemaTest {

    private static final Path SCHEMA = Path.of("..", "schema", "review-document.schema.json");

    private final JsonNode schema;
    private final List<String> checked = new ArrayList<>();

    ReviewSchemaTest() throws Exception {
        schema = new ObjectMapper().readTree(SCHEMA.toFile());
    }

    private JsonNode deref(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : schema.at(ref.asText().substring(1));
    }

    private void walk(Class<?> record, JsonNode node, String at) {
        node = deref(node);
        assertEquals("object", node.path("type").asText(), at);
        assertFalse(node.path("additionalProperties").asBoolean(true), at + " must forbid other properties");
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.add(c.getName());
        }
        Set<String> properties = new TreeSet<>();
        for (Iterator<String> it = node.path("properties").fieldNames(); it.hasNext();) {
            properties.add(it.next());
        }
        assertEquals(components, properties, at + " (" + record.getSimpleName() + ")");
        checked.add(at);
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = node.path("properties").path(c.getName());
            assertTrue(property.has("description") || deref(property).has("description"),
                    at + "/" + c.getName() + " has no description");
            if (c.getType().isPrimitive()) {
                assertTrue(property.has("minimum") || c.getType() == boolean.class || c.getName().equals("max")
                        || c.getName().equals("satisfiedFrom"), at + "/" + c.getName() + " has no minimum");
            }
            follow(c.getGenericType(), property, at + "/" + c.getName());
        }
    }

    private void follow(Type type, JsonNode node, String at) {
        if (type instanceof Class && ((Class<?>) type).isRecord()) {
            walk((Class<?>) type, node, at);
        } else if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == List.class) {
            assertEquals("array", deref(node).path("type").asText(), at);
            follow(((ParameterizedType) type).getActualTypeArguments()[0], deref(node).path("items"), at + "/items");
        }
    }

    @Test
    void everyRecordOfTheDocumentMatchesItsSchemaObject() {
        walk(ReviewDocument.class, schema, "");
        // the walk reached the nested records, not just the root
        assertTrue(checked.containsAll(List.of("", "/period", "/kpis/items", "/kpis/items/thresholds",
                "/kpis/items/series/items", "/budget/lines/items", "/channels/items", "/customers/nps",
                "/customers/csat/scale", "/market", "/funnel/stages/items", "/attribution/paths/items")), checked::toString);
    }

    @Test
    void requiredLevelFieldsAreRequiredInTheSchema() {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        assertEquals(List.of("organisation", "period", "currency"), required);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    }
}
