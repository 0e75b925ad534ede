package io.kpikit.json.cli;

/**
 * The input could not be used: a missing or unreadable file, or invalid data. {@link Kpi}
 * prints the message and exits with 1.
 *
 * <p>Messages say what and where: the file and the line ({@code paths.csv: line 3: ...}) or
 * the JSON Pointer of the value.
 */
final class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and where
     * @param cause the underlying error, kept for {@code --debug}; may be null
     */
    DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
