package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.CNY;
import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.attribution.AttributionModel;
import io.kpikit.attribution.MarkovModel;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AttributionInput} validated in kpi-core: the form (inline paths or a CSV), the CSV-only
 * separator, model names, the Markov order's inclusive range, the running totals at the path
 * that breaks them (2^53 journeys, a long of minor units of value), and {@code direct}.
 */
class AttributionInputTest {

    private static final Path HERE = Path.of("");
    private static final long TWO_TO_53 = 9_007_199_254_740_992L;

    private static void assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertThrows(ReviewInputException.class, build);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static PathInput path(String conversions, String value, String nulls, String... channels) {
        return new PathInput(List.of(channels), dec(conversions), value == null ? null : dec(value),
                nulls == null ? null : dec(nulls));
    }

    private static AttributionInput inline(PathInput... paths) {
        return new AttributionInput(List.of(paths), null, null, null, null, null);
    }

    private static List<String> names(AttributionInput in) {
        return in.attributionModels().stream().map(AttributionModel::name).toList();
    }

    @Test
    void exactlyOneFormIsGivenAndTheSeparatorIsForTheCsv() {
        PathInput p = path("1", null, null, "A");
        assertRejected("paths", "give either paths or csv, was neither",
                () -> new AttributionInput(null, null, null, null, null, null));
        assertRejected("csv", "give either paths or csv, was both",
                () -> new AttributionInput(List.of(p), "p.csv", null, null, null, null));
        assertRejected("paths", "paths must not be empty, was []",
                () -> new AttributionInput(List.of(), null, null, null, null, null));
        assertRejected("csv", "csv must not be blank, was \" \"",
                () -> new AttributionInput(null, " ", null, null, null, null));
        assertRejected("separator", "separator applies to csv only, was \"|\"",
                () -> new AttributionInput(List.of(p), null, "|", null, null, null));
        assertRejected("separator", "separator must not be empty, was \"\"",
                () -> new AttributionInput(null, "p.csv", "", null, null, null));
        assertRejected("direct", "direct must not be blank, was \"\"",
                () -> new AttributionInput(List.of(p), null, null, null, null, ""));
        assertEquals(" > ", new AttributionInput(null, "p.csv", null, null, null, null).csvSeparator());
        assertEquals("|", new AttributionInput(null, "p.csv", "|", null, null, null).csvSeparator());
    }

    @Test
    void theMarkovOrderIsOneToFourInclusive() {
        PathInput p = path("1", null, null, "A");
        assertRejected("markovOrder", "markovOrder must be in [1, 4], was 0",
                () -> new AttributionInput(List.of(p), null, null, List.of("markov"), 0, null));
        assertRejected("markovOrder", "markovOrder must be in [1, 4], was 5",
                () -> new AttributionInput(List.of(p), null, null, List.of("markov"), 5, null));
        for (int order = 1; order <= 4; order++) {
            AttributionModel m = new AttributionInput(List.of(p), null, null, List.of("markov"), order, null)
                    .attributionModels().get(0);
            assertEquals(order, ((MarkovModel) m).order());
        }
        AttributionModel m = new AttributionInput(List.of(p), null, null, List.of("markov"), null, null)
                .attributionModels().get(0);
        assertEquals(1, ((MarkovModel) m).order());
    }

    @Test
    void modelsAreKnownDistinctAndLastNonDirectNeedsDirect() {
        PathInput p = path("1", null, null, "A");
        assertRejected("models", "models must not be empty, was []",
                () -> new AttributionInput(List.of(p), null, null, List.of(), null, null));
        assertRejected("models/1", "model must be one of " + AttributionInput.MODEL_NAMES + ", was \"lastt\"",
                () -> new AttributionInput(List.of(p), null, null, List.of("last", "lastt"), null, null));
        assertRejected("models/2", "model names must be distinct, was \"first\" twice",
                () -> new AttributionInput(List.of(p), null, null, List.of("first", "last", "first"), null, null));
        assertRejected("models/0", "model last-non-direct needs direct, was absent",
                () -> new AttributionInput(List.of(p), null, null, List.of("last-non-direct"), null, null));
    }

    @Test
    void eachModelNameRunsItsModelAndTheDefaultSetNeedsDirectForLastNonDirect() {
        PathInput p = path("1", null, null, "A", "D");
        List<String> all = List.of(RuleBasedModel.firstTouch().name(), RuleBasedModel.lastTouch().name(),
                RuleBasedModel.lastNonDirect("D").name(), RuleBasedModel.linearPerTouch().name(),
                RuleBasedModel.linearPerChannel().name(), RuleBasedModel.positionBased().name(),
                MarkovModel.ofOrder(1).name(), ShapleyModel.rateBased().name());
        assertEquals(all, names(new AttributionInput(List.of(p), null, null, AttributionInput.MODEL_NAMES, null, "D")));
        assertEquals(all, names(new AttributionInput(List.of(p), null, null, null, null, "D")));
        List<String> withoutDirect = new java.util.ArrayList<>(all);
        withoutDirect.remove(2);
        assertEquals(withoutDirect, names(inline(p)));
        assertEquals(List.of(all.get(5), all.get(0)),
                names(new AttributionInput(List.of(p), null, null, List.of("position", "first"), null, null)));
    }

    @Test
    void inlinePathsBecomeAPathSet() {
        PathSet set = inline(path("3", "300.00", "7", "Search", "Email"), path("0", null, "12", "Social"))
                .toPathSet(CNY, HERE);
        assertEquals(List.of("Search", "Email", "Social"), set.channels());
        assertEquals(List.of("Search", "Email"), set.path(0));
        assertEquals(3.0, set.conversions(0));
        assertEquals(cny("300.00"), set.value(0));
        assertEquals(12.0, set.nulls(1));
        assertEquals(cny("300.00"), set.totalValue());
        assertRejected("paths/1/value", "value must have at most 2 decimal places in CNY, was 1.005",
                () -> inline(path("1", "1", null, "A"), path("1", "1.005", null, "B")).toPathSet(CNY, HERE));
    }

    @Test
    void journeysMaySumToTwoToThe53() {
        String half = Long.toString(TWO_TO_53 / 2);
        // 2^52 + 2^52 = 2^53: accepted, one more conversion or null is not
        PathSet set = inline(path(half, null, null, "A"), path(half, null, null, "B")).toPathSet(CNY, HERE);
        assertEquals((double) TWO_TO_53, set.totalConversions());
        assertRejected("paths/2/conversions", "conversions and nulls of all paths must sum to at most " + TWO_TO_53
                + " (2^53, the largest count a double holds exactly), was 1 at path 2",
                () -> inline(path(half, null, null, "A"), path("0", null, half, "B"), path("1", null, null, "C"))
                        .toPathSet(CNY, HERE));
        assertRejected("paths/1/nulls", "conversions and nulls of all paths must sum to at most " + TWO_TO_53
                + " (2^53, the largest count a double holds exactly), was 1 at path 1",
                () -> inline(path(half, null, null, "A"), path(half, null, "1", "B")).toPathSet(CNY, HERE));
    }

    @Test
    void valuesMaySumToALongOfMinorUnits() {
        // Long.MAX_VALUE fen = CNY 92233720368547758.07
        PathSet set = inline(path("1", "92233720368547758.00", null, "A"), path("1", "0.07", null, "B"))
                .toPathSet(CNY, HERE);
        assertEquals(cny("92233720368547758.07"), set.totalValue());
        assertRejected("paths/1/value", "value of all paths must sum to at most CNY 92233720368547758.07 (a long of"
                + " minor units), was 0.08 at path 1",
                () -> inline(path("1", "92233720368547758.00", null, "A"), path("1", "0.08", null, "B"))
                        .toPathSet(CNY, HERE));
    }

    @Test
    void directMustBeAChannelOfThePaths() {
        assertRejected("direct", "direct must be one of the channels of the paths [Search, Email], was \"Direct\"",
                () -> new AttributionInput(List.of(path("1", null, null, "Search", "Email")), null, null, null, null,
                        "Direct").toPathSet(CNY, HERE));
        assertEquals(List.of("Search", "Direct"), new AttributionInput(List.of(path("1", null, null, "Search", "Direct")),
                null, null, null, null, "Direct").toPathSet(CNY, HERE).channels());
    }

    @Test
    void aCsvIsReadRelativeToTheBaseDirectoryWithItsSeparator(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.csv"), "path,total_conversions,total_conversion_value,total_null\n"
                + "Search|Email,3,300.00,7\nSocial,0,0,12\n");
        PathSet set = new AttributionInput(null, "p.csv", "|", null, null, null).toPathSet(CNY, dir);
        assertEquals(List.of("Search", "Email"), set.path(0));
        assertEquals(3.0, set.totalConversions());
        // journeys: 3 conversions + 7 + 12 nulls = 22
        assertEquals(22.0, set.totalConversions() + set.totalNulls());
        // with the default " > " the first path is one channel
        assertEquals(List.of("Search|Email"),
                new AttributionInput(null, "p.csv", null, null, null, null).toPathSet(CNY, dir).path(0));
    }

    @Test
    void aCsvMustKeepItsTotalsInRange(@TempDir Path dir) throws IOException {
        Path atLimit = dir.resolve("limit.csv");
        Files.writeString(atLimit, "path,total_conversions,total_conversion_value,total_null\n"
                + "A,4503599627370496,92233720368547758.07,4503599627370496\n");
        PathSet set = new AttributionInput(null, "limit.csv", null, null, null, null).toPathSet(CNY, dir);
        assertEquals((double) TWO_TO_53, set.totalConversions() + set.totalNulls());
        Path journeys = dir.resolve("journeys.csv");
        // 2^53 + 2 is the next double after 2^53
        Files.writeString(journeys, "path,total_conversions,total_null\nA,9007199254740992,2\n");
        assertRejected("csv", "total_conversions and total_null of all paths must sum to at most " + TWO_TO_53
                + " (2^53, the largest count a double holds exactly), was 9.007199254740994E15 (file " + journeys + ")",
                () -> new AttributionInput(null, "journeys.csv", null, null, null, null).toPathSet(CNY, dir));
        Path value = dir.resolve("value.csv");
        Files.writeString(value, "path,total_conversions,total_conversion_value\nA,1,92233720368547758.00\nB,1,0.08\n");
        assertRejected("csv", "total_conversion_value of all paths must sum to at most CNY 92233720368547758.07 (a long"
                + " of minor units), was CNY 92233720368547758.08 (file " + value + ")",
                () -> new AttributionInput(null, "value.csv", null, null, null, null).toPathSet(CNY, dir));
        assertEquals(new BigDecimal("92233720368547758.07"), set.totalValue().amount());
    }
}
