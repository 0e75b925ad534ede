package io.kpikit.json.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kpikit.json.KpiJson;
import io.kpikit.review.ReviewReport;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Writes a {@link ReviewReport} as JSON: the report's records as Jackson writes records (one
 * property per component, in declaration order), the core value types as
 * {@link io.kpikit.json.KpiModule} writes them, indented.
 *
 * <p>Absent parts (a section the document had no input for, a figure that does not apply)
 * are left out rather than written as {@code null}; an undefined ratio or figure is written
 * as {@code {"value": null, ..., "reason": "..."}} by its serializer, so a {@code null} value
 * always comes with its reason. Amounts, ratios and the other decimals are plain decimals;
 * only a number whose plain form would be longer than
 * {@value io.kpikit.json.ser.KpiSerializer#MAX_PLAIN_LENGTH} characters (from extreme inputs
 * such as a KPI level of {@code 1e-9999}) is written, exactly, in exponent notation.
 *
 * <pre>{@code
 * String json = ReviewReports.toJson(ReviewReport.of(ReviewDocuments.read(file)));
 * // {"organisation": "Example Marketing Co.", "period": "FY2024", ..., "budget": {...}, "warnings": [...]}
 * }</pre>
 *
 * <p>This class is a static utility and thread-safe.
 */
public final class ReviewReports {

    private static final JsonMapper MAPPER = KpiJson.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("kpikit-review-report").addSerializer(BigDecimal.class,
                    DecimalSerializer.INSTANCE))
            .build();

    private ReviewReports() {
    }

    /**
     * Writes the report to a stream, which is not closed.
     *
     * @param report the report
     * @param out the stream, written as UTF-8
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static void write(ReviewReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, report);
    }

    /**
     * Returns the report as a JSON string.
     *
     * @param report the report
     * @return the JSON text
     * @throws IOException if a value cannot be written
     * @throws NullPointerException if {@code report} is null
     */
    public static String toJson(ReviewReport report) throws IOException {
        return MAPPER.writeValueAsString(Objects.requireNonNull(report, "report"));
    }
}
