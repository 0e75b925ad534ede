package io.kpikit.json.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@code kpi} command line: {@code kpi [--debug] COMMAND [OPTIONS] [ARGS]}.
 *
 * <p>{@code kpi --help} lists the commands, {@code kpi COMMAND --help} describes every option
 * of one, {@code kpi --version} prints the version. A command's result goes to stdout; an
 * error is one line on stderr, {@code kpi COMMAND: what was wrong}, and the exit code says
 * what kind of error it was:
 * <ul>
 *   <li>0: success;</li>
 *   <li>1: the input could not be used: invalid data (with its file and line, or JSON
 *       Pointer), a missing or unreadable file, or output that could not be written;</li>
 *   <li>2: a usage error: unknown command or option, missing or invalid option value; the
 *       line ends with {@code see kpi COMMAND --help}.</li>
 * </ul>
 * No stack trace is printed unless {@code --debug} is given (before or after the command),
 * in which case the full trace follows the message.
 *
 * <pre>{@code
 * kpi review examples/annual-review-2024.json --format text
 * kpi attribute paths.csv --model markov --order 2
 * kpi attribute - --model=linear --format json < paths.csv
 * }</pre>
 *
 * <p>{@link #run(String[], PrintStream, PrintStream)} is the whole program without
 * {@code System.exit}, for tests and for embedding. This class is stateless and thread-safe.
 */
public final class Kpi {

    /** The commands, in the order {@code kpi --help} lists them. */
    private static final List<Command> COMMANDS = List.of(new ReviewCommand(), new AttributeCommand());

    private static final String DEBUG = "--debug";

    private Kpi() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code. Output is UTF-8.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, new Io(System.in, out, err));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with standard input {@link System#in}, without exiting.
     *
     * @param args the command-line arguments
     * @param out where results go
     * @param err where error messages (and, with {@code --debug}, stack traces) go
     * @return the exit code: 0 success, 1 invalid data or unreadable input, 2 usage error
     * @throws NullPointerException if an argument is null
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Io(System.in, out, err));
    }

    /**
     * Runs the command line with the given streams, without exiting.
     *
     * @param args the command-line arguments
     * @param io the streams
     * @return the exit code: 0 success, 1 invalid data or unreadable input, 2 usage error
     */
    static int run(String[] args, Io io) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(io, "io");
        List<String> words = new ArrayList<>(Arrays.asList(args));
        boolean debug = removeDebug(words);
        if (words.isEmpty()) {
            return usage(io, "kpi", "a command is required: one of " + names(), null, debug);
        }
        String first = words.get(0);
        if (first.equals("--help")) {
            io.out().print(Help.global(COMMANDS));
            return finish(io, "kpi", debug);
        }
        if (first.equals("--version")) {
            io.out().println("kpi " + version());
            return finish(io, "kpi", debug);
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(first)).findFirst().orElse(null);
        if (command == null) {
            String message = first.startsWith("-")
                    ? "unknown option " + Arguments.quote(first) + " before the command; global options are --help, --version, --debug"
                    : "command must be one of " + names() + ", was " + Arguments.quote(first);
            return usage(io, "kpi", message, null, debug);
        }
        String prefix = "kpi " + command.name();
        List<String> rest = words.subList(1, words.size());
        int end = rest.indexOf("--");
        if ((end < 0 ? rest : rest.subList(0, end)).contains("--help")) {
            io.out().print(Help.command(command));
            return finish(io, prefix, debug);
        }
        try {
            List<Option> options = new ArrayList<>(command.options());
            options.addAll(Help.COMMON);
            command.run(Arguments.parse(options, rest), io);
            return finish(io, prefix, debug);
        } catch (UsageException e) {
            return usage(io, prefix, e.getMessage(), e, debug);
        } catch (DataException e) {
            return fail(io, prefix + ": " + e.getMessage(), e, debug, 1);
        } catch (OutOfMemoryError e) {
            return fail(io, prefix + ": out of memory; give java more heap, for example KPI_JAVA_OPTS=-Xmx4g ./kpi ...", e, debug, 1);
        } catch (RuntimeException | Error e) {
            return fail(io, prefix + ": internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"),
                    e, debug, 1);
        }
    }

    /** Removes every --debug before a "--" and tells whether there was one. */
    private static boolean removeDebug(List<String> words) {
        int end = words.indexOf("--");
        List<String> options = end < 0 ? words : words.subList(0, end);
        return options.removeIf(DEBUG::equals);
    }

    private static int finish(Io io, String prefix, boolean debug) {
        io.out().flush();
        if (io.out().checkError()) {
            return fail(io, prefix + ": could not write the output (standard output closed or full)", null, debug, 1);
        }
        return 0;
    }

    private static int usage(Io io, String prefix, String message, Throwable cause, boolean debug) {
        String help = prefix.equals("kpi") ? "kpi --help" : prefix + " --help";
        return fail(io, prefix + ": " + message + "; see " + help, cause, debug, 2);
    }

    private static int fail(Io io, String line, Throwable cause, boolean debug, int code) {
        io.err().println(line.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        if (debug && cause != null) {
            cause.printStackTrace(io.err());
        }
        io.err().flush();
        return code;
    }

    private static String names() {
        return String.join(", ", COMMANDS.stream().map(Command::name).toList());
    }

    /**
     * Returns the version from the jar manifest ({@code Implementation-Version}), or
     * {@code "(development build)"} when not run from the kpi jar.
     */
    private static String version() {
        String v = Kpi.class.getPackage().getImplementationVersion();
        return v == null ? "(development build: not run from kpi.jar)" : v;
    }
}
