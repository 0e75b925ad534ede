package io.kpikit.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An invalid value in a {@link ReviewDocument}, with the place of the value inside the record
 * that rejected it.
 *
 * <p>{@link #path()} is that place as a list of segments relative to the record whose
 * constructor threw: component names, list indices and map keys, each as given (a competitor
 * called {@code "A/B"} is the one segment {@code A/B}). {@link #field()} writes the same path
 * like a JSON Pointer without the leading slash, each segment escaped as RFC 6901 says
 * ({@code ~} as {@code ~0}, {@code /} as {@code ~1}): {@code "actual"}, {@code "lines/3/path"},
 * {@code "competitors/A~1B"}. A JSON reader appends the segments to the location of that
 * record to point at the offending value ({@code /budget/lines/2/actual}); it never needs to
 * split a string. The message has the usual kpikit shape, {@code <field> must be <rule>, was
 * <value>}, and names the KPI, line, channel or stage concerned.
 *
 * <pre>{@code
 * try {
 *     new ChannelInput("SEM", Money.parse("CNY -1"), Money.parse("CNY 0"), null, null);
 * } catch (ReviewInputException e) {
 *     e.field();     // "spend"
 *     e.getMessage(); // spend must be >= 0, was CNY -1 (channel "SEM")
 * }
 * }</pre>
 *
 * <p>Instances are immutable; the exception is thread-safe.
 */
public class ReviewInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 2L;

    /** The segments of the path of the offending value; an array so the exception stays serializable. */
    private final String[] segments;

    /**
     * Creates the exception for one component of the rejecting record.
     *
     * @param field the name of the offending component, such as {@code "actual"}, taken as one
     *     segment; {@code ""} for the record itself
     * @param message the message, naming the field and the value
     * @throws NullPointerException if an argument is null
     */
    public ReviewInputException(String field, String message) {
        this(segment(field), message, null);
    }

    /**
     * Creates the exception for one component of the rejecting record, for a core validation
     * error.
     *
     * @param field the name of the offending component, taken as one segment; {@code ""} for
     *     the record itself
     * @param message the message, naming the field and the value
     * @param cause the core exception
     * @throws NullPointerException if {@code field} or {@code message} is null
     */
    public ReviewInputException(String field, String message, Throwable cause) {
        this(segment(field), message, cause);
    }

    /**
     * Creates the exception for a value below the rejecting record.
     *
     * @param path the segments of the path of the offending value relative to the rejecting
     *     record, such as {@code ["lines", "3", "path"]}; empty for the record itself
     * @param message the message, naming the field and the value
     * @throws NullPointerException if an argument or a segment is null
     */
    public ReviewInputException(List<String> path, String message) {
        this(path, message, null);
    }

    /**
     * Creates the exception for a value below the rejecting record, for a core validation error.
     *
     * @param path the segments of the path of the offending value relative to the rejecting record
     * @param message the message, naming the field and the value
     * @param cause the core exception, or null
     * @throws NullPointerException if {@code path}, a segment or {@code message} is null
     */
    public ReviewInputException(List<String> path, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.segments = List.copyOf(Objects.requireNonNull(path, "path")).toArray(new String[0]);
    }

    private static List<String> segment(String field) {
        return Objects.requireNonNull(field, "field").isEmpty() ? List.of() : List.of(field);
    }

    /**
     * Returns the path of the offending value relative to the record that rejected it, one
     * segment per component name, index or map key, unescaped.
     *
     * @return the segments, such as {@code ["lines", "3", "path"]}; empty for the record itself
     */
    public List<String> path() {
        return List.of(segments);
    }

    /**
     * Returns the path of the offending value as a JSON Pointer without the leading slash,
     * each segment escaped as RFC 6901 says.
     *
     * @return the path, such as {@code "lines/3/path"} or {@code "competitors/A~1B"};
     *     {@code ""} for the record itself
     */
    public String field() {
        return pointer(List.of(segments));
    }

    /**
     * Joins segments into a JSON Pointer without the leading slash, escaping {@code ~} as
     * {@code ~0} and {@code /} as {@code ~1} in each.
     *
     * @param segments the segments
     * @return the joined, escaped path
     */
    static String pointer(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(s.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /**
     * Returns a copy whose path starts with {@code prefix}, for a record that validates its
     * parts: {@code ["lines", "3"]} and {@code ["path"]} give {@code ["lines", "3", "path"]}.
     *
     * @param prefix the segments of the path of the part, relative to the enclosing record;
     *     numbers are list indices
     * @return the exception with the longer path
     */
    ReviewInputException under(Object... prefix) {
        List<String> joined = new ArrayList<>(Fields.at(prefix));
        joined.addAll(List.of(segments));
        ReviewInputException e = new ReviewInputException(joined, getMessage(), getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
