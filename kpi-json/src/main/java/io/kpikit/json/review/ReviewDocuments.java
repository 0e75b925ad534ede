package io.kpikit.json.review;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kpikit.json.KpiJson;
import io.kpikit.review.AttributionInput;
import io.kpikit.review.ReviewDocument;
import io.kpikit.review.ReviewInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads a review document (JSON) into a {@link ReviewDocument}, strictly, with every error at
 * the JSON Pointer of the offending value.
 *
 * <p>The document is bound with Jackson's record support on a copy of {@link KpiJson#mapper()}
 * (so unknown fields, duplicate keys, wrong types, NaN, coercions and oversized input are
 * rejected as there) with one addition, a strict {@code "yyyy-MM-dd"} reader for the period's
 * dates. Validation is the core records': a value they reject comes out as a
 * {@link JsonMappingException} whose path ends at the value, so {@link KpiJson#pointer} and
 * {@link KpiJson#describe} give, for example,
 * {@code /budget/lines/3/budget: budget must be >= 0, was CNY -1 (budget line "digital/KOL")}.
 * A missing required field is reported at its own pointer ({@code /organisation: organisation
 * is required, was missing or null}); a missing required count ({@code long}) is rejected by
 * Jackson's {@code FAIL_ON_NULL_FOR_PRIMITIVES}.
 *
 * <p>Why not {@code FAIL_ON_MISSING_CREATOR_PROPERTIES}: it would require every optional
 * section and field to be written out as {@code null}; the records check their required parts
 * instead and optional parts may simply be left out. A JSON {@code null} counts as absent.
 *
 * <p>Attribution CSV ({@code "attribution": {"csv": "paths.csv"}}): the path is resolved against
 * the document's directory. Absolute paths are rejected, and so is a relative path that leaves
 * the directory ({@code "../x.csv"}): a document names files next to it, so it can be moved,
 * shared and read from an untrusted source without reaching other files. The file is read and
 * checked while the document is read (errors at {@code /attribution/csv} with the CSV line); the
 * returned document holds the resolved path, so {@link io.kpikit.review.ReviewReport#of} finds it.
 *
 * <pre>{@code
 * ReviewDocument doc = ReviewDocuments.read(Path.of("examples/annual-review-2024.json"));
 * ReviewReport report = ReviewReport.of(doc);
 * }</pre>
 *
 * <p>This class is a static utility and thread-safe.
 */
public final class ReviewDocuments {

    /** The strict mapper with the date reader; configured once, thread-safe afterwards. */
    private static final JsonMapper MAPPER = KpiJson.builder()
            .addModule(new SimpleModule("kpikit-review-dates").addDeserializer(LocalDate.class,
                    LocalDateDeserializer.INSTANCE))
            .build();

    private ReviewDocuments() {
    }

    /**
     * Reads a document file; a CSV of attribution paths is resolved against the file's directory.
     *
     * @param file the document, UTF-8 JSON
     * @return the document
     * @throws com.fasterxml.jackson.core.JacksonException if the document is malformed or
     *     invalid; {@link KpiJson#pointer} gives where
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static ReviewDocument read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path dir = file.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, dir);
        }
    }

    /**
     * Reads a document from a stream (not closed); a CSV of attribution paths is resolved against
     * {@code baseDirectory}.
     *
     * @param in the document, JSON in UTF-8, UTF-16 or UTF-32
     * @param baseDirectory the directory a relative attribution CSV path is resolved against
     * @return the document
     * @throws com.fasterxml.jackson.core.JacksonException if the document is malformed or
     *     invalid; {@link KpiJson#pointer} gives where
     * @throws IOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    public static ReviewDocument read(InputStream in, Path baseDirectory) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        ReviewDocument doc;
        try {
            doc = KpiJson.read(MAPPER, in, ReviewDocument.class);
        } catch (ValueInstantiationException e) {
            throw ReviewJsonErrors.refine(e);
        }
        AttributionInput a = doc.attribution();
        if (a == null || a.csv() == null) {
            return doc;
        }
        AttributionInput resolved = new AttributionInput(null, resolve(a.csv(), baseDirectory).toString(),
                a.separator(), a.models(), a.markovOrder(), a.direct());
        try {
            resolved.toPathSet(doc.currency(), baseDirectory);
        } catch (ReviewInputException e) {
            throw ReviewJsonErrors.at(List.of(), "attribution/" + e.field(), e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw error("cannot read csv \"" + a.csv() + "\": " + e.getCause().getMessage(), e);
        }
        return new ReviewDocument(doc.organisation(), doc.period(), doc.currency(), doc.kpis(), doc.budget(),
                doc.channels(), doc.customers(), doc.market(), doc.funnel(), resolved);
    }

    private static Path resolve(String csv, Path baseDirectory) throws JsonMappingException {
        Path relative;
        try {
            relative = Path.of(csv);
        } catch (InvalidPathException e) {
            throw error("csv must be a file path, was \"" + csv + "\"", e);
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            throw error("csv must be a path relative to the document's directory, was \"" + csv + "\"", null);
        }
        Path dir = baseDirectory.toAbsolutePath().normalize();
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir)) {
            throw error("csv must stay inside the document's directory, was \"" + csv + "\"", null);
        }
        if (!Files.isRegularFile(file)) {
            throw error("csv file not found: \"" + csv + "\" (resolved to " + file + ")", null);
        }
        return file;
    }

    private static JsonMappingException error(String message, Throwable cause) {
        return ReviewJsonErrors.at(List.of(), "attribution/csv", message, cause);
    }
}
