package io.kpikit.json.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kpikit.json.KpiJson;
import io.kpikit.json.review.ReviewDocuments;
import io.kpikit.json.review.ReviewReports;
import io.kpikit.review.ReviewDocument;
import io.kpikit.review.ReviewInputException;
import io.kpikit.review.ReviewReport;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the review document from bytes to both outputs of {@code kpi review}, with Jazzer.
 *
 * <p>The law: {@link ReviewDocuments#read(java.io.InputStream, Path)} either returns a document
 * or throws what it documents (a {@link JacksonException} with a JSON Pointer, or, for bytes
 * that are no Unicode at all, the {@link CharConversionException} Jackson's UTF-32 decoder
 * throws, an {@link IOException}); for a document, {@link ReviewReport#of(ReviewDocument, Path)}
 * either returns a report or throws what it documents ({@link ReviewInputException},
 * {@link UncheckedIOException}); the report is written as JSON that parses back, with no
 * NaN or infinity where a number belongs, and {@link ReportText} formats it. Anything else (a
 * NullPointerException, ClassCastException, IndexOutOfBoundsException, ArithmeticException,
 * StackOverflowError...) fails the test. The directory the document is read from holds
 * {@code paths.csv}, so documents that name it reach the CSV reader too.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal build) this runs as a JUnit test on the seeds in
 * {@code src/test/resources/io/kpikit/json/cli/ReviewDocumentFuzzTestInputs/readsOrRejectsEveryDocument}
 * (the example, a document with every section, small invalid ones) and on the empty input, in
 * well under a second. To fuzz, from the repository root (see docs/fuzzing.md):
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kpi-core,kpi-json -Dtest=ReviewDocumentFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m
 * }</pre>
 * {@code jazzer.max_duration} (a system property, or the environment variable
 * {@code JAZZER_MAX_DURATION}) overrides the annotation's one minute. A failing input is saved
 * in the seed directory as {@code crash-<sha1>}, so it runs in every later build.
 */
class ReviewDocumentFuzzTest {

    /** Report keys whose value is a number (or null, or an object such as a Money), never text. */
    private static final Set<String> NUMBER_KEYS = Set.of("value", "numerator", "denominator", "amount");

    /** Reads the report back whatever its size: this checks the writer, not the limits. */
    private static final JsonMapper READ_BACK = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    static Path dir;

    @BeforeAll
    static void csv() throws IOException {
        Files.writeString(dir.resolve("paths.csv"), "path,total_conversions,total_conversion_value,total_null\n"
                + "A > B,1,10.00,0\nB,1,20.00,2\n", StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "1m")
    @DictionaryFile(resourcePath = "review-document.dict")
    void readsOrRejectsEveryDocument(byte[] input) throws IOException {
        ReviewDocument doc;
        try {
            doc = ReviewDocuments.read(new ByteArrayInputStream(input), dir);
        } catch (JacksonException e) {
            assertNotNull(KpiJson.pointer(e));
            assertNotNull(KpiJson.describe(e));
            return;
        } catch (CharConversionException e) {
            return;
        }
        ReviewReport report;
        try {
            report = ReviewReport.of(doc, dir);
        } catch (ReviewInputException | UncheckedIOException e) {
            return;
        }
        String json = ReviewReports.toJson(report);
        checkNumbers(READ_BACK.readTree(json), "");
        assertTrue(ReportText.format(report).startsWith("Annual review: "));
    }

    /** Every value under a number key is a finite number, null, or an object. */
    private static void checkNumbers(JsonNode node, String pointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), pointer + "/" + i);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode v = field.getValue();
            String at = pointer + "/" + field.getKey();
            if (NUMBER_KEYS.contains(field.getKey()) && !(v.isNull() || v.isObject()
                    || (v.isNumber() && !v.isFloatingPointNumber()) || v.isBigDecimal())) {
                fail(at + " must be a number, was " + v);
            }
            checkNumbers(v, at);
        }
    }
}
