package io.kpikit.json.cli;

import static io.kpikit.json.cli.CliTesting.kpi;
import static io.kpikit.json.cli.CliTesting.kpiWithStdin;
import static io.kpikit.json.cli.CliTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.json.cli.CliTesting.Result;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi attribute} errors: one line on stderr, nothing on stdout, exit 2 for usage and 1 for data. */
class AttributeCommandErrorsTest {

    @TempDir
    Path dir;
    String paths;

    @BeforeEach
    void file() throws IOException {
        paths = write(dir, "paths.csv", AttributeCommandTest.TWO_PATHS);
    }

    /** Checks the exit code and that stderr is exactly one line, stdout empty. */
    private static void fails(int code, String line, Result r) {
        assertEquals(line + "\n", r.err());
        assertEquals("", r.out());
        assertEquals(code, r.code());
    }

    private static void usage(String message, Result r) {
        fails(2, "kpi attribute: " + message + "; see kpi attribute --help", r);
    }

    @Test
    void rejectsAnUnknownOption() {
        usage("unknown option \"--modle\"; options are --model, --order, --direct, --first-share, --last-share, "
                + "--separator, --currency, --format, --help, --debug", kpi("attribute", paths, "--modle", "first"));
        usage("unknown option \"-m\"; options are --model, --order, --direct, --first-share, --last-share, "
                + "--separator, --currency, --format, --help, --debug", kpi("attribute", paths, "-m", "first"));
    }

    @Test
    void rejectsAMissingValue() {
        usage("--model needs a value (NAME), was nothing", kpi("attribute", paths, "--model"));
        usage("--model needs a value (NAME), was \"--order\"", kpi("attribute", paths, "--model", "--order", "2"));
    }

    @Test
    void rejectsAModelThatDoesNotExist() {
        usage("--model must be one of first, last, last-non-direct, linear, linear-distinct, position, markov, shapley, "
                + "was \"lst\"", kpi("attribute", paths, "--model", "lst"));
        usage("--model is required, one of first, last, last-non-direct, linear, linear-distinct, position, markov, "
                + "shapley", kpi("attribute", paths));
    }

    @Test
    void rejectsABadFormatAndAFlagWithAValue() {
        usage("--format must be one of csv, json, was \"xml\"", kpi("attribute", paths, "--model", "first", "--format=xml"));
        usage("--debug takes no value, was \"yes\"", kpi("attribute", paths, "--model", "first", "--debug=yes"));
    }

    @Test
    void rejectsAnOptionGivenTwice() {
        usage("--model must be given once, was given \"first\" and \"last\"",
                kpi("attribute", paths, "--model", "first", "--model=last"));
    }

    @Test
    void rejectsModelOptionsWithOtherModels() {
        usage("--order applies only to --model markov, was given with --model first",
                kpi("attribute", paths, "--model", "first", "--order", "2"));
        usage("--direct applies only to --model last-non-direct, was given with --model last",
                kpi("attribute", paths, "--model", "last", "--direct", "Direct"));
        usage("--first-share applies only to --model position, was given with --model linear",
                kpi("attribute", paths, "--model", "linear", "--first-share", "0.3"));
        usage("--last-share applies only to --model position, was given with --model markov",
                kpi("attribute", paths, "--model", "markov", "--last-share", "0.3"));
    }

    @Test
    void rejectsAnOrderBelowOneOrNotAnInteger() {
        usage("--order must be an integer >= 1, was \"0\"", kpi("attribute", paths, "--model", "markov", "--order", "0"));
        usage("--order must be an integer >= 1, was \"-1\"", kpi("attribute", paths, "--model", "markov", "--order", "-1"));
        usage("--order must be an integer >= 1, was \"two\"", kpi("attribute", paths, "--model", "markov", "--order=two"));
    }

    @Test
    void rejectsSharesOutsideTheUnitIntervalOrSummingAboveOne() {
        usage("--first-share must be in [0, 1], was 1.5",
                kpi("attribute", paths, "--model", "position", "--first-share", "1.5"));
        usage("--first-share + --last-share must be <= 1, was 1.2",
                kpi("attribute", paths, "--model", "position", "--first-share", "0.6", "--last-share", "0.6"));
        usage("--last-share must be a number in [0, 1], was \"NaN\"",
                kpi("attribute", paths, "--model", "position", "--last-share", "NaN"));
    }

    @Test
    void rejectsAnEmptySeparatorAndAnUnknownCurrency() {
        usage("--separator must not be empty, was \"\"", kpi("attribute", paths, "--model", "first", "--separator="));
        usage("--currency must be an ISO 4217 code such as CNY or USD, was \"RMB\"",
                kpi("attribute", paths, "--model", "first", "--currency", "RMB"));
        usage("--currency must be a currency with a minor unit, was \"XAU\"",
                kpi("attribute", paths, "--model", "first", "--currency", "XAU"));
    }

    @Test
    void needsExactlyOneFile() {
        usage("PATHS.csv is required (a file, or - for standard input), was nothing", kpi("attribute", "--model", "first"));
        usage("exactly one PATHS.csv must be given, was 2: " + paths + " more.csv",
                kpi("attribute", paths, "more.csv", "--model", "first"));
    }

    @Test
    void reportsAMissingFileAsInvalidInput() {
        String missing = dir.resolve("missing.csv").toString();
        fails(1, "kpi attribute: " + missing + ": no such file", kpi("attribute", missing, "--model", "first"));
        fails(1, "kpi attribute: " + dir + ": is a directory, not a CSV file", kpi("attribute", dir.toString(), "--model", "first"));
    }

    @Test
    void reportsABadLineWithItsNumber() throws IOException {
        String bad = write(dir, "bad.csv", "path,total_conversions,total_conversion_value\nA,1,10\n\nB > C,x,3\n");
        fails(1, "kpi attribute: " + bad + ": line 4: total_conversions must be a number, was \"x\"",
                kpi("attribute", bad, "--model", "first"));
        String negative = write(dir, "negative.csv", "path,total_conversions\nA,1\nB,-2\n");
        fails(1, "kpi attribute: " + negative + ": line 3: total_conversions must be >= 0, was -2",
                kpi("attribute", negative, "--model", "linear"));
        String fine = write(dir, "fine.csv", "path,total_conversions,total_conversion_value\nA,1,10.005\n");
        fails(1, "kpi attribute: " + fine + ": line 2: value must have at most 2 decimal places in CNY, "
                + "was 10.005 (path 0)", kpi("attribute", fine, "--model", "linear"));
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        String empty = write(dir, "empty.csv", "");
        fails(1, "kpi attribute: " + empty + ": line 1: header must name the columns path,total_conversions,"
                + "total_conversion_value,total_null, was empty", kpi("attribute", empty, "--model", "first"));
    }

    @Test
    void namesStandardInputAndRejectsTextThatIsNotUtf8() {
        fails(1, "kpi attribute: <stdin>: line 2: path must not be empty, was \"\"",
                kpiWithStdin("path,total_conversions\n,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "attribute", "-", "--model", "first"));
        byte[] latin1 = {'p', 'a', 't', 'h', ',', 't', 'o', 't', 'a', 'l', '_', 'c', 'o', 'n', 'v', 'e', 'r', 's', 'i', 'o',
            'n', 's', '\n', (byte) 0xE9, ',', '1', '\n'};
        Result r = kpiWithStdin(latin1, "attribute", "-", "--model", "first");
        assertEquals(1, r.code());
        assertEquals(true, r.errLine().startsWith("kpi attribute: <stdin>: not UTF-8 text"), r.err());
    }

    @Test
    void reportsADirectChannelThatIsNotInThePaths() {
        fails(1, "kpi attribute: " + paths + ": direct channel must be one of the path channels [A, B], was \"Direct\""
                + " (choose it with --direct)", kpi("attribute", paths, "--model", "last-non-direct"));
    }
}
