package io.kpikit.json.cli;

/**
 * The command line was wrong: an unknown command or option, a missing or invalid option
 * value, a missing argument. {@link Kpi} prints the message with "see kpi COMMAND --help" and
 * exits with 2.
 *
 * <p>Messages name the option and the value, in the shape
 * {@code --model must be one of first, last, ..., was "lst"}.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the option and the value
     */
    UsageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong, naming the option and the value
     * @param cause the underlying error
     */
    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
