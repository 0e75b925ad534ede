package io.kpikit.json.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code kpi --help} and {@code kpi COMMAND --help}, built from the commands'
 * own descriptions and options so that help lists every option there is.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Help {

    /** The options every command accepts, handled by {@link Kpi}. */
    static final List<Option> COMMON = List.of(
            Option.flag("--help", "Print this help and exit."),
            Option.flag("--debug", "After an error message, print the full stack trace."));

    /** The exit codes, as help and the docs state them. */
    static final String EXIT_CODES = "Exit codes: 0 success; 1 invalid data or a missing or unreadable file (the\n"
            + "message says what and where: file and line, or JSON Pointer); 2 usage error\n"
            + "(unknown command or option, missing or bad option value).\n";

    private Help() {
    }

    /**
     * Returns the text of {@code kpi --help}.
     *
     * @param commands the commands, in the order to list them
     * @return the text, lines ending in {@code \n}
     */
    static String global(List<Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: kpi [--debug] COMMAND [OPTIONS] [ARGS]\n");
        sb.append("       kpi --help | --version\n\n");
        sb.append("Computes the numbers of a marketing annual review with kpikit.\n\n");
        sb.append("Commands:\n");
        List<String[]> rows = new ArrayList<>();
        for (Command c : commands) {
            rows.add(new String[] {c.name(), c.summary() + "."});
        }
        table(sb, rows);
        sb.append("\nGlobal options:\n");
        table(sb, List.of(
                new String[] {"--help", "Print this help and exit."},
                new String[] {"--version", "Print the version and exit."},
                new String[] {"--debug", "After an error message, print the full stack trace\n(also accepted after the command)."}));
        sb.append("\nRun 'kpi COMMAND --help' for the arguments and options of a command.\n");
        sb.append("Results go to stdout and messages to stderr, both in UTF-8.\n\n");
        sb.append(EXIT_CODES);
        return sb.toString();
    }

    /**
     * Returns the text of {@code kpi COMMAND --help}.
     *
     * @param command the command
     * @return the text, lines ending in {@code \n}
     */
    static String command(Command command) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: kpi ").append(command.synopsis()).append("\n\n");
        sb.append(command.summary()).append(".\n\n");
        sb.append(command.description());
        if (!command.description().endsWith("\n")) {
            sb.append('\n');
        }
        sb.append("\nOptions:\n");
        List<String[]> rows = new ArrayList<>();
        List<Option> all = new ArrayList<>(command.options());
        all.addAll(COMMON);
        for (Option o : all) {
            String left = o.takesValue() ? o.name() + " " + o.valueName() : o.name();
            String right = o.description();
            if (o.defaultValue() != null) {
                right += " Default: " + (o.defaultValue().isBlank() || !o.defaultValue().strip().equals(o.defaultValue())
                        ? Arguments.quote(o.defaultValue()) : o.defaultValue()) + ".";
            }
            rows.add(new String[] {left, right});
        }
        table(sb, rows);
        sb.append("\nAn option's value may also be written --option=value.\n\n");
        sb.append(EXIT_CODES);
        return sb.toString();
    }

    /** Two columns: the left one padded to the widest entry, the right one's lines aligned. */
    private static void table(StringBuilder sb, List<String[]> rows) {
        int width = 0;
        for (String[] r : rows) {
            width = Math.max(width, r[0].length());
        }
        String pad = " ".repeat(width + 4);
        for (String[] r : rows) {
            sb.append("  ").append(r[0]).append(" ".repeat(width - r[0].length() + 2));
            sb.append(r[1].replace("\n", "\n" + pad)).append('\n');
        }
    }
}
