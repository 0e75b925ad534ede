package io.kpikit.json.cli;

import static io.kpikit.json.cli.CliTesting.kpi;
import static io.kpikit.json.cli.CliTesting.kpiWithStdin;
import static io.kpikit.json.cli.CliTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.json.cli.CliTesting.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi review} errors: exactly one line on stderr naming the file and the JSON Pointer,
 * nothing on stdout, exit 1 for a bad or missing document and 2 for a bad command line.
 */
class ReviewCommandErrorsTest {

    static final String HEAD = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY2024\", \"year\": 2024},"
            + " \"currency\": \"CNY\"";
    static final String KOL = "{\"path\": \"digital/KOL\", \"kind\": \"COST\","
            + " \"budget\": {\"amount\": 2000000.00, \"currency\": \"CNY\"},"
            + " \"actual\": {\"amount\": 1760000.00, \"currency\": \"CNY\"}}";

    @TempDir
    Path dir;

    private static void fails(int code, String line, Result r) {
        assertEquals(line + "\n", r.err());
        assertEquals("", r.out());
        assertEquals(code, r.code());
    }

    private Result review(String name, String json, String... options) throws IOException {
        String file = write(dir, name, json);
        String[] args = new String[options.length + 2];
        args[0] = "review";
        args[1] = file;
        System.arraycopy(options, 0, args, 2, options.length);
        return kpi(args);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void unknownFieldIsReportedAtItsPointer() throws IOException {
        Result r = review("unknown.json", HEAD + ", \"budget\": {\"lines\": [" + KOL + "], \"tolerance\": 0.1}}");
        fails(1, "kpi review: " + file("unknown.json") + ": /budget/tolerance: Unrecognized field \"tolerance\""
                + " (class io.kpikit.review.BudgetInput), not marked as ignorable (line 1, column 276)", r);
    }

    @Test
    void wrongTypeIsReportedAtTheValue() throws IOException {
        String ads = "{\"path\": \"digital/ads\", \"kind\": \"COST\", \"budget\": {\"amount\": 4000000.00, \"currency\": \"CNY\"},"
                + " \"actual\": \"3680000.00\"}";
        Result r = review("type.json", HEAD + ", \"budget\": {\"lines\": [" + KOL + ", " + ads + "]}}", "--format", "text");
        fails(1, "kpi review: " + file("type.json") + ": /budget/lines/1/actual: Money must be a JSON object, was a string"
                + " (line 1, column 361)", r);
    }

    @Test
    void invalidValueIsReportedWithTheCoresMessage() throws IOException {
        String bad = KOL.replace("2000000.00", "-1.00");
        Result r = review("negative.json", HEAD + ", \"budget\": {\"lines\": [" + bad + "]}}");
        fails(1, "kpi review: " + file("negative.json") + ": /budget/lines/0/budget: budget must be >= 0, was CNY -1.00"
                + " (budget line \"digital/KOL\") (line 1, column 250)", r);
    }

    @Test
    void duplicateKeyIsReportedAtTheKey() throws IOException {
        Result r = review("dup.json", HEAD + ", \"currency\": \"USD\"}");
        fails(1, "kpi review: " + file("dup.json") + ": /currency: Duplicate field 'currency' (line 1, column 100)", r);
    }

    @Test
    void truncatedDocumentIsReportedWhereItEnds() throws IOException {
        Result r = review("cut.json", HEAD + ", \"kpis\": [{\"name\": \"sales\", \"actual\": 1");
        fails(1, "kpi review: " + file("cut.json") + ": /kpis/0/actual: Unexpected end-of-input: expected close marker"
                + " for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                + " disabled); line: 1, column: 99]) (line 1, column 128)", r);
    }

    @Test
    void missingFileAndDirectoryAreDataErrors() {
        fails(1, "kpi review: " + file("missing.json") + ": no such file", kpi("review", file("missing.json")));
        fails(1, "kpi review: " + dir + ": is a directory, not a review document", kpi("review", dir.toString()));
    }

    @Test
    void standardInputIsNamedStdin() {
        byte[] dup = (HEAD + ", \"currency\": \"USD\"}").getBytes(StandardCharsets.UTF_8);
        fails(1, "kpi review: <stdin>: /currency: Duplicate field 'currency' (line 1, column 100)",
                kpiWithStdin(dup, "review", "-"));
        fails(1, "kpi review: <stdin>: (document): No content to map due to end-of-input (line 1, column 0)",
                kpiWithStdin(new byte[0], "review", "-"));
    }

    @Test
    void controlCharactersInTheMessageAreEscapedAndAHugeMessageIsCut() throws IOException {
        // an unknown field named with an escape sequence and 5,000 x: the line stays one line, escaped, cut
        String name = "\\u001b[2J" + "x".repeat(5000);
        Result r = review("odd.json", HEAD + ", \"" + name + "\": 1}");
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        String line = r.errLine();
        assertTrue(line.startsWith("kpi review: " + file("odd.json") + ": /\\u001B[2Jxxx"), line);
        assertTrue(!line.contains("\u001b"), line);
        assertTrue(line.matches(".*xxx\\.\\.\\. \\(\\d+ more characters\\)"), line);
    }

    @Test
    void badFormatOrFileCountIsAUsageError() throws IOException {
        String ok = write(dir, "ok.json", HEAD + "}");
        fails(2, "kpi review: --format must be one of json, text, was \"xml\"; see kpi review --help",
                kpi("review", ok, "--format", "xml"));
        fails(2, "kpi review: FILE.json is required (a file, or - for standard input), was nothing; see kpi review --help",
                kpi("review"));
        fails(2, "kpi review: exactly one FILE.json must be given, was 2: " + ok + " " + ok
                + "; see kpi review --help", kpi("review", ok, ok));
    }

    @Test
    void debugAddsTheTraceAfterTheLine() throws IOException {
        Result r = kpi("review", file("missing.json"), "--debug");
        assertEquals(1, r.code());
        assertEquals("kpi review: " + file("missing.json") + ": no such file", r.errLine());
        assertTrue(r.err().contains("Caused by: java.nio.file.NoSuchFileException"), r.err());
        Result quiet = review("dup.json", HEAD + ", \"currency\": \"USD\"}");
        assertTrue(!quiet.err().contains("\tat "), quiet.err());
    }

    @Test
    void aDocumentWithOnlyTheHeaderPrintsTheHeaderAndNoWarnings() throws IOException {
        Result r = review("empty.json", HEAD + "}", "--format", "text");
        assertEquals("", r.err());
        assertEquals("Annual review: Acme\nPeriod:        FY2024 (2024-01-01 to 2024-12-31)\nCurrency:      CNY\n"
                + "\nWarnings: none\n", r.out());
        assertTrue(Files.exists(dir.resolve("empty.json")));
    }
}
