package io.kpikit.json.review;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kpikit.json.KpiJson;
import io.kpikit.review.AttributionInput;
import io.kpikit.review.FunnelInput;
import io.kpikit.review.ReviewDocument;
import io.kpikit.review.ReviewInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a review document (JSON) into a {@link ReviewDocument}, strictly, with every error at
 * the JSON Pointer of the offending value.
 *
 * <p>The document is bound with Jackson's record support on a copy of {@link KpiJson#mapper()}
 * (so unknown fields, duplicate keys, wrong types, NaN, coercions and oversized input are
 * rejected as there) with three additions, a strict {@code "yyyy-MM-dd"} reader for the period's
 * dates, a strict ISO-8601 reader for durations ({@code "P7D"}), and the rule of kpikit's
 * amounts for every other number read as a {@link BigDecimal} (KPI levels and weights, market
 * sales, the gross margin...): an exponent beyond &plusmn;{@value KpiJson#MAX_EXPONENT}
 * ({@code 1e999999999}) is rejected at its pointer. Validation is the core
 * records': a value they reject comes out as a {@link JsonMappingException} whose path ends at
 * the value, built from the record's path segments (a competitor {@code "A/B"} is
 * {@code /market/competitors/A~1B}), so {@link KpiJson#pointer} and {@link KpiJson#describe}
 * give, for example,
 * {@code /budget/lines/3/budget: budget must be >= 0, was CNY -1 (budget line "digital/KOL")}.
 * A missing required field, counts ({@code long}) included, is reported at its own pointer
 * ({@code /organisation: organisation is required, was missing or null}).
 *
 * <p>Null: a JSON {@code null} for an optional property counts as absent (the schema allows it
 * there); for a required property it is "required, was missing or null"; a {@code null} list
 * element or map value is rejected at its pointer. Why not
 * {@code FAIL_ON_MISSING_CREATOR_PROPERTIES}: it would require every optional section and field
 * to be written out as {@code null}; the records check their required parts instead and
 * optional parts may simply be left out.
 *
 * <p>Files named by the document, the attribution CSV ({@code "attribution": {"csv":
 * "paths.csv"}}) and the funnel's events CSV ({@code "funnel": {"events": "events.csv", ...}}),
 * are resolved against the document's directory. Absolute paths are rejected, and so is a
 * relative path that leaves the directory ({@code "../x.csv"}): a document names files next to
 * it, so it can be moved, shared and read from an untrusted source without reaching other
 * files. Each file is read and checked while the document is read (errors at
 * {@code /attribution/csv} or {@code /funnel/events} with the CSV line); the returned document
 * holds the resolved paths, so {@link io.kpikit.review.ReviewReport#of} finds them.
 *
 * <pre>{@code
 * ReviewDocument doc = ReviewDocuments.read(Path.of("examples/annual-review-2024.json"));
 * ReviewReport report = ReviewReport.of(doc);
 * }</pre>
 *
 * <p>This class is a static utility and thread-safe.
 */
public final class ReviewDocuments {

    /**
     * The strict mapper with the date, duration and decimal readers; configured once, thread-safe
     * afterwards.
     */
    private static final JsonMapper MAPPER = KpiJson.builder()
            .addModule(new SimpleModule("kpikit-review")
                    .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE)
                    .addDeserializer(Duration.class, DurationDeserializer.INSTANCE)
                    .addDeserializer(BigDecimal.class, DecimalDeserializer.INSTANCE))
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
        } catch (MismatchedInputException e) {
            throw missingCount(e);
        }
        AttributionInput a = doc.attribution();
        if (a != null && a.csv() != null) {
            List<String> at = List.of("attribution", "csv");
            a = new AttributionInput(null, resolve(a.csv(), baseDirectory, at).toString(), a.separator(), a.models(),
                    a.markovOrder(), a.direct());
            try {
                a.toPathSet(doc.currency(), baseDirectory);
            } catch (ReviewInputException e) {
                throw ReviewJsonErrors.at(List.of(), prefixed("attribution", e), e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw error(at, "cannot read csv \"" + a.csv() + "\": " + e.getCause().getMessage(), e);
            }
        }
        FunnelInput f = doc.funnel();
        if (f != null && f.events() != null) {
            List<String> at = List.of("funnel", "events");
            f = new FunnelInput(null, null, resolve(f.events(), baseDirectory, at).toString(), f.steps(), f.order(),
                    f.conversionWindow());
            try {
                f.toFunnel(baseDirectory);
            } catch (ReviewInputException e) {
                throw ReviewJsonErrors.at(List.of(), prefixed("funnel", e), e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw error(at, "cannot read events \"" + f.events() + "\": " + e.getCause().getMessage(), e);
            }
        }
        if (a == doc.attribution() && f == doc.funnel()) {
            return doc;
        }
        return new ReviewDocument(doc.organisation(), doc.period(), doc.currency(), doc.kpis(), doc.budget(),
                doc.channels(), doc.customers(), doc.market(), f, a);
    }

    private static List<String> prefixed(String section, ReviewInputException e) {
        List<String> out = new ArrayList<>();
        out.add(section);
        out.addAll(e.path());
        return out;
    }

    /**
     * A missing or null required count ({@code long}) fails in Jackson before the record sees
     * it, as "Cannot map `null` into type `long`"; this says which field is required instead.
     */
    private static JsonMappingException missingCount(MismatchedInputException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Cannot map `null` into type") || path.isEmpty()
                || path.get(path.size() - 1).getFieldName() == null) {
            return e;
        }
        String field = path.get(path.size() - 1).getFieldName();
        return ReviewJsonErrors.at(path, List.of(), field + " is required, was missing or null", e);
    }

    /** Resolves a file named by the document: relative, inside the document's directory, existing. */
    private static Path resolve(String name, Path baseDirectory, List<String> at) throws JsonMappingException {
        String field = at.get(at.size() - 1);
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw error(at, field + " must be a file path, was \"" + name + "\"", e);
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            throw error(at, field + " must be a path relative to the document's directory, was \"" + name + "\"", null);
        }
        Path dir = baseDirectory.toAbsolutePath().normalize();
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir)) {
            throw error(at, field + " must stay inside the document's directory, was \"" + name + "\"", null);
        }
        if (!Files.isRegularFile(file)) {
            throw error(at, field + " file not found: \"" + name + "\" (resolved to " + file + ")", null);
        }
        return file;
    }

    private static JsonMappingException error(List<String> at, String message, Throwable cause) {
        return ReviewJsonErrors.at(List.of(), at, message, cause);
    }
}
