package io.kpikit.json.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The option parser on its own. */
class ArgumentsTest {

    static final List<Option> OPTIONS = List.of(
            Option.value("--model", "NAME", "model").withChoices("a", "b"),
            Option.value("--order", "K", "order").withDefault("1"),
            Option.value("--separator", "S", "separator"),
            Option.flag("--debug", "debug"));

    private static Arguments parse(String... words) {
        return Arguments.parse(OPTIONS, List.of(words));
    }

    private static void rejects(String message, String... words) {
        UsageException e = assertThrows(UsageException.class, () -> parse(words));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsBothSpellingsPositionalsAndDefaults() {
        Arguments a = parse("x.csv", "--model", "a", "--separator=|", "-");
        assertEquals(List.of("x.csv", "-"), a.positionals());
        assertEquals(Optional.of("a"), a.value("--model"));
        assertEquals(Optional.of("|"), a.value("--separator"));
        assertEquals(Optional.of("1"), a.value("--order"));
        assertFalse(a.given("--order"), "a default is not given");
        assertTrue(a.given("--model"));
        assertEquals(Optional.empty(), a.value("--debug"));
    }

    @Test
    void acceptsValuesThatLookLikeNegativeNumbersOrDashesAndEqualsSignsInValues() {
        assertEquals(Optional.of("-1"), parse("--order", "-1").value("--order"));
        assertEquals(Optional.of("-"), parse("--separator", "-").value("--separator"));
        assertEquals(Optional.of("--"), parse("--separator=--").value("--separator"));
        assertEquals(Optional.of("a=b"), parse("--separator=a=b").value("--separator"));
        assertEquals(Optional.of(""), parse("--separator=").value("--separator"));
    }

    @Test
    void endsOptionsAtDoubleDash() {
        Arguments a = parse("--model", "b", "--", "--order", "-x");
        assertEquals(List.of("--order", "-x"), a.positionals());
        assertEquals(Optional.of("1"), a.value("--order"));
    }

    @Test
    void rejectsUnknownMissingRepeatedAndInvalid() {
        rejects("unknown option \"--mode\"; options are --model, --order, --separator, --debug", "--mode", "a");
        rejects("unknown option \"-x\"; options are --model, --order, --separator, --debug", "-x");
        rejects("--order needs a value (K), was nothing", "--order");
        rejects("--order needs a value (K), was \"--debug\"", "--order", "--debug");
        rejects("--model must be one of a, b, was \"c\"", "--model=c");
        rejects("--model must be one of a, b, was \"\"", "--model=");
        rejects("--order must be given once, was given \"1\" and \"2\"", "--order", "1", "--order=2");
        rejects("--debug takes no value, was \"1\"", "--debug=1");
        rejects("--debug must be given once, was given \"\" and \"\"", "--debug", "--debug");
    }

    @Test
    void optionNamesMustBeLongForm() {
        assertThrows(IllegalArgumentException.class, () -> Option.flag("-d", "debug"));
        assertThrows(IllegalArgumentException.class, () -> Option.flag("--a=b", "debug"));
        assertThrows(IllegalArgumentException.class, () -> new Option("--d", null, "d", List.of("x"), null));
    }
}
