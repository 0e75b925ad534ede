package io.kpikit.json.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text table for a terminal: a header row, a rule of dashes under it, and rows whose cells
 * are padded to the widest cell of their column, left- or right-aligned.
 *
 * <p>Columns are separated by two spaces and every line is padded to the same width, so the
 * columns line up whatever the content. Widths are display widths: East Asian wide and
 * fullwidth characters (CJK, Hangul, fullwidth forms) count as two columns, combining marks
 * as none. A control character in a cell (a line break, a tab, an escape sequence from a
 * hostile document) is printed as a visible {@code \\uXXXX} escape, so a cell is always one
 * line and cannot move the cursor. {@link #rule()} adds a line of dashes between rows, for
 * example above a total.
 *
 * <pre>{@code
 * Table t = new Table().left("channel").right("spend (CNY)");
 * t.row("SEM", "1,600,000.00").row("feed", "1,200,000.00");
 * t.render("  ");
 * //   channel   spend (CNY)
 * //   -------  ------------
 * //   SEM      1,600,000.00
 * //   feed     1,200,000.00
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe.
 */
final class Table {

    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    /** The rows; null stands for a rule. */
    private final List<String[]> rows = new ArrayList<>();

    /**
     * Creates a table without columns.
     */
    Table() {
    }

    /**
     * Adds a left-aligned column, for names and words.
     *
     * @param header the column header
     * @return this table
     */
    Table left(String header) {
        return column(header, false);
    }

    /**
     * Adds a right-aligned column, for numbers.
     *
     * @param header the column header
     * @return this table
     */
    Table right(String header) {
        return column(header, true);
    }

    private Table column(String header, boolean right) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("columns must be added before rows");
        }
        headers.add(clean(Objects.requireNonNull(header, "header")));
        rightAligned.add(right);
        return this;
    }

    /**
     * Adds a row; a null cell is printed empty.
     *
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row must have " + headers.size() + " cells, was " + cells.length);
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : clean(cells[i]);
        }
        rows.add(row);
        return this;
    }

    /**
     * Adds a rule, a line of dashes under every column, before the next row.
     *
     * @return this table
     */
    Table rule() {
        rows.add(null);
        return this;
    }

    /**
     * Tells whether the table has rows.
     *
     * @return true if no row was added
     */
    boolean isEmpty() {
        return rows.stream().allMatch(Objects::isNull);
    }

    /**
     * Renders the table, every line starting with {@code indent} and ending in {@code \n}.
     *
     * @param indent the text before each line, such as two spaces
     * @return the lines; all have the same display width
     */
    String render(String indent) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
        }
        for (String[] row : rows) {
            for (int c = 0; row != null && c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, indent, headers.toArray(new String[0]), widths);
        line(sb, indent, null, widths);
        for (String[] row : rows) {
            line(sb, indent, row, widths);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, String indent, String[] cells, int[] widths) {
        sb.append(indent);
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                sb.append(GAP);
            }
            if (cells == null) {
                sb.append("-".repeat(widths[c]));
                continue;
            }
            String pad = " ".repeat(widths[c] - width(cells[c]));
            if (rightAligned.get(c)) {
                sb.append(pad).append(cells[c]);
            } else {
                sb.append(cells[c]).append(pad);
            }
        }
        sb.append('\n');
    }

    /**
     * Returns the text with every control character replaced by a visible escape.
     *
     * @param text the text
     * @return the text on one line, safe to print on a terminal
     */
    static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = Character.isISOControl(ch) || Character.getType(ch) == Character.FORMAT
                    || ch == '\u2028' || ch == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                sb.append(String.format("\\u%04X", (int) ch));
            } else if (sb != null) {
                sb.append(ch);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Returns the number of terminal columns the text takes.
     *
     * @param text text without control characters (see {@link #clean})
     * @return its display width
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11), the common ones. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
