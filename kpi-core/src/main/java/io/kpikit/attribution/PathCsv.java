package io.kpikit.attribution;

import io.kpikit.core.CsvFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Reads aggregated paths from the common CSV export format
 * ({@code path,total_conversions,total_conversion_value,total_null}).
 *
 * <p>The first line is a header naming the columns, in any order: {@code path} and
 * {@code total_conversions} are required, {@code total_conversion_value} and
 * {@code total_null} are optional (zero when absent). Channels in {@code path} are joined by
 * a separator, {@code " > "} by default or any non-empty string; white space around the
 * separator is optional and spaces around each name are trimmed. A field may be quoted with double quotes ({@code ""} inside quotes is one quote).
 * Blank lines are skipped. Values are read exactly as decimals.
 *
 * <pre>{@code
 * path,total_conversions,total_conversion_value,total_null
 * Search > Email,3,300.00,7
 * Social,0,0,12
 * }</pre>
 *
 * <p>An empty path, an empty channel name, a missing, non-numeric, non-finite or negative
 * number, a value on a row without conversions, or a row with the wrong number of fields is
 * an {@link IllegalArgumentException} whose message starts with the line number
 * ({@code "line 3: total_conversions must be a number, was \"x\""}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PathCsv {

    /** The default channel separator. */
    public static final String DEFAULT_SEPARATOR = " > ";

    private PathCsv() {
    }

    /**
     * Reads paths with the default separator.
     *
     * @param reader the CSV text
     * @param currency the currency of the conversion values
     * @return the paths
     * @throws IllegalArgumentException if the text is not valid, naming the line
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public static PathSet read(Reader reader, Currency currency) {
        return read(reader, currency, DEFAULT_SEPARATOR);
    }

    /**
     * Reads paths from a UTF-8 file.
     *
     * @param file the CSV file
     * @param currency the currency of the conversion values
     * @param separator the channel separator, not empty
     * @return the paths
     * @throws IllegalArgumentException if the text is not valid, naming the line
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public static PathSet read(Path file, Currency currency, String separator) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, currency, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads paths with the given separator.
     *
     * @param reader the CSV text
     * @param currency the currency of the conversion values
     * @param separator the channel separator, not empty
     * @return the paths
     * @throws IllegalArgumentException if the text is not valid, naming the line
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public static PathSet read(Reader reader, Currency currency, String separator) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(separator, "separator");
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("separator must not be empty, was \"\"");
        }
        PathSet.Builder builder = PathSet.builder(currency);
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16);
        try {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException("line 1: header must name the columns path,total_conversions,"
                        + "total_conversion_value,total_null, was empty");
            }
            List<String> fields = new ArrayList<>();
            CsvFields.split(stripBom(header), 1, fields);
            int pathCol = -1;
            int convCol = -1;
            int valueCol = -1;
            int nullCol = -1;
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i).trim();
                if (name.equals("path")) {
                    pathCol = i;
                } else if (name.equals("total_conversions")) {
                    convCol = i;
                } else if (name.equals("total_conversion_value")) {
                    valueCol = i;
                } else if (name.equals("total_null")) {
                    nullCol = i;
                } else {
                    throw new IllegalArgumentException("line 1: column must be one of path, total_conversions, "
                            + "total_conversion_value, total_null, was \"" + name + "\"");
                }
            }
            if (pathCol < 0 || convCol < 0) {
                throw new IllegalArgumentException("line 1: header must have columns path and total_conversions, was \""
                        + header + "\"");
            }
            CsvFields.Rows rows = new CsvFields.Rows(in, fields.size());
            while (rows.next(fields)) {
                int lineNo = rows.lineNo();
                String path = fields.get(pathCol);
                if (path.isBlank()) {
                    throw new IllegalArgumentException("line " + lineNo + ": path must not be empty, was \"" + path + "\"");
                }
                double conv = number(fields.get(convCol), "total_conversions", lineNo);
                double nul = nullCol < 0 ? 0 : number(fields.get(nullCol), "total_null", lineNo);
                BigDecimal value = valueCol < 0 ? BigDecimal.ZERO : decimal(fields.get(valueCol), lineNo);
                try {
                    builder.add(path, separator, conv, value, nul);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static double number(String text, String field, int lineNo) {
        String t = text.trim();
        double d;
        try {
            d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": " + field + " must be a number, was \"" + text + "\"", e);
        }
        if (!Double.isFinite(d) || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
            throw new IllegalArgumentException("line " + lineNo + ": " + field + " must be a finite number, was \"" + text + "\"");
        }
        if (d < 0) {
            throw new IllegalArgumentException("line " + lineNo + ": " + field + " must be >= 0, was " + t);
        }
        return d;
    }

    private static BigDecimal decimal(String text, int lineNo) {
        String t = text.trim();
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": total_conversion_value must be a number, was \""
                    + text + "\"", e);
        }
        if (Math.abs((long) d.scale()) > 64 || d.precision() - d.scale() > 40) {
            throw new IllegalArgumentException("line " + lineNo + ": total_conversion_value must have at most 40 digits"
                    + " and 64 decimal places, was \"" + text + "\"");
        }
        if (d.signum() < 0) {
            throw new IllegalArgumentException("line " + lineNo + ": total_conversion_value must be >= 0, was " + t);
        }
        return d;
    }

}
