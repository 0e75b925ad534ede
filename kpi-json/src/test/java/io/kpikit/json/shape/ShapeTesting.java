package io.kpikit.json.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.kpikit.json.JsonTesting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Round trip and finiteness checks shared by the per-area shape tests. */
final class ShapeTesting {

    private ShapeTesting() {
    }

    /** The shape registered for a class. */
    @SuppressWarnings("unchecked")
    static <T> Shape<T> shapeOf(Class<T> type) {
        return (Shape<T>) Shapes.all().stream().filter(s -> s.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no shape for " + type.getName()));
    }

    /** The classes an area's shapes describe. */
    static Set<Class<?>> types(List<Shape<?>> shapes) {
        return shapes.stream().map(Shape::type).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Writes the value, asserts the JSON holds no NaN or infinity, and for a readable shape
     * reads it back: the value read writes the same JSON (numbers compared by value, as money
     * is: a rebuilt share may write its denominator {@code 1} as {@code 1.0}) and, where the
     * class defines equality, equals the original. Returns the JSON.
     */
    static String roundTrip(Object value) {
        String json = JsonTesting.write(value);
        assertFinite(tree(json), "");
        Shape<?> shape = shapeOf(value.getClass());
        if (shape.isReadable()) {
            Object back = JsonTesting.readRaw(json, value.getClass());
            String again = JsonTesting.write(back);
            assertTrue(again.equals(json) || sameJson(tree(json), tree(again)),
                    () -> value.getClass().getSimpleName() + " rewritten differently:\n" + json + "\n" + again);
            if (definesEquals(value.getClass())) {
                assertEquals(value, back, () -> value.getClass().getSimpleName() + " from " + json);
            }
        }
        return json;
    }

    /** Whether the class overrides {@link Object#equals}. */
    static boolean definesEquals(Class<?> type) {
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Tree equality with numbers compared by value ({@code 1.0} equals {@code 1}). */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!b.has(e.getKey()) || !sameJson(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static JsonNode tree(String json) {
        try {
            return JsonTesting.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks a tree: no number is NaN or infinite, and no string spells one (as a quoted NaN). */
    static void assertFinite(JsonNode node, String pointer) {
        if (node.isNumber()) {
            // the strict parser already refuses a bare NaN; a double node must be finite
            assertTrue(!node.isDouble() && !node.isFloat() || Double.isFinite(node.doubleValue()), pointer);
        } else if (node.isTextual()) {
            String t = node.textValue();
            if (t.equals("NaN") || t.equals("Infinity") || t.equals("-Infinity")) {
                fail("non-finite number written as text at " + pointer);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertFinite(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                assertFinite(e.getValue(), pointer + "/" + e.getKey());
            }
        }
    }
}
