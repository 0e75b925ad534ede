package io.kpikit.json.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The standard streams a command runs with: tests pass in-memory streams, {@link Kpi#main}
 * the process's own.
 *
 * @param in standard input, read when a file argument is {@code -}
 * @param out standard output, for results only
 * @param err standard error, for the one-line error message (and the trace with {@code --debug})
 */
record Io(InputStream in, PrintStream out, PrintStream err) {

    /**
     * Validates the streams.
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @throws NullPointerException if a stream is null
     */
    Io {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
