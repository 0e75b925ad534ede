package io.kpikit.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Helpers shared by the kpi-json tests: one strict mapper, JSON written with single quotes. */
public final class JsonTesting {

    /** The strict mapper under test. */
    public static final JsonMapper MAPPER = KpiJson.mapper();

    private JsonTesting() {
    }

    /** Turns {@code {'a':1}} into {@code {"a":1}}, to keep JSON in Java strings readable. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** Writes with the strict mapper. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads single-quoted JSON with the strict mapper through {@link KpiJson#read}. */
    public static <T> T read(String singleQuoted, Class<T> type) {
        return readRaw(json(singleQuoted), type);
    }

    /** Reads JSON as is with the strict mapper through {@link KpiJson#read}. */
    public static <T> T readRaw(String json, Class<T> type) {
        try {
            return KpiJson.read(MAPPER, json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that reading fails within a second and that the one-line description names the
     * pointer, then returns the exception.
     */
    public static JacksonException rejects(String json, Class<?> type, String pointer) {
        JacksonException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(JacksonException.class, () -> KpiJson.read(MAPPER, json, type)));
        String description = KpiJson.describe(e);
        assertTrue(KpiJson.pointer(e).equals(pointer),
                () -> "pointer " + KpiJson.pointer(e) + ", expected " + pointer + ": " + description);
        assertTrue(description.startsWith((pointer.isEmpty() ? "(document)" : pointer) + ": "), description);
        return e;
    }

    /** {@link #rejects} for single-quoted JSON, also asserting the message contains {@code expected}. */
    public static JacksonException rejects(String singleQuoted, Class<?> type, String pointer, String expected) {
        JacksonException e = rejects(json(singleQuoted), type, pointer);
        assertTrue(e.getOriginalMessage().contains(expected),
                () -> "message \"" + e.getOriginalMessage() + "\" does not contain \"" + expected + "\"");
        return e;
    }
}
