package io.kpikit.json.cli;

import static io.kpikit.json.cli.CliTesting.kpi;
import static io.kpikit.json.cli.CliTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.json.cli.CliTesting.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework: global options, help, command dispatch, --debug and exit codes. */
class KpiTest {

    @TempDir
    Path dir;

    @Test
    void globalHelpListsEveryCommandTheGlobalOptionsAndTheExitCodes() {
        Result r = kpi("--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: kpi [--debug] COMMAND [OPTIONS] [ARGS]\n"), r.out());
        for (String word : List.of("review", "attribute", "--help", "--version", "--debug", "kpi COMMAND --help",
                "0 success", "1 invalid data", "2 usage error")) {
            assertTrue(r.out().contains(word), word + " in\n" + r.out());
        }
    }

    @Test
    void commandHelpDescribesEveryOptionAndIgnoresTheOtherArguments() {
        Result r = kpi("attribute", "--model", "nonsense", "--help");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: kpi attribute PATHS.csv --model NAME [OPTIONS]\n"), r.out());
        List<String> expected = List.of("--model NAME", "--order K", "--direct NAME", "--first-share F", "--last-share L",
                "--separator S", "--currency CODE", "--format FORMAT", "--help", "--debug",
                "first", "last", "last-non-direct", "linear", "linear-distinct", "position", "markov", "shapley",
                "removal_effect", "Double.toString", "RFC 4180", "Default: \" > \".", "Default: CNY.", "Default: csv.",
                "Use - for standard input");
        for (String word : expected) {
            assertTrue(r.out().contains(word), word + " in\n" + r.out());
        }
        AttributeCommand command = new AttributeCommand();
        for (Option o : command.options()) {
            assertTrue(r.out().contains("  " + o.name() + " " + o.valueName() + "  "), o.name() + " in\n" + r.out());
        }
    }

    @Test
    void printsTheVersion() {
        Result r = kpi("--version");
        assertEquals(0, r.code());
        // tests run from classes, not from kpi.jar, so there is no manifest version
        assertEquals("kpi (development build: not run from kpi.jar)\n", r.out());
    }

    @Test
    void rejectsAMissingOrUnknownCommand() {
        Result none = kpi();
        assertEquals(2, none.code());
        assertEquals("kpi: a command is required: one of review, attribute; see kpi --help\n", none.err());
        Result unknown = kpi("atribute", "x.csv");
        assertEquals(2, unknown.code());
        assertEquals("kpi: command must be one of review, attribute, was \"atribute\"; see kpi --help\n", unknown.err());
        assertEquals("", unknown.out());
        Result option = kpi("--verbose", "attribute");
        assertEquals(2, option.code());
        assertEquals("kpi: unknown option \"--verbose\" before the command; global options are --help, --version, "
                + "--debug; see kpi --help\n", option.err());
    }

    @Test
    void debugPrintsTheFullTraceAfterTheLine() {
        String missing = dir.resolve("missing.csv").toString();
        for (String[] args : List.of(new String[] {"--debug", "attribute", missing, "--model", "first"},
                new String[] {"attribute", missing, "--model", "first", "--debug"})) {
            Result r = kpi(args);
            assertEquals(1, r.code());
            assertEquals("kpi attribute: " + missing + ": no such file", r.errLine());
            assertTrue(r.err().contains("\n\tat io.kpikit.json.cli.AttributeCommand"), r.err());
            assertTrue(r.err().contains("Caused by: java.nio.file.NoSuchFileException"), r.err());
        }
        Result usage = kpi("--debug", "attribute", missing, "--model", "frist");
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("\tat io.kpikit.json.cli.Arguments.parse"), usage.err());
    }

    @Test
    void withoutDebugThereIsNoTrace() {
        Result r = kpi("attribute", dir.resolve("missing.csv").toString(), "--model", "first");
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }

    @Test
    void wordsAfterDoubleDashArePositionalEvenDebug() {
        // "--debug" after "--" is a file name, not the flag: no such file, and no trace
        Result r = kpi("attribute", "--model", "first", "--", "--debug");
        assertEquals(1, r.code());
        assertEquals("kpi attribute: --debug: no such file\n", r.err());
    }

    @Test
    void reportsOutputThatCannotBeWritten() throws IOException {
        String file = write(dir, "paths.csv", AttributeCommandTest.TWO_PATHS);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Kpi.run(new String[] {"attribute", file, "--model", "first"},
                new Io(System.in, new PrintStream(broken, false, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(1, code);
        assertEquals("kpi attribute: could not write the output (standard output closed or full)\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
