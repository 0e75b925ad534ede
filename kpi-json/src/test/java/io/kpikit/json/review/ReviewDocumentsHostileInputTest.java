package io.kpikit.json.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import io.kpikit.json.KpiJson;
import io.kpikit.json.cli.Kpi;
import io.kpikit.review.ReviewDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile review documents: each is rejected within seconds, by {@link ReviewDocuments#read}
 * with a message and the JSON Pointer of the offending value, and by {@code kpi review} with
 * exit code 1 and one line on stderr. (KpiJsonTest covers the same limits for the value types
 * on their own; this is the whole document.)
 */
class ReviewDocumentsHostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final String HEAD = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY2024\", \"year\": 2024},"
            + " \"currency\": \"CNY\"";
    private static final String KPI = ", \"kpis\": [{\"name\": \"sales\", \"direction\": \"HIGHER_IS_BETTER\","
            + " \"targetKind\": \"LEVEL\", \"target\": TARGET, \"actual\": ACTUAL}]}";

    @TempDir
    Path dir;

    private static String kpi(String target, String actual) {
        return HEAD + KPI.replace("TARGET", target).replace("ACTUAL", actual);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** name, document, pointer, a part of the message. */
    static Stream<Arguments> hostile() {
        String amount = HEAD + ", \"channels\": [{\"name\": \"SEM\", \"spend\": {\"amount\": 1e999999999, \"currency\": \"CNY\"},"
                + " \"revenue\": {\"amount\": 1, \"currency\": \"CNY\"}}]}";
        String tags = HEAD + ", \"budget\": {\"lines\": [{\"path\": \"a\", \"kind\": \"COST\","
                + " \"budget\": {\"amount\": 1, \"currency\": \"CNY\"}, \"actual\": {\"amount\": 1, \"currency\": \"CNY\"},"
                + " \"tags\": " + "{\"a\": ".repeat(100_000);
        byte[] badUtf8 = utf8(HEAD.replace("Acme", "Ac\u0000me"));
        for (int i = 0; i < badUtf8.length; i++) {
            if (badUtf8[i] == 0) {
                badUtf8[i] = (byte) 0xC3; // the lead byte of a two-byte sequence, followed by 'm'
            }
        }
        return Stream.of(
                Arguments.of("100k [ as the document", utf8("[".repeat(100_000)), "",
                        "Cannot deserialize value of type `io.kpikit.review.ReviewDocument` from Array value"),
                Arguments.of("100k [ as a name", utf8(HEAD.replace("\"Acme\"", "[".repeat(100_000))), "/organisation",
                        "from Array value"),
                Arguments.of("100k nested objects as tags", utf8(tags), "/budget/lines/0/tags/a", "from Object value"),
                Arguments.of("1e999999999 as an amount", utf8(amount), "/channels/0/spend/amount",
                        "Money.amount must have an exponent within ±9999, was 1E+999999999"),
                Arguments.of("10 MB string", utf8(HEAD.replace("Acme", "x".repeat(10 << 20)) + "}"), "/organisation",
                        "exceeds the maximum allowed (1048576"),
                Arguments.of("duplicate key", utf8(HEAD + ", \"currency\": \"USD\"}"), "/currency",
                        "Duplicate field 'currency'"),
                Arguments.of("duplicate key inside a list", utf8(kpi("1", "2").replace("\"name\": \"sales\"",
                        "\"name\": \"sales\", \"name\": \"profit\"")), "/kpis/0/name", "Duplicate field 'name'"),
                Arguments.of("NaN", utf8(kpi("NaN", "1")), "/kpis/0/target", "Non-standard token 'NaN'"),
                Arguments.of("-Infinity", utf8(kpi("1", "-Infinity")), "/kpis/0/actual", "Non-standard token '-Infinity'"),
                Arguments.of("Infinity", utf8(kpi("Infinity", "1")), "/kpis/0/target", "Non-standard token 'Infinity'"),
                Arguments.of("10k digits", utf8(kpi("1", "9".repeat(10_000))), "/kpis/0/actual",
                        "Number value length (10000) exceeds the maximum allowed (256"),
                Arguments.of("10k decimals", utf8(kpi("0." + "3".repeat(10_000), "1")), "/kpis/0/target",
                        "exceeds the maximum allowed (256"),
                Arguments.of("garbage after the document", utf8(HEAD + "} x"), "", "Unrecognized token 'x'"),
                Arguments.of("a second document", utf8(HEAD + "} {}"), "", "Trailing token (of type START_OBJECT)"),
                Arguments.of("invalid UTF-8", badUtf8, "/organisation", "Invalid UTF-8 middle byte"),
                Arguments.of("nothing", new byte[0], "", "No content to map due to end-of-input"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void readerRejectsItQuicklyAtThePointer(String name, byte[] document, String pointer, String message) {
        JacksonException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(JacksonException.class,
                () -> ReviewDocuments.read(new ByteArrayInputStream(document), dir)));
        assertEquals(pointer, KpiJson.pointer(e), KpiJson.describe(e));
        assertTrue(e.getOriginalMessage().contains(message), KpiJson.describe(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void commandLineRejectsItWithOneLineAndExitCode1(String name, byte[] document, String pointer, String message)
            throws IOException {
        Path file = Files.write(dir.resolve("hostile.json"), document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(QUICKLY, () -> Kpi.run(new String[] {"review", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, stderr);
        assertEquals(0, out.size());
        assertEquals(1, stderr.lines().count(), stderr);
        String where = pointer.isEmpty() ? "(document)" : pointer;
        assertTrue(stderr.startsWith("kpi review: " + file + ": " + where + ": "), stderr);
        assertTrue(!stderr.contains("\tat ") && !stderr.contains("internal error"), stderr);
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        // Windows editors write one; Jackson detects the encoding and skips it, as RFC 8259 allows
        byte[] bom = utf8("\uFEFF" + HEAD + "}");
        assertEquals((byte) 0xEF, bom[0]);
        ReviewDocument doc = ReviewDocuments.read(new ByteArrayInputStream(bom), dir);
        assertEquals("Acme", doc.organisation());
    }

    @Test
    void aVeryLongListOfAttributionPathsIsAcceptedQuickly() {
        int n = 50_000;
        StringBuilder sb = new StringBuilder(HEAD).append(", \"attribution\": {\"paths\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"path\": [\"SEM\", \"feed").append(i % 7)
                    .append("\"], \"conversions\": 1, \"value\": 10.00, \"nulls\": 3}");
        }
        byte[] document = utf8(sb.append("]}}").toString());
        ReviewDocument doc = assertTimeoutPreemptively(QUICKLY,
                () -> ReviewDocuments.read(new ByteArrayInputStream(document), dir));
        assertEquals(n, doc.attribution().paths().size());
    }
}
