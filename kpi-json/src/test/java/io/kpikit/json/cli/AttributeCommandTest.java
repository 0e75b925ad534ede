package io.kpikit.json.cli;

import static io.kpikit.json.cli.CliTesting.kpi;
import static io.kpikit.json.cli.CliTesting.kpiWithStdin;
import static io.kpikit.json.cli.CliTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.json.cli.CliTesting.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Successful runs of {@code kpi attribute}: every model on hand-checkable paths, formats, options. */
class AttributeCommandTest {

    /** A > B converts once for 10, B once for 20: 2 conversions worth CNY 30.00. */
    static final String TWO_PATHS = "path,total_conversions,total_conversion_value,total_null\n"
            + "A > B,1,10,0\n"
            + "B,1,20,0\n";

    /** One path that touches A twice: 3 conversions worth CNY 30.00. */
    static final String REPEAT = "path,total_conversions,total_conversion_value\n"
            + "A > B > A,3,30.00\n";

    @TempDir
    Path dir;
    String twoPaths;
    String repeat;

    @BeforeEach
    void files() throws IOException {
        twoPaths = write(dir, "two.csv", TWO_PATHS);
        repeat = write(dir, "repeat.csv", REPEAT);
    }

    private static void prints(String expected, Result r) {
        assertEquals("", r.err());
        assertEquals(0, r.code());
        assertEquals(expected, r.out());
    }

    @Test
    void firstTouchCreditsTheFirstChannelOfEachPath() {
        // A > B: A gets 1 and 10; B: B gets 1 and 20
        prints("channel,conversions,value\nA,1.0,10.00\nB,1.0,20.00\n", kpi("attribute", twoPaths, "--model", "first"));
    }

    @Test
    void lastTouchCreditsTheLastChannelAndListsUncreditedChannelsWithZero() {
        // both paths end in B: B gets 2 and 30, A is still listed with 0
        prints("channel,conversions,value\nA,0.0,0.00\nB,2.0,30.00\n", kpi("attribute", twoPaths, "--model", "last"));
    }

    @Test
    void linearSplitsEachPathEquallyOverItsTouches() {
        // A > B: 1/2 each of 1 and 10; B: all of 1 and 20 -> A 0.5 / 5, B 1.5 / 25
        prints("channel,conversions,value\nA,0.5,5.00\nB,1.5,25.00\n", kpi("attribute", twoPaths, "--model", "linear"));
        // A > B > A: A has 2 of 3 touches -> 2 of 3 conversions and 20.00 of 30.00
        prints("channel,conversions,value\nA,2.0,20.00\nB,1.0,10.00\n", kpi("attribute", repeat, "--model=linear"));
    }

    @Test
    void linearDistinctSplitsEachPathEquallyOverItsDistinctChannels() {
        // A > B > A has 2 distinct channels: 1.5 conversions and 15.00 each
        prints("channel,conversions,value\nA,1.5,15.00\nB,1.5,15.00\n",
                kpi("attribute", repeat, "--model", "linear-distinct"));
    }

    @Test
    void positionUsesTheDefaultAndTheGivenShares() {
        // two touches, 40/40 -> 50/50: same as linear on these paths
        prints("channel,conversions,value\nA,0.5,5.00\nB,1.5,25.00\n", kpi("attribute", twoPaths, "--model", "position"));
        // A > B > A with first 0.25, last 0.5: A 0.75 x 3 = 2.25 and 22.50, B 0.25 x 3 = 0.75 and 7.50
        prints("channel,conversions,value\nA,2.25,22.50\nB,0.75,7.50\n", kpi("attribute", repeat, "--model", "position",
                "--first-share", "0.25", "--last-share=0.5"));
    }

    @Test
    void lastNonDirectSkipsTheDirectChannelUnlessThePathIsAllDirect() throws IOException {
        String file = write(dir, "direct.csv", "path,total_conversions,total_conversion_value\n"
                + "A > Direct,1,10\nDirect,1,20\nB > Home,1,5\n");
        // A > Direct -> A; Direct alone -> Direct (every touch is direct)
        prints("channel,conversions,value\nA,1.0,10.00\nB,0.0,0.00\nDirect,1.0,20.00\nHome,1.0,5.00\n",
                kpi("attribute", file, "--model", "last-non-direct"));
        // with Home as the direct channel, B > Home credits B and A > Direct credits Direct
        prints("channel,conversions,value\nA,0.0,0.00\nB,1.0,5.00\nDirect,2.0,30.00\nHome,0.0,0.00\n",
                kpi("attribute", file, "--model", "last-non-direct", "--direct", "Home"));
    }

    @Test
    void markovAddsTheRemovalEffect() {
        // P(conversion) = 1. Without A the A > B half of journeys dies: RE(A) = 1 - 0.5/1 = 0.5;
        // without B nothing converts: RE(B) = 1. Conversions 2 x 0.5/1.5 = 2/3 and 2 x 1/1.5 = 4/3
        // (B, the largest, takes the floating-point rest 2 - 0.6666666666666666).
        // Value, order 1: both paths end in state B, worth 30/2 = 15 per conversion; V = 15,
        // V without A = 0.5 x 15 = 7.5, so the value removal effects are 0.5 and 1 -> 10.00, 20.00.
        prints("channel,conversions,value,removal_effect\n"
                + "A,0.6666666666666666,10.00,0.5\n"
                + "B,1.3333333333333335,20.00,1.0\n", kpi("attribute", twoPaths, "--model", "markov"));
        // Order 2: the paths end in different states, (A,B) worth 10 and (B) worth 20; V = 0.5 x 10
        // + 0.5 x 20 = 15, V without A = 10 -> value RE 1/3 and 1 -> 30 x 1/4 = 7.50 and 22.50.
        // Conversion removal effects are as in order 1.
        prints("channel,conversions,value,removal_effect\n"
                + "A,0.6666666666666666,7.50,0.5\n"
                + "B,1.3333333333333335,22.50,1.0\n", kpi("attribute", twoPaths, "--model", "markov", "--order", "2"));
    }

    @Test
    void markovLeavesTheRemovalEffectEmptyWhenNothingConverts() throws IOException {
        String file = write(dir, "none.csv", "path,total_conversions,total_null\nA > B,0,4\n");
        prints("channel,conversions,value,removal_effect\nA,0.0,0.00,\nB,0.0,0.00,\n",
                kpi("attribute", file, "--model", "markov"));
    }

    @Test
    void shapleyUsesTheRateBasedWorth() {
        // rates r({A,B}) = 1, r({B}) = 1: v(A) = 0, v(B) = 1, v(AB) = 2;
        // phi_A = (0 + (2 - 1)) / 2 = 0.5, phi_B = (1 + 2) / 2 = 1.5.
        // values per journey 10 and 20: phi_A = (0 + 10) / 2 = 5, phi_B = (20 + 30) / 2 = 25
        prints("channel,conversions,value\nA,0.5,5.00\nB,1.5,25.00\n", kpi("attribute", twoPaths, "--model", "shapley"));
    }

    @Test
    void sortsByChannelNameAndQuotesNamesWithCommasOrQuotes() throws IOException {
        String file = write(dir, "names.csv", "path,total_conversions,total_conversion_value\n"
                + "\"Search, paid > Say \"\"hi\"\"\",2,8\n"
                + "Email,1,1\n");
        prints("channel,conversions,value\nEmail,1.0,1.00\n\"Say \"\"hi\"\"\",1.0,4.00\n\"Search, paid\",1.0,4.00\n",
                kpi("attribute", file, "--model", "linear"));
    }

    @Test
    void readsStandardInputForDash() {
        byte[] stdin = TWO_PATHS.getBytes(StandardCharsets.UTF_8);
        prints("channel,conversions,value\nA,1.0,10.00\nB,1.0,20.00\n", kpiWithStdin(stdin, "attribute", "-", "--model", "first"));
    }

    @Test
    void usesTheSeparatorAndTheCurrencyScale() throws IOException {
        String file = write(dir, "pipe.csv", "path,total_conversions,total_conversion_value\nA|B,2,7\n");
        // JPY has no decimals: 7 yen split 3.5/3.5 goes by largest remainder, the tie to A (name order)
        prints("channel,conversions,value\nA,1.0,4\nB,1.0,3\n",
                kpi("attribute", file, "--model", "linear", "--separator", "|", "--currency", "JPY"));
        // KWD has three decimals
        prints("channel,conversions,value\nA,1.0,3.500\nB,1.0,3.500\n",
                kpi("attribute", file, "--model", "linear", "--separator=|", "--currency=KWD"));
    }

    @Test
    void printsOnlyTheHeaderForAFileWithoutPaths() throws IOException {
        String file = write(dir, "header.csv", "path,total_conversions\n");
        prints("channel,conversions,value\n", kpi("attribute", file, "--model", "first"));
        prints("channel,conversions,value,removal_effect\n", kpi("attribute", file, "--model", "markov"));
    }

    @Test
    void writesJsonWithTheModelTotalsAndRows() {
        String expected = "{\n"
                + "  \"model\": \"linear_per_touch\",\n"
                + "  \"totals\": {\n"
                + "    \"conversions\": 2.0,\n"
                + "    \"nulls\": 0.0,\n"
                + "    \"value\": {\n"
                + "      \"amount\": 30.00,\n"
                + "      \"currency\": \"CNY\"\n"
                + "    }\n"
                + "  },\n"
                + "  \"channels\": [\n"
                + "    {\n"
                + "      \"channel\": \"A\",\n"
                + "      \"conversions\": 0.5,\n"
                + "      \"value\": {\n"
                + "        \"amount\": 5.00,\n"
                + "        \"currency\": \"CNY\"\n"
                + "      },\n"
                + "      \"share\": {\n"
                + "        \"value\": 0.25,\n"
                + "        \"numerator\": 0.5,\n"
                + "        \"denominator\": 2.0\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"channel\": \"B\",\n"
                + "      \"conversions\": 1.5,\n"
                + "      \"value\": {\n"
                + "        \"amount\": 25.00,\n"
                + "        \"currency\": \"CNY\"\n"
                + "      },\n"
                + "      \"share\": {\n"
                + "        \"value\": 0.75,\n"
                + "        \"numerator\": 1.5,\n"
                + "        \"denominator\": 2.0\n"
                + "      }\n"
                + "    }\n"
                + "  ]\n"
                + "}\n";
        prints(expected, kpi("attribute", twoPaths, "--model", "linear", "--format", "json"));
    }

    @Test
    void writesMarkovJsonWithRemovalEffectsAndUndefinedSharesAsNullWithAReason() throws IOException {
        String file = write(dir, "none.csv", "path,total_conversions,total_null\nA,0,4\n");
        Result r = kpi("attribute", file, "--model", "markov", "--format=json");
        assertEquals(0, r.code(), r.err());
        String expectedRow = "      \"share\": {\n"
                + "        \"value\": null,\n"
                + "        \"numerator\": 0,\n"
                + "        \"denominator\": 0,\n"
                + "        \"reason\": \"0/0 is undefined\"\n"
                + "      },\n"
                + "      \"removalEffect\": {\n"
                + "        \"value\": null,\n"
                + "        \"numerator\": 0.0,\n"
                + "        \"denominator\": 0.0,\n"
                + "        \"reason\": \"0/0 is undefined\"\n"
                + "      }\n";
        assertEquals(true, r.out().contains(expectedRow), r.out());
        assertEquals(true, r.out().startsWith("{\n  \"model\": \"markov_order1\",\n"), r.out());
        assertEquals(false, r.out().contains("NaN"), r.out());
    }
}
