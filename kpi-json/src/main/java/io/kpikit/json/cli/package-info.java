/**
 * The {@code kpi} command line: {@link io.kpikit.json.cli.Kpi} parses the global options,
 * picks a command and turns every failure into one line on stderr and an exit code.
 *
 * <p>Each command is one class implementing the package-private {@code Command} interface
 * (its name, a one-line summary, its {@code Option}s and what it does); adding a command is
 * one class and one entry in {@code Kpi}'s command list. Options are parsed by hand
 * ({@code --opt value} and {@code --opt=value}, no short forms, each option at most once),
 * so the jar needs nothing beyond kpi-core and Jackson. {@code kpi review --format text} is
 * formatted by {@code ReportText} and {@code MarketText}, which build {@code Table}s of cells
 * that {@code ReportCells} formats (money, percentages, {@code n/a} with the reason kept).
 *
 * <p>Exit codes: 0 success; 1 the input could not be used (invalid data with its file and
 * line or JSON Pointer, a missing or unreadable file); 2 a usage error (unknown command or
 * option, missing or invalid option value), reported with "see kpi COMMAND --help". No stack
 * trace is printed unless {@code --debug} is given. Results go to stdout, messages to stderr,
 * both in UTF-8.
 *
 * <p>Computation stays in {@code io.kpikit}'s core packages: commands read input with the
 * core readers, run the core models and only format what they return. Numbers are printed so
 * that they read back exactly ({@link java.lang.Double#toString(double)} for doubles, plain
 * decimals for money). The null and naming conventions are those of {@link io.kpikit.core}.
 */
package io.kpikit.json.cli;
