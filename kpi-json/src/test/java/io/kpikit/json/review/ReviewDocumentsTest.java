package io.kpikit.json.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import io.kpikit.json.KpiJson;
import io.kpikit.review.FunnelSection;
import io.kpikit.review.ReviewDocument;
import io.kpikit.review.ReviewReport;
import io.kpikit.review.StepRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDocumentsTest {

    private static final String HEAD = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY2024\", \"year\": 2024},"
            + " \"currency\": \"CNY\"";

    private static String doc(String sections) {
        return HEAD + (sections.isEmpty() ? "" : ", " + sections) + "}";
    }

    private static ReviewDocument read(String json, Path dir) throws IOException {
        return ReviewDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), dir);
    }

    /** Reads {@code json} expecting an error; returns KpiJson.describe without the line/column. */
    private static String error(String json) {
        return error(json, Path.of("."));
    }

    private static String error(String json, Path dir) {
        JacksonException e = assertThrows(JacksonException.class, () -> read(json, dir));
        return KpiJson.describe(e).replaceAll(" \\(line \\d+, column \\d+\\)$", "");
    }

    private static final String LINE = "{\"path\": \"digital/KOL\", \"kind\": \"COST\","
            + " \"budget\": {\"amount\": 2000000.00, \"currency\": \"CNY\"},"
            + " \"actual\": {\"amount\": 1760000.00, \"currency\": \"CNY\"}}";

    @Test
    void aDocumentWithOnlyTheHeaderHasNoSections() throws IOException {
        ReviewReport r = ReviewReport.of(read(doc(""), Path.of(".")));
        assertEquals("2024-01-01", r.start());
        assertEquals(null, r.budget());
        assertEquals(0, r.warnings().size());
    }

    @Test
    void unknownFieldIsRejectedAtItsPointer() {
        String d = doc("\"budget\": {\"lines\": [" + LINE + "], \"tolerance\": 0.1}");
        assertTrue(error(d).startsWith("/budget/tolerance: Unrecognized field \"tolerance\""), error(d));
    }

    @Test
    void wrongTypeIsRejectedAtItsPointer() {
        String d = doc("\"customers\": {\"customersAtStart\": \"4900\", \"newCustomers\": 600, \"lostCustomers\": 500}");
        assertTrue(error(d).startsWith("/customers/customersAtStart: "), error(d));
    }

    @Test
    void negativeCountIsRejectedWithTheRecordsMessage() {
        String d = doc("\"customers\": {\"customersAtStart\": 4900, \"newCustomers\": -600, \"lostCustomers\": 500}");
        assertEquals("/customers/newCustomers: newCustomers must be >= 0, was -600", error(d));
    }

    @Test
    void negativeStageCountPointsAtTheCount() {
        String d = doc("\"funnel\": {\"stages\": [{\"name\": \"visit\", \"count\": 10}, {\"name\": \"order\", \"count\": -5}]}");
        assertEquals("/funnel/stages/1/count: count of stage \"order\" must be >= 0, was -5", error(d));
    }

    @Test
    void growingStrictFunnelPointsAtTheLargerStage() {
        String d = doc("\"funnel\": {\"stages\": [{\"name\": \"visit\", \"count\": 10}, {\"name\": \"order\", \"count\": 11}]}");
        assertTrue(error(d).startsWith("/funnel/stages/1/count: "), error(d));
    }

    @Test
    void negativeBudgetPointsAtTheLinesBudget() {
        String bad = LINE.replace("2000000.00", "-1.00");
        String d = doc("\"budget\": {\"lines\": [" + LINE.replace("KOL", "ads") + ", " + bad + "]}");
        assertEquals("/budget/lines/1/budget: budget must be >= 0, was CNY -1.00 (budget line \"digital/KOL\")",
                error(d));
    }

    @Test
    void amountInAnotherCurrencyPointsAtTheAmount() {
        String d = doc("\"budget\": {\"lines\": [" + LINE.replace("\"CNY\"", "\"USD\"") + "]}");
        assertEquals("/budget/lines/0/budget: budget must be in CNY (the document's currency), was USD 2000000.00"
                + " (budget line \"digital/KOL\")", error(d));
    }

    @Test
    void duplicateLinePathPointsAtTheSecondPath() {
        String d = doc("\"budget\": {\"lines\": [" + LINE + ", " + LINE + "]}");
        assertEquals("/budget/lines/1/path: path must be unique, was \"digital/KOL\" twice", error(d));
    }

    @Test
    void missingRequiredFieldIsReportedAtItsPointer() {
        assertEquals("/organisation: organisation is required, was missing or null",
                error("{\"period\": {\"label\": \"FY\", \"year\": 2024}, \"currency\": \"CNY\"}"));
        String d = doc("\"channels\": [{\"name\": \"SEM\", \"spend\": {\"amount\": 1, \"currency\": \"CNY\"}}]");
        assertEquals("/channels/0/revenue: revenue is required, was missing or null", error(d));
    }

    @Test
    void missingRequiredCountIsRejectedAsRequired() {
        // not Jackson's "Cannot map `null` into type `long`"
        String d = doc("\"customers\": {\"customersAtStart\": 4900, \"newCustomers\": 600}");
        assertEquals("/customers/lostCustomers: lostCustomers is required, was missing or null", error(d));
        String n = doc("\"customers\": {\"customersAtStart\": null, \"newCustomers\": 600, \"lostCustomers\": 1}");
        assertEquals("/customers/customersAtStart: customersAtStart is required, was missing or null", error(n));
    }

    @Test
    void namesWithASlashAreOnePointerSegment() {
        String market = doc("\"market\": {\"own\": \"us\", \"ownSales\": 1, \"competitors\": {\"A/B\": -2}}");
        assertEquals("/market/competitors/A~1B: competitors/A~1B must be >= 0, was -2", error(market));
        String tags = doc("\"budget\": {\"lines\": [" + LINE.replace("}}", "}, \"tags\": {\"mix/type\": \" \"}}")
                + "]}");
        assertEquals("/budget/lines/0/tags/mix~1type: tags/mix~1type must not be blank, was \" \""
                + " (budget line \"digital/KOL\")", error(tags));
    }

    @Test
    void valuesArePointedAtNotTheirParent() {
        String stages = doc("\"funnel\": {\"stages\": [{\"name\": \"visit\", \"count\": 10},"
                + " {\"name\": \"visit\", \"count\": 5}]}");
        assertEquals("/funnel/stages/1/name: stage names must be unique, was \"visit\" twice", error(stages));
        String paths = doc("\"attribution\": {\"paths\": [{\"path\": [\"SEM\"], \"conversions\": 1,"
                + " \"value\": 1.005}]}");
        assertEquals("/attribution/paths/0/value: value must have at most 2 decimal places in CNY, was 1.005",
                error(paths));
        String points = doc("\"kpis\": [{\"name\": \"market share\", \"direction\": \"HIGHER_IS_BETTER\","
                + " \"targetKind\": \"POINTS\", \"base\": 20, \"target\": 5, \"actual\": 26}]");
        assertEquals("/kpis/0/base: base must be in [0, 1], was 20 (kpi \"market share\")", error(points));
        assertEquals("/kpis/0: kpis/0 must not be null, was null", error(doc("\"kpis\": [null]")));
    }

    @Test
    void amountWithMoreDecimalsThanTheCurrencyIsRejectedWhileReading() {
        String d = doc("\"budget\": {\"lines\": [" + LINE.replace("1760000.00", "1.005") + "]}");
        assertEquals("/budget/lines/0/actual: actual must have at most 2 decimal places in CNY, was 1.005"
                + " (budget line \"digital/KOL\")", error(d));
        String c = doc("\"customers\": {\"customersAtStart\": 1, \"newCustomers\": 0, \"lostCustomers\": 0,"
                + " \"acquisitionSpend\": {\"amount\": 0.001, \"currency\": \"CNY\"}}");
        assertEquals("/customers/acquisitionSpend: acquisitionSpend must have at most 2 decimal places in CNY,"
                + " was 0.001", error(c));
    }

    @Test
    void funnelFromAnEventsCsvBesideTheDocument() throws Exception {
        Path file = Path.of(ReviewDocumentsTest.class.getResource("funnel-events/review.json").toURI());
        FunnelSection f = ReviewReport.of(ReviewDocuments.read(file)).funnel();
        // visit: u1..u4 = 4; cart: u1, u2, u4 = 3; order: u1 only (u4 ordered 9 days after the visit, outside P7D)
        assertEquals(List.of(4L, 3L), f.steps().stream().map(StepRow::entrants).toList());
        assertEquals(List.of(3L, 1L), f.steps().stream().map(StepRow::conversions).toList());
        assertEquals(0.25, f.overallConversion().doubleValue(), 0);
        assertTrue(f.strict());
    }

    @Test
    void eventsCsvErrorsPointAtTheEventsField(@TempDir Path dir) throws IOException {
        String d = doc("\"funnel\": {\"events\": \"events.csv\", \"steps\": [\"visit\", \"order\"]}");
        assertEquals("/funnel/events: events file not found: \"events.csv\" (resolved to "
                + dir.toAbsolutePath().normalize().resolve("events.csv") + ")", error(d, dir));
        Files.writeString(dir.resolve("events.csv"), "user_id,event,timestamp\nu1,visit,1714554000000\n");
        assertTrue(error(d, dir).startsWith("/funnel/events: line 2: timestamp must be an ISO-8601 instant such as"
                + " 2024-03-01T09:30:00Z, was \"1714554000000\" (file "), error(d, dir));
        assertEquals("/funnel/events: events must stay inside the document's directory, was \"../e.csv\"",
                error(d.replace("events.csv", "../e.csv"), dir));
        assertTrue(error(doc("\"funnel\": {\"events\": \"e.csv\", \"steps\": [\"a\"], \"conversionWindow\": \"7 days\"}"),
                dir).startsWith("/funnel/conversionWindow: "));
        assertEquals("/funnel/events: give either stages or events, was both", error(doc("\"funnel\": {\"events\":"
                + " \"e.csv\", \"steps\": [\"a\"], \"stages\": [{\"name\": \"a\", \"count\": 1}]}"), dir));
    }

    @Test
    void badDateIsRejectedAtItsPointer() {
        String d = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"H1\", \"start\": \"2024-13-01\","
                + " \"end\": \"2024-06-30\"}, \"currency\": \"CNY\"}";
        assertTrue(error(d).startsWith("/period/start: "), error(d));
    }

    @Test
    void unknownModelPointsAtTheModel() {
        String d = doc("\"attribution\": {\"paths\": [{\"path\": [\"SEM\"], \"conversions\": 1}],"
                + " \"models\": [\"last\", \"lst\"]}");
        assertEquals("/attribution/models/1: model must be one of [first, last, last-non-direct, linear,"
                + " linear-distinct, position, markov, shapley], was \"lst\"", error(d));
    }

    @Test
    void missingCsvFileIsRejectedAtTheCsvPointer(@TempDir Path dir) {
        String d = doc("\"attribution\": {\"csv\": \"paths.csv\"}");
        assertTrue(error(d, dir).startsWith("/attribution/csv: csv file not found: \"paths.csv\""), error(d, dir));
    }

    @Test
    void absoluteOrEscapingCsvPathIsRejected(@TempDir Path dir) {
        assertTrue(error(doc("\"attribution\": {\"csv\": \"" + dir.toAbsolutePath().toString().replace("\\", "/")
                + "/p.csv\"}"), dir).startsWith("/attribution/csv: csv must be a path relative to"));
        assertTrue(error(doc("\"attribution\": {\"csv\": \"../p.csv\"}"), dir)
                .startsWith("/attribution/csv: csv must stay inside the document's directory"));
    }

    @Test
    void csvBesideTheDocumentIsReadAndItsErrorsNameTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("paths.csv"), "path,total_conversions,total_conversion_value,total_null\n"
                + "SEM > feed,3,300.00,7\nfeed,1,100.00,9\n");
        Path file = dir.resolve("review.json");
        Files.writeString(file, doc("\"attribution\": {\"csv\": \"paths.csv\", \"models\": [\"first\"]}"));
        ReviewReport r = ReviewReport.of(ReviewDocuments.read(file));
        // first touch: SEM opens the 3 conversions of "SEM > feed", feed its own 1
        assertEquals(3, r.attribution().channels().get(0).credits().get(0).conversions().doubleValue(), 0);

        Files.writeString(dir.resolve("paths.csv"), "path,total_conversions\nSEM,-3\n");
        assertTrue(error(doc("\"attribution\": {\"csv\": \"paths.csv\"}"), dir)
                .startsWith("/attribution/csv: line 2: total_conversions"), error(doc("\"attribution\": {\"csv\": \"paths.csv\"}"), dir));
    }

    @Test
    void duplicateKeyIsRejected() {
        String d = HEAD + ", \"currency\": \"CNY\"}";
        assertTrue(error(d).startsWith("/currency: Duplicate field 'currency'"), error(d));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        // the javadoc says the stream is not closed; before issue 7 the parser closed it
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(doc("").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertEquals("Acme", ReviewDocuments.read(in, Path.of(".")).organisation());
        assertFalse(closed[0]);
    }

    @Test
    void everyDecimalIsAFiniteNumberWithASaneExponent() throws IOException {
        String kpi = "\"kpis\": [{\"name\": \"sales\", \"direction\": \"HIGHER_IS_BETTER\", \"targetKind\": \"LEVEL\","
                + " \"target\": TARGET, \"actual\": 98}]";
        assertEquals("/kpis/0/target: target must be a JSON number, was a string",
                error(doc(kpi.replace("TARGET", "\"100\""))));
        assertEquals("/kpis/0/target: target must have an exponent within ±9999, was 1E-10000",
                error(doc(kpi.replace("TARGET", "1e-10000"))));
        // the limits themselves are accepted, exactly
        assertEquals(new BigDecimal("1e9999"), read(doc(kpi.replace("TARGET", "1e9999")), Path.of(".")).kpis().get(0)
                .target());
        assertEquals(new BigDecimal("1e-9999"), read(doc(kpi.replace("TARGET", "1e-9999")), Path.of(".")).kpis().get(0)
                .target());
        assertEquals("100.50", read(doc(kpi.replace("TARGET", "100.50")), Path.of(".")).kpis().get(0).target()
                .toPlainString());
    }
}
