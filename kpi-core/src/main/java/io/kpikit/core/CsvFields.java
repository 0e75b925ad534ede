package io.kpikit.core;

import java.util.List;

/**
 * Splits one line of an RFC 4180 CSV file into its fields; the one splitter behind kpikit's
 * CSV readers (the attribution paths CSV and the funnel events CSV).
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
}
