package io.kpikit.review;

import java.util.Objects;

/**
 * An invalid value in a {@link ReviewDocument}, with the place of the value inside the record
 * that rejected it.
 *
 * <p>{@link #field()} is a path relative to the record whose constructor threw, written like
 * a JSON Pointer without the leading slash: {@code "actual"}, {@code "lines/3/path"},
 * {@code "budget/lines/2/actual"}. A JSON reader appends it to the location of that record to
 * point at the offending value ({@code /budget/lines/2/actual}). The message has the usual
 * kpikit shape, {@code <field> must be <rule>, was <value>}, and names the KPI, line, channel or
 * stage concerned.
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

    private static final long serialVersionUID = 1L;

    /** The relative path of the offending value. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the path of the offending value relative to the rejecting record, such as
     *     {@code "lines/3/path"}; {@code ""} for the record itself
     * @param message the message, naming the field and the value
     * @throws NullPointerException if an argument is null
     */
    public ReviewInputException(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Creates the exception for a core validation error.
     *
     * @param field the path of the offending value relative to the rejecting record
     * @param message the message, naming the field and the value
     * @param cause the core exception
     * @throws NullPointerException if {@code field} or {@code message} is null
     */
    public ReviewInputException(String field, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Returns the path of the offending value relative to the record that rejected it.
     *
     * @return the path, such as {@code "lines/3/path"}; {@code ""} for the record itself
     */
    public String field() {
        return field;
    }

    /**
     * Returns a copy whose field is prefixed with {@code prefix}, for a record that validates
     * its parts: {@code "lines/3"} and {@code "path"} give {@code "lines/3/path"}.
     *
     * @param prefix the path of the part, relative to the enclosing record
     * @return the exception with the longer path
     */
    ReviewInputException under(String prefix) {
        String joined = field.isEmpty() ? prefix : prefix + "/" + field;
        ReviewInputException e = new ReviewInputException(joined, getMessage(), getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
