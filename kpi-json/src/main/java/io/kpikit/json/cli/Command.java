package io.kpikit.json.cli;

import java.util.List;

/**
 * One {@code kpi} command, such as {@code attribute}: its name, its help and what it does.
 *
 * <p>{@link Kpi} handles {@code --help} and {@code --debug} for every command, parses the
 * rest with {@link Arguments#parse} against {@link #options()}, calls {@link #run} and maps
 * its exceptions to exit codes: {@link UsageException} to 2, {@link DataException} to 1.
 * A command writes its result to {@link Io#out()} only and never calls {@code System.exit}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
interface Command {

    /**
     * Returns the name typed after {@code kpi}.
     *
     * @return the name, such as {@code attribute}
     */
    String name();

    /**
     * Returns a one-line summary for {@code kpi --help}.
     *
     * @return the summary, without a final period
     */
    String summary();

    /**
     * Returns the usage line without the leading {@code kpi }, for example
     * {@code attribute PATHS.csv --model NAME [OPTIONS]}.
     *
     * @return the synopsis
     */
    String synopsis();

    /**
     * Returns the paragraphs of {@code kpi COMMAND --help} between the usage line and the
     * options: what the command reads, computes and prints.
     *
     * @return the description, lines separated by {@code \n}
     */
    String description();

    /**
     * Returns the options the command accepts, in the order help lists them
     * ({@code --help} and {@code --debug} are added by {@link Kpi}).
     *
     * @return the options
     */
    List<Option> options();

    /**
     * Runs the command.
     *
     * @param args the parsed arguments
     * @param io the streams to read from and write to
     * @throws UsageException if the arguments do not fit together (exit code 2)
     * @throws DataException if the input cannot be used (exit code 1)
     */
    void run(Arguments args, Io io);
}
