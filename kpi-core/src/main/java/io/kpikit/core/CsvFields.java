package io.kpikit.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Splits one line of an RFC 4180 CSV file into its fields; the one splitter behind kpikit's
 * CSV readers (the attribution paths CSV and the funnel events CSV), whose data rows
 * {@link Rows} reads after the header (blank lines skipped, field count checked).
 *
 * <p>Fields are separated by commas. A field that starts with a double quote runs to the
 * next lone double quote, may hold commas, and writes a double quote as two ({@code ""});
 * it must be followed by a comma or the end of the line. Unquoted fields are taken as they
 * are, spaces included. Line breaks inside quoted fields are not supported: the readers
 * read line by line.
 *
 * <pre>{@code
 * List<String> fields = new ArrayList<>();
 * CsvFields.split("\"SEM, brand > feed\",3,12.50", 2, fields);
 * // fields = ["SEM, brand > feed", "3", "12.50"]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /**
     * Appends the fields of {@code line} to {@code out}.
     *
     * @param line the line, without its line break
     * @param lineNo the 1-based line number, for messages
     * @param out the list the fields are appended to
     * @throws IllegalArgumentException if a quoted field is not closed, or is followed by
     *     something other than a comma; the message names the line number and the line
     */
    public static void split(String line, int lineNo, List<String> out) {
        int n = line.length();
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("line " + lineNo + ": quoted field must be closed, was \""
                                + line + "\"");
                    }
                    char ch = line.charAt(i++);
                    if (ch != '"') {
                        sb.append(ch);
                    } else if (i < n && line.charAt(i) == '"') {
                        sb.append('"'); // "" inside quotes is one quote
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(sb.toString());
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("line " + lineNo + ": a quoted field must be followed by a"
                            + " comma, was \"" + line + "\"");
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                out.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return;
            }
            i++; // the comma
        }
    }

    /**
     * Reads the data rows that follow a CSV header, one at a time: blank lines are skipped,
     * each row is split with {@link CsvFields#split} and must have as many fields as the
     * header. Line numbers count from the header (line 1), blank lines included, so messages
     * point at the line an editor shows.
     *
     * <pre>{@code
     * CsvFields.Rows rows = new CsvFields.Rows(reader, header.size());
     * List<String> fields = new ArrayList<>();
     * while (rows.next(fields)) {
     *     use(fields, rows.lineNo());   // "line 7: ..." in the caller's messages
     * }
     * }</pre>
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Rows {

        private final BufferedReader in;
        private final int columns;
        private int lineNo = 1;

        /**
         * Creates a reader of the rows after a header that has been read already.
         *
         * @param in the reader, positioned after the header line
         * @param columns the number of fields of the header, {@code >= 1}
         * @throws IllegalArgumentException if {@code columns < 1}
         * @throws NullPointerException if {@code in} is null
         */
        public Rows(BufferedReader in, int columns) {
            this.in = Objects.requireNonNull(in, "in");
            this.columns = (int) Checks.positive(columns, "columns");
        }

        /**
         * Reads the next non-blank row into {@code fields}, which is cleared first.
         *
         * @param fields the list the row's fields replace
         * @return {@code false} at the end of the input
         * @throws IllegalArgumentException if the row has another number of fields than the
         *     header ("line 3: row must have 4 fields, was 3") or a quoted field is malformed
         * @throws IOException if reading fails
         */
        public boolean next(List<String> fields) throws IOException {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                fields.clear();
                split(line, lineNo, fields);
                if (fields.size() != columns) {
                    throw new IllegalArgumentException("line " + lineNo + ": row must have " + columns
                            + " fields, was " + fields.size());
                }
                return true;
            }
            return false;
        }

        /**
         * Returns the 1-based line number of the row last read (1 before the first).
         *
         * @return the line number
         */
        public int lineNo() {
            return lineNo;
        }
    }
}
