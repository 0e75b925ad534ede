package io.kpikit.json.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (2020-12) checker for the keywords the review document's schema uses:
 * {@code $ref} (local), {@code type}, {@code enum}, {@code const}, {@code required},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code minimum}, {@code maximum}, {@code minLength}, {@code pattern},
 * {@code anyOf}, {@code oneOf}, {@code allOf}, {@code not} and {@code if}/{@code then}. Any
 * other keyword fails loudly, so the schema cannot grow a rule this checker silently ignores
 * (annotations such as {@code description} and {@code format} excepted). Tests only: the
 * project takes no validator dependency.
 */
final class MiniSchema {

    private static final List<String> ANNOTATIONS = List.of("$schema", "$id", "$defs", "title", "description",
            "format", "uniqueItems");

    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    /** Returns the problems of {@code value} against the root schema; empty when it is valid. */
    List<String> validate(JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(root, value, "", problems);
        return problems;
    }

    private JsonNode deref(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : root.at(ref.asText().substring(1));
    }

    private boolean valid(JsonNode schema, JsonNode value) {
        List<String> p = new ArrayList<>();
        check(schema, value, "", p);
        return p.isEmpty();
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String key = e.getKey();
            JsonNode k = e.getValue();
            switch (key) {
                case "$ref":
                    check(deref(schema), value, at, problems);
                    break;
                case "type":
                    if (!typeMatches(k, value)) {
                        problems.add(at + ": type " + k + ", was " + value.getNodeType());
                    }
                    break;
                case "enum":
                    boolean found = false;
                    for (JsonNode option : k) {
                        found |= option.equals(value);
                    }
                    if (!found) {
                        problems.add(at + ": enum " + k + ", was " + value);
                    }
                    break;
                case "const":
                    if (!k.equals(value)) {
                        problems.add(at + ": const " + k + ", was " + value);
                    }
                    break;
                case "required":
                    for (JsonNode name : k) {
                        if (value.isObject() && !value.has(name.asText())) {
                            problems.add(at + ": required " + name.asText());
                        }
                    }
                    break;
                case "properties":
                    if (value.isObject()) {
                        k.properties().forEach(p -> {
                            if (value.has(p.getKey())) {
                                check(p.getValue(), value.get(p.getKey()), at + "/" + p.getKey(), problems);
                            }
                        });
                    }
                    break;
                case "additionalProperties":
                    if (value.isObject()) {
                        JsonNode declared = schema.path("properties");
                        value.properties().forEach(p -> {
                            if (!declared.has(p.getKey())) {
                                if (k.isBoolean() && !k.asBoolean()) {
                                    problems.add(at + ": unknown property " + p.getKey());
                                } else if (k.isObject()) {
                                    check(k, p.getValue(), at + "/" + p.getKey(), problems);
                                }
                            }
                        });
                    }
                    break;
                case "items":
                    for (int i = 0; value.isArray() && i < value.size(); i++) {
                        check(k, value.get(i), at + "/" + i, problems);
                    }
                    break;
                case "minItems":
                case "maxItems":
                    if (value.isArray() && (key.equals("minItems") ? value.size() < k.asInt() : value.size() > k.asInt())) {
                        problems.add(at + ": " + key + " " + k + ", was " + value.size());
                    }
                    break;
                case "minimum":
                case "maximum":
                    if (value.isNumber() && (key.equals("minimum") ? value.decimalValue().compareTo(k.decimalValue()) < 0
                            : value.decimalValue().compareTo(k.decimalValue()) > 0)) {
                        problems.add(at + ": " + key + " " + k + ", was " + value);
                    }
                    break;
                case "minLength":
                    if (value.isTextual() && value.asText().codePointCount(0, value.asText().length()) < k.asInt()) {
                        problems.add(at + ": minLength " + k);
                    }
                    break;
                case "pattern":
                    if (value.isTextual() && !Pattern.compile(k.asText()).matcher(value.asText()).find()) {
                        problems.add(at + ": pattern " + k + ", was " + value);
                    }
                    break;
                case "anyOf":
                case "oneOf":
                    int matches = 0;
                    for (JsonNode option : k) {
                        matches += valid(option, value) ? 1 : 0;
                    }
                    if (key.equals("anyOf") ? matches == 0 : matches != 1) {
                        problems.add(at + ": " + key + " matched " + matches);
                    }
                    break;
                case "allOf":
                    for (JsonNode part : k) {
                        check(part, value, at, problems);
                    }
                    break;
                case "not":
                    if (valid(k, value)) {
                        problems.add(at + ": not " + k);
                    }
                    break;
                case "if":
                    if (valid(k, value) && schema.has("then")) {
                        check(schema.get("then"), value, at, problems);
                    }
                    break;
                case "then":
                    break;
                default:
                    if (!ANNOTATIONS.contains(key)) {
                        throw new IllegalStateException("MiniSchema does not know the keyword " + key + " at " + at);
                    }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        switch (type.asText()) {
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            case "string":
                return value.isTextual();
            case "number":
                return value.isNumber();
            case "integer":
                return value.isIntegralNumber();
            case "boolean":
                return value.isBoolean();
            case "null":
                return value.isNull();
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }
}
