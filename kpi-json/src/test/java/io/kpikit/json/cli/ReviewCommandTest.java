package io.kpikit.json.cli;

import static io.kpikit.json.cli.CliTesting.kpi;
import static io.kpikit.json.cli.CliTesting.kpiWithStdin;
import static io.kpikit.json.cli.CliTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kpikit.json.cli.CliTesting.Result;
import io.kpikit.json.review.ReviewDocuments;
import io.kpikit.json.review.ReviewReports;
import io.kpikit.review.ReviewReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi review} on the example document: the JSON report, the text summary, standard input. */
class ReviewCommandTest {

    /** The example, from the module directory (Surefire's working directory). */
    static final String EXAMPLE = Path.of("..", "examples", "annual-review-2024.json").toString();

    @TempDir
    Path dir;

    private static Result ok(Result r) {
        assertEquals("", r.err());
        assertEquals(0, r.code());
        return r;
    }

    @Test
    void jsonIsTheDefaultAndCarriesTheSeedFigures() throws IOException {
        Result r = ok(kpi("review", EXAMPLE));
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("Example Marketing Co.", report.get("organisation").asText());
        // budget execution: 9,500,000 / 10,000,000 = 0.95
        JsonNode total = report.at("/budget/tree/0");
        assertEquals("", total.get("path").asText());
        assertEquals(0.95, total.at("/executionRate/value").asDouble());
        // ROAS SEM: 6,720,000 / 1,600,000 = 4.2, "1:4.2"
        JsonNode sem = report.at("/roi/channels/0");
        assertEquals("SEM", sem.get("channel").asText());
        assertEquals(4.2, sem.at("/roas/value").asDouble());
        assertEquals("1:4.2", sem.get("roasNotation").asText());
    }

    @Test
    void jsonIsExactlyWhatReviewReportsWrites() throws IOException {
        String expected = ReviewReports.toJson(ReviewReport.of(ReviewDocuments.read(Path.of(EXAMPLE))));
        assertEquals(expected + System.lineSeparator(), ok(kpi("review", EXAMPLE, "--format", "json")).out());
    }

    @Test
    void textStartsWithTheHeader() {
        String text = ok(kpi("review", EXAMPLE, "--format", "text")).out();
        assertTrue(text.startsWith("Annual review: Example Marketing Co.\n"
                + "Period:        FY2024 (2024-01-01 to 2024-12-31)\n"
                + "Currency:      CNY\n\n"), text);
    }

    @Test
    void textHasTheSeedFiguresInTheirRows() {
        String text = ok(kpi("review", EXAMPLE, "--format=text")).out();
        // budget total: 10,000,000 budget, 9,500,000 spent, variance -500,000 = -5.0%, execution 95.0%,
        // inside the 5% band, and spending less is favourable for a cost
        hasLine(text, "  total +10,000,000\\.00 +9,500,000\\.00 +-500,000\\.00 +-5\\.0% +95\\.0% +favourable"
                + " +within tolerance +");
        // KOL: 1,760,000 of 2,000,000 = -12.0%, 88.0%; exhibitions 2,300,000 of 2,000,000 = +15.0%, 115.0%
        hasLine(text, "      KOL +2,000,000\\.00 +1,760,000\\.00 +-240,000\\.00 +-12\\.0% +88\\.0% +favourable"
                + " +underspent +KOL seeding *");
        hasLine(text, "      exhibitions +2,000,000\\.00 +2,300,000\\.00 +300,000\\.00 +15\\.0% +115\\.0% +unfavourable"
                + " +overspent +Offline exhibitions and industry summit");
        // SEM: ROAS 6,720,000 / 1,600,000 = 1:4.2, ROI 5,120,000 / 1,600,000 = 320.0%, CAC 1,600,000 / 200
        hasLine(text, "  SEM +1,600,000\\.00 +6,720,000\\.00 +1:4\\.2 +320\\.0% +26\\.8% +37\\.9% +200 +8,000\\.00");
        hasLine(text, "  feed +1,200,000\\.00 +4,200,000\\.00 +1:3\\.5 .*");
        hasLine(text, "  short video +880,000\\.00 +2,464,000\\.00 +1:2\\.8 .*");
        hasLine(text, "  industry summit +2,300,000\\.00 +4,370,000\\.00 +1:1\\.9 .*");
        // sales: 117.6M against 100M x 1.2 = 120M is 98.0%, at risk (default bands: at risk from 90%, met from 100%);
        // growth 17.6M / 100M = 17.6% against 20% is 88.0%
        hasLine(text, "  sales +growth +100,000,000 +\\+20\\.0% +120,000,000 +117,600,000 +98\\.0% +88\\.0% +at risk *");
        // market share: 20% -> 26% against a level of 20% + 5 pts = 25% is 26 / 25 = 104.0%, met;
        // the points reading is 6 pts / 5 pts = 120.0%
        hasLine(text, "  market share +points +20\\.0% +\\+5 pts +25\\.0% +26\\.0% +104\\.0% +120\\.0% +met *");
        // customers: 4,900 + 600 - 500 = 5,000; new share 600 / 5,000 = 12.0%
        hasLine(text, "  new-customer share +12\\.0% +new / end = 600 / 5,000 *");
        // funnel: 50,000 of 1,000,000 visits = 5.0%
        hasLine(text, "Funnel: overall conversion 5\\.0% \\(50,000 / 1,000,000\\), 95% interval 4\\.96% to 5\\.04%");
        hasLine(text, "  attainment / exposure: the KPI has no target: no attainment or status");
        // the example names an "others" bucket, so the HHI of 2,952 is flagged as an upper bound
        hasLine(text, "  market / hhi: hhi counts \"others\" as one firm, so 2952 is an upper bound.*");
        assertTrue(text.contains("\nWarnings (2)\n"), text);
    }

    @Test
    void everyTableHasAHeaderARuleAndRowsOfOneWidthWithColumnsThatLineUp() {
        String text = ok(kpi("review", EXAMPLE, "--format", "text")).out();
        List<List<String>> tables = tables(text);
        // attainment, scorecard, growth, sales by period, ROI, customers, market, funnel, budget, phasing,
        // attribution (the warnings are lines, not a table)
        assertEquals(11, tables.size(), text);
        for (List<String> table : tables) {
            String rule = table.get(1);
            assertTrue(rule.matches(" *-+( +-+)*"), rule);
            for (String line : table) {
                assertEquals(Table.width(rule), Table.width(line), "width of\n" + line + "\nin\n" + String.join("\n", table));
                // the gaps between the columns are blank on every line: no cell spills into the next
                for (int i = 0; i < rule.length(); i++) {
                    if (rule.charAt(i) == ' ') {
                        assertEquals(' ', line.charAt(i), "column " + i + " of\n" + line);
                    }
                }
            }
        }
    }

    /** The tables of the text: the blocks whose third line is a rule, without their title. */
    static List<List<String>> tables(String text) {
        List<List<String>> tables = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            List<String> lines = List.of(block.split("\n"));
            if (lines.size() > 2 && lines.get(2).matches(" *-+( +-+)*")) {
                tables.add(lines.subList(1, lines.size()));
            }
        }
        return tables;
    }

    @Test
    void readsStandardInputWithDash() throws IOException {
        byte[] example = Files.readAllBytes(Path.of(EXAMPLE));
        String fromFile = ok(kpi("review", EXAMPLE, "--format", "text")).out();
        assertEquals(fromFile, ok(kpiWithStdin(example, "review", "-", "--format", "text")).out());
    }

    @Test
    void resolvesAnAttributionCsvAgainstTheDocumentsDirectoryOrTheCurrentOneForStandardInput() throws IOException {
        // the CSV sits in the module's test resources; Surefire runs in the module directory
        String csv = "src/test/resources/io/kpikit/json/cli/two-paths.csv";
        String doc = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY2024\", \"year\": 2024},"
                + " \"currency\": \"CNY\", \"attribution\": {\"csv\": \"" + csv + "\", \"models\": [\"linear\"]}}";
        // from standard input: relative to the current directory; A > B and B: A gets 0.5, B 1.5
        String text = ok(kpiWithStdin(doc.getBytes(StandardCharsets.UTF_8), "review", "-",
                "--format", "text")).out();
        hasLine(text, "  linear_per_touch +0\\.5 \\(25\\.0%\\) +1\\.5 \\(75\\.0%\\)");
        // from a file elsewhere: relative to that file's directory, where there is no such CSV
        String file = write(dir, "doc.json", doc);
        Result r = kpi("review", file);
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kpi review: " + file + ": /attribution/csv: csv file not found: \"" + csv + "\""),
                r.err());
    }

    @Test
    void helpDescribesTheFormatsAndStandardInput() {
        Result r = ok(kpi("review", "--help"));
        assertTrue(r.out().startsWith("Usage: kpi review FILE.json [--format json|text]\n"), r.out());
        for (String word : List.of("--format FORMAT", "Default: json.", "Use - for standard input", "current directory",
                "n/a", "1:4.2", "/json/pointer")) {
            assertTrue(r.out().contains(word), word + " in\n" + r.out());
        }
    }

    private static void hasLine(String text, String regex) {
        Pattern p = Pattern.compile(regex);
        assertTrue(text.lines().anyMatch(l -> p.matcher(l).matches()), "no line matching\n" + regex + "\nin\n" + text);
    }
}
