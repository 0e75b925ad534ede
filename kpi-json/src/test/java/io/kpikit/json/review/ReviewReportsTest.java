package io.kpikit.json.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kpikit.review.ReviewReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewReportsTest {

    private static JsonNode exampleReport() throws Exception {
        ReviewReport report = ReviewReport.of(ReviewDocuments.read(AnnualReviewExampleTest.EXAMPLE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewReports.write(report, out);
        assertEquals(ReviewReports.toJson(report), out.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        node.properties().forEach(e -> {
            keys.add(e.getKey());
            collectKeys(e.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(n -> collectKeys(n, keys));
        }
    }

    @Test
    void reportHasTheHeaderEverySectionAndTheWarningsInOrder() throws Exception {
        List<String> top = new ArrayList<>();
        exampleReport().properties().forEach(e -> top.add(e.getKey()));
        assertEquals(List.of("organisation", "period", "start", "end", "currency", "attainment", "growth", "roi",
                "customers", "market", "funnel", "budget", "attribution", "warnings"), top);
    }

    @Test
    void recordsAreWrittenByTheirComponentsOnlyAndAbsentPartsAreLeftOut() throws Exception {
        JsonNode r = exampleReport();
        List<String> keys = new ArrayList<>();
        collectKeys(r, keys);
        // Jackson would add a property for an isX()/getX() method of a record; there is none
        assertFalse(keys.contains("defined"));
        // the KPI without a target has no attainment key at all, not "attainment": null
        JsonNode exposure = r.path("attainment").path("kpis").get(4);
        assertEquals("exposure", exposure.path("name").asText());
        assertFalse(exposure.has("attainment"));
        // amounts are plain decimals with their scale
        String text = ReviewReports.toJson(ReviewReport.of(ReviewDocuments.read(AnnualReviewExampleTest.EXAMPLE)));
        assertTrue(text.contains("\"amount\" : 9500000.00,"), "amounts keep their scale");
        assertFalse(text.contains("E+"), "no exponents");
        assertTrue(r.path("roi").path("channels").get(0).path("roas").has("numerator"));
    }

    @Test
    void inputRecordHelperMethodsAreNotProperties() {
        // customersAtEnd() is a method of CustomerInput, not a component: the reader rejects it
        String json = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY\", \"year\": 2024},"
                + " \"currency\": \"CNY\", \"customers\": {\"customersAtStart\": 1, \"newCustomers\": 0,"
                + " \"lostCustomers\": 0, \"customersAtEnd\": 1}}";
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> ReviewDocuments.read(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), java.nio.file.Path.of(".")));
        assertTrue(e.getMessage().startsWith("Unrecognized field \"customersAtEnd\""), e.getMessage());
    }

    @Test
    void extremeDecimalsAreWrittenExactlyAndReadBack() throws Exception {
        // a points target of 1e-9999 points: target level = 0.2 + 1e-9999 / 100, scale 10001, beyond
        // what Jackson writes in plain notation (±9999); before issue 7 writing the report threw
        String json = "{\"organisation\": \"Acme\", \"period\": {\"label\": \"FY\", \"year\": 2024},"
                + " \"currency\": \"CNY\", \"kpis\": [{\"name\": \"share\", \"direction\": \"HIGHER_IS_BETTER\","
                + " \"targetKind\": \"POINTS\", \"base\": 0.2, \"target\": 1e-9999, \"actual\": 0.26},"
                + " {\"name\": \"reach\", \"direction\": \"HIGHER_IS_BETTER\", \"targetKind\": \"LEVEL\","
                + " \"target\": 1e9999, \"actual\": 1}]}";
        ReviewReport report = ReviewReport.of(ReviewDocuments.read(new java.io.ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), java.nio.file.Path.of(".")));
        String text = ReviewReports.toJson(report);
        // the 10,003-digit level is longer than Jackson reads by default
        ObjectMapper lenient = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints
                .builder().maxNumberLength(Integer.MAX_VALUE).build()).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        JsonNode kpis = lenient.readTree(text).path("attainment").path("kpis");
        BigDecimal level = new BigDecimal("0.2").add(new BigDecimal("1e-10001"));
        assertEquals(0, level.compareTo(kpis.get(0).path("targetLevel").decimalValue()));
        // 1e9999 has 10,000 digits in plain notation: written as 1E+9999, exactly the same number
        assertTrue(text.contains("\"target\" : 1E+9999,"), text.substring(0, Math.min(2000, text.length())));
        assertEquals(0, new BigDecimal("1e9999").compareTo(kpis.get(1).path("target").decimalValue()));
    }
}
