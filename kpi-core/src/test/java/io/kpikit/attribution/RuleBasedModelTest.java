package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedModelTest {

    static final Currency CNY = Currency.getInstance("CNY");

    /*
     * Search > Email > Search   4 conversions  CNY 400.00
     * Social > Direct           2 conversions  CNY 100.00
     * Direct                    1 conversion   CNY  50.00
     * Display                   0 conversions, 5 nulls
     * Total 7 conversions, CNY 550.00.
     */
    static PathSet sample() {
        return PathSet.builder(CNY)
                .add("Search > Email > Search", " > ", 4, new BigDecimal("400.00"), 6)
                .add(List.of("Social", "Direct"), 2, new BigDecimal("100.00"), 0)
                .add(List.of(" Direct "), 1, new BigDecimal("50.00"), 0)
                .add("Display", " > ", 0, BigDecimal.ZERO, 5)
                .build();
    }

    private static void check(Attribution a, String channel, double conversions, String value) {
        assertEquals(conversions, a.conversions(channel), 1e-12, channel + " conversions");
        assertEquals(Money.parse("CNY " + value), a.value(channel), channel + " value");
    }

    @Test
    void firstTouchCreditsTheFirstChannel() {
        Attribution a = RuleBasedModel.firstTouch().attribute(sample());
        // Search 4 (path 1), Social 2 (path 2), Direct 1 (path 3)
        check(a, "Search", 4, "400.00");
        check(a, "Social", 2, "100.00");
        check(a, "Direct", 1, "50.00");
        check(a, "Email", 0, "0.00");
        check(a, "Display", 0, "0.00");
        assertEquals("first_touch", a.model());
        assertEquals(4.0 / 7, a.credit("Search").share().doubleValue(), 1e-15);
    }

    @Test
    void lastTouchCreditsTheLastChannel() {
        Attribution a = RuleBasedModel.lastTouch().attribute(sample());
        // Search 4, Direct 2 + 1 = 3
        check(a, "Search", 4, "400.00");
        check(a, "Direct", 3, "150.00");
        check(a, "Social", 0, "0.00");
    }

    @Test
    void lastNonDirectSkipsDirectUnlessThePathIsAllDirect() {
        Attribution a = RuleBasedModel.lastNonDirect("Direct").attribute(sample());
        // path 2 goes to Social; the all-direct path 3 keeps its credit on Direct
        check(a, "Search", 4, "400.00");
        check(a, "Social", 2, "100.00");
        check(a, "Direct", 1, "50.00");
        // a direct channel absent from the data is invalid input (it would silently be last touch)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleBasedModel.lastNonDirect("direct").attribute(sample()));
        assertEquals("direct channel must be one of the path channels [Search, Email, Social, Direct, Display], was \"direct\"",
                e.getMessage());
    }

    @Test
    void linearPerTouchCountsRepeatedTouches() {
        Attribution a = RuleBasedModel.linearPerTouch().attribute(sample());
        // path 1: Search 2/3 × 4 = 8/3, Email 4/3; path 2: Social 1, Direct 1; path 3: Direct 1
        // values: Search 266.666.. and Email 133.333..: 55000 cents, floors 26666 + 13333 + 5000
        // + 10000 = 54999, the one cent left goes to the largest remainder (Search, .67)
        check(a, "Search", 8.0 / 3, "266.67");
        check(a, "Email", 4.0 / 3, "133.33");
        check(a, "Social", 1, "50.00");
        check(a, "Direct", 2, "100.00");
    }

    @Test
    void linearPerChannelCountsDistinctChannels() {
        Attribution a = RuleBasedModel.linearPerChannel().attribute(sample());
        // path 1 has 2 distinct channels: Search 2, Email 2
        check(a, "Search", 2, "200.00");
        check(a, "Email", 2, "200.00");
        check(a, "Social", 1, "50.00");
        check(a, "Direct", 2, "100.00");
    }

    @Test
    void positionBasedGivesFortyFortyAndSplitsTheMiddle() {
        Attribution a = RuleBasedModel.positionBased().attribute(sample());
        // path 1 (3 touches): Search 0.4 + 0.4 = 0.8 × 4 = 3.2, Email 0.2 × 4 = 0.8
        // path 2 (2 touches): 40:40 → 50/50, Social 1, Direct 1; path 3 (1 touch): Direct 1
        check(a, "Search", 3.2, "320.00");
        check(a, "Email", 0.8, "80.00");
        check(a, "Social", 1, "50.00");
        check(a, "Direct", 2, "100.00");
    }

    @Test
    void positionBasedSplitsTwoTouchPathsInProportion() {
        Attribution a = RuleBasedModel.positionBased(0.3, 0.6).attribute(sample());
        // path 2: Social 0.3/0.9 = 1/3 of 2 = 2/3; Direct 2/3 of 2 = 4/3, plus 1 from path 3
        check(a, "Social", 2.0 / 3, "33.33");
        // path 1: Search 0.9 × 4 = 3.6, Email 0.1 × 4 = 0.4
        check(a, "Search", 3.6, "360.00");
        check(a, "Email", 0.4, "40.00");
        check(a, "Direct", 7.0 / 3, "116.67");
    }

    @Test
    void timeDecayHalvesTheWeightEveryHalfLife() {
        Instant day0 = Instant.parse("2024-01-01T00:00:00Z");
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        acc.add(new Touchpoint("u1", "Search", day0));
        acc.add(new Touchpoint("u1", "Email", day0.plus(Duration.ofDays(7))));
        acc.add(new Conversion("u1", day0.plus(Duration.ofDays(14)), Money.parse("CNY 100.00")));
        Attribution a = RuleBasedModel.timeDecay().attribute(acc.result().paths());
        // ages 14 d and 7 d: weights 2^-2 = 0.25 and 2^-1 = 0.5 → Search 1/3, Email 2/3
        check(a, "Search", 1.0 / 3, "33.33");
        check(a, "Email", 2.0 / 3, "66.67");
        // a one-day half-life: 2^-14 vs 2^-7 → Search 1/129
        Attribution b = RuleBasedModel.timeDecay(Duration.ofDays(1)).attribute(acc.result().paths());
        assertEquals(1.0 / 129, b.conversions("Search"), 1e-15);
    }

    @Test
    void timeDecayNeedsTouchAges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleBasedModel.timeDecay().attribute(sample()));
        assertTrue(e.getMessage().startsWith("paths must carry touch ages"), e.getMessage());
    }

    @Test
    void invalidParametersAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleBasedModel.positionBased(0.7, 0.4));
        assertEquals("firstShare + lastShare must be <= 1, was 1.1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleBasedModel.positionBased(-0.1, 0.4));
        assertEquals("firstShare must be in [0, 1], was -0.1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleBasedModel.timeDecay(Duration.ZERO));
        assertEquals("halfLife must be > 0, was PT0S", e.getMessage());
        assertThrows(NullPointerException.class, () -> RuleBasedModel.lastNonDirect(null));
    }

    @Test
    void noConversionsGiveZeroAndUndefinedShares() {
        PathSet none = PathSet.builder(CNY).add("A > B", " > ", 0, BigDecimal.ZERO, 3).build();
        Attribution a = RuleBasedModel.firstTouch().attribute(none);
        assertEquals(0, a.conversions("A"));
        assertEquals(Money.parse("CNY 0.00"), a.value("B"));
        assertTrue(!a.credit("A").share().isDefined());
    }
}
