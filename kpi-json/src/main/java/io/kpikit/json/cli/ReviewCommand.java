package io.kpikit.json.cli;

import com.fasterxml.jackson.core.JacksonException;
import io.kpikit.json.KpiJson;
import io.kpikit.json.review.ReviewDocuments;
import io.kpikit.json.review.ReviewReports;
import io.kpikit.review.ReviewDocument;
import io.kpikit.review.ReviewInputException;
import io.kpikit.review.ReviewReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code kpi review FILE.json [--format json|text]}: reads a review document and prints its
 * annual-review report.
 *
 * <p>The document is read with {@link ReviewDocuments} ({@code -} reads standard input) and the
 * report computed with {@link ReviewReport#of(ReviewDocument, Path)}; {@code --format json}
 * (the default) prints it with {@link ReviewReports#write}, {@code --format text} prints the
 * summary of {@link ReportText}. A relative attribution CSV path in the document is resolved
 * against the document's directory, or against the current directory when the document comes
 * from standard input.
 *
 * <p>Errors are {@link DataException}s, one line naming the file: a missing or unreadable file
 * ({@code doc.json: no such file}), or an invalid document with the JSON Pointer of the value
 * and its line and column, as {@link KpiJson#describe} words it
 * ({@code doc.json: /budget/lines/1/actual: ... (line 12, column 21)}). A message longer than
 * {@value #MAX_MESSAGE} characters (one that quotes a huge value) is cut.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReviewCommand implements Command {

    /** The longest error message printed, in characters. */
    static final int MAX_MESSAGE = 1000;

    private static final String FORMAT = "--format";

    private static final List<Option> OPTIONS = List.of(
            Option.value(FORMAT, "FORMAT", "json (the report document) or text (a summary with tables).")
                    .withChoices("json", "text").withDefault("json"));

    /**
     * Creates the command.
     */
    ReviewCommand() {
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String summary() {
        return "Compute the annual-review report of a review document";
    }

    @Override
    public String synopsis() {
        return "review FILE.json [--format json|text]";
    }

    @Override
    public String description() {
        return "FILE.json is a review document (docs/review-document.md; UTF-8, a byte order mark is\n"
                + "allowed). Use - for standard input; a relative attribution CSV path in the document\n"
                + "is then resolved against the current directory instead of the document's.\n"
                + "\n"
                + "--format json prints the report as JSON: every figure with its numerator and\n"
                + "denominator, amounts as exact decimals, undefined figures as null with a reason.\n"
                + "--format text prints a summary for a terminal: one table per section, money with\n"
                + "thousands separators, rates as percentages with one decimal, ROAS as 1:4.2, n/a for\n"
                + "an undefined figure (the warnings at the end say why).\n"
                + "\n"
                + "An invalid document is reported as FILE: /json/pointer: what was wrong (line, column).\n";
    }

    @Override
    public List<Option> options() {
        return OPTIONS;
    }

    @Override
    public void run(Arguments args, Io io) {
        List<String> files = args.positionals();
        if (files.isEmpty()) {
            throw new UsageException("FILE.json is required (a file, or - for standard input), was nothing");
        }
        if (files.size() > 1) {
            throw new UsageException("exactly one FILE.json must be given, was " + files.size() + ": "
                    + String.join(" ", files));
        }
        String file = files.get(0);
        ReviewReport report = report(file, io);
        if (args.value(FORMAT).orElseThrow().equals("text")) {
            io.out().print(ReportText.format(report));
            return;
        }
        try {
            ReviewReports.write(report, io.out());
        } catch (IOException e) {
            throw new DataException("could not write the report: " + e.getMessage(), e);
        }
        io.out().println();
    }

    private static ReviewReport report(String file, Io io) {
        String label = file.equals("-") ? "<stdin>" : file;
        try {
            Path base;
            ReviewDocument doc;
            if (file.equals("-")) {
                base = Path.of("").toAbsolutePath();
                doc = ReviewDocuments.read(io.in(), base);
            } else {
                Path path = path(file, label);
                base = path.toAbsolutePath().getParent();
                doc = ReviewDocuments.read(path);
            }
            return ReviewReport.of(doc, base);
        } catch (JacksonException e) {
            throw error(label, KpiJson.describe(e), e);
        } catch (ReviewInputException e) {
            throw error(label, "/" + e.field() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw unreadable(label, e.getCause());
        } catch (IOException e) {
            throw unreadable(label, e);
        }
    }

    private static Path path(String file, String label) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw error(label, "not a valid file name (" + e.getReason() + ")", e);
        }
        if (Files.isDirectory(path)) {
            throw error(label, "is a directory, not a review document", null);
        }
        return path;
    }

    private static DataException unreadable(String label, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else {
            why = "cannot read it (" + e + ")";
        }
        return error(label, why, e);
    }

    /** The one-line message {@code FILE: what}, control characters escaped, cut when huge. */
    private static DataException error(String label, String what, Throwable cause) {
        String line = Table.clean(label + ": " + what);
        if (line.length() > MAX_MESSAGE) {
            line = line.substring(0, MAX_MESSAGE) + "... (" + (line.length() - MAX_MESSAGE) + " more characters)";
        }
        return new DataException(line, cause);
    }
}
