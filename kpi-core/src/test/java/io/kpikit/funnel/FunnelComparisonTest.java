package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelComparisonTest {

    private static Funnel funnel(long visits, long carts, long orders) {
        return Funnel.of(List.of(new FunnelStage("visit", visits), new FunnelStage("cart", carts),
                new FunnelStage("order", orders)));
    }

    @Test
    void liftsAndTestsByHand() {
        // A: 1000 visits -> 200 carts -> 50 orders; B: 1000 -> 200 -> 75
        FunnelComparison c = FunnelComparison.between(funnel(1000, 200, 50), funnel(1000, 200, 75));
        StepComparison first = c.steps().get(0);
        assertEquals(0.0, first.absoluteLift().doubleValue());
        assertEquals(1.0, first.zTest().pValue());
        assertEquals(0.5, first.bayesian().probabilityBBeatsA(), 1e-9);
        StepComparison second = c.steps().get(1);
        // pA = 50/200 = 0.25, pB = 75/200 = 0.375: absolute +0.125, relative +0.5
        assertEquals(0.125, second.absoluteLift().doubleValue());
        assertEquals(0.5, second.relativeLift().doubleValue());
        // pooled 125/400 = 0.3125, se = sqrt(0.3125 * 0.6875 * 2/200) = 0.0463512, z = 0.125/0.0463512 = 2.696799
        assertEquals(2.696799, second.zTest().zScore(), 1e-6);
        assertTrue(second.zTest().pValue() < 0.01);
        assertTrue(second.bayesian().probabilityBBeatsA() > 0.99);
        assertFalse(second.isBelowMinimumSample());
        // overall 50/1000 vs 75/1000
        assertEquals(0.025, c.overall().absoluteLift().doubleValue());
        assertEquals("visit", c.overall().from());
        assertEquals("order", c.overall().to());
        assertEquals(0.25, second.rateA().doubleValue());
    }

    @Test
    void smallSamplesAreFlagged() {
        // A: 20 -> 3: fewer than 30 entrants and fewer than 5 conversions
        FunnelComparison c = FunnelComparison.between(
                Funnel.of(List.of(new FunnelStage("visit", 20), new FunnelStage("order", 3))),
                Funnel.of(List.of(new FunnelStage("visit", 100), new FunnelStage("order", 97))));
        StepComparison s = c.steps().get(0);
        assertTrue(s.isBelowMinimumSample());
        assertEquals("below minimum sample: A has 20 entrants (< 30); A has 3 conversions (< 5); "
                + "B has 3 non-conversions (< 5)", s.sampleWarning().orElseThrow());
        FunnelComparison relaxed = FunnelComparison.between(
                Funnel.of(List.of(new FunnelStage("visit", 20), new FunnelStage("order", 3))),
                Funnel.of(List.of(new FunnelStage("visit", 100), new FunnelStage("order", 97))),
                new MinimumSample(10, 3));
        assertFalse(relaxed.steps().get(0).isBelowMinimumSample());
    }

    @Test
    void undefinedLiftsCarryReasons() {
        FunnelComparison c = FunnelComparison.between(funnel(1000, 0, 0), funnel(1000, 10, 5));
        StepComparison second = c.steps().get(1);
        assertEquals("no entrants in A at step cart -> order", second.absoluteLift().undefinedReason().orElseThrow());
        StepComparison first = c.steps().get(0);
        assertEquals(0.01, first.absoluteLift().doubleValue());
        assertEquals("relative lift from a zero rate in A at step visit -> cart",
                first.relativeLift().undefinedReason().orElseThrow());
    }

    @Test
    void ratesAboveOneHaveNoTests() {
        Funnel a = Funnel.nonStrict(List.of(new FunnelStage("session", 100), new FunnelStage("view", 150)));
        Funnel b = Funnel.nonStrict(List.of(new FunnelStage("session", 100), new FunnelStage("view", 90)));
        StepComparison s = FunnelComparison.between(a, b).steps().get(0);
        assertFalse(s.zTest().isDefined());
        assertFalse(s.bayesian().isDefined());
        assertTrue(s.zTest().undefinedReason().orElseThrow().startsWith("rate above 1 at step session -> view"));
        assertEquals(-0.6, s.absoluteLift().doubleValue());
    }

    @Test
    void undefinedTestsKeepTheirCounts() {
        Funnel a = Funnel.nonStrict(List.of(new FunnelStage("session", 100), new FunnelStage("view", 150)));
        Funnel b = Funnel.nonStrict(List.of(new FunnelStage("session", 100), new FunnelStage("view", 90)));
        Funnel c = Funnel.nonStrict(List.of(new FunnelStage("session", 100), new FunnelStage("view", 80)));
        StepComparison ab = FunnelComparison.between(a, b).steps().get(0);
        StepComparison ac = FunnelComparison.between(a, c).steps().get(0);
        // the counts used to be reset to 0: "0/0 vs 0/0", and both tests compared equal
        assertTrue(assertThrows(IllegalStateException.class, () -> ab.zTest().pValue()).getMessage()
                .startsWith("two-proportion z-test 150/100 vs 90/100 is undefined: rate above 1"));
        assertTrue(assertThrows(IllegalStateException.class, () -> ab.bayesian().probabilityBBeatsA()).getMessage()
                .startsWith("probability that B beats A (150/100 vs 90/100) is undefined: rate above 1"));
        assertTrue(ab.zTest().toString().startsWith("150/100 vs 90/100: undefined: "), ab.zTest().toString());
        assertFalse(ab.zTest().equals(ac.zTest()));
        assertFalse(ab.bayesian().equals(ac.bayesian()));
        assertFalse(FunnelComparison.between(a, b).equals(FunnelComparison.between(a, c)));
    }

    @Test
    void stageNamesMustMatch() {
        Funnel a = funnel(10, 5, 1);
        Funnel b = Funnel.of(List.of(new FunnelStage("visit", 10), new FunnelStage("basket", 5),
                new FunnelStage("order", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FunnelComparison.between(a, b));
        assertEquals("stage 2 of B must match A's \"cart\", was \"basket\"", e.getMessage());
        Funnel shorter = Funnel.of(List.of(new FunnelStage("visit", 10), new FunnelStage("cart", 5)));
        e = assertThrows(IllegalArgumentException.class, () -> FunnelComparison.between(a, shorter));
        assertEquals("stage 3 of B must match A's \"order\", was missing", e.getMessage());
        assertThrows(NullPointerException.class, () -> FunnelComparison.between(a, null));
        assertEquals("minEntrants must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> new MinimumSample(-1, 5)).getMessage());
    }

    @Test
    void equalComparisonsAreEqual() {
        assertEquals(FunnelComparison.between(funnel(10, 5, 1), funnel(10, 6, 2)),
                FunnelComparison.between(funnel(10, 5, 1), funnel(10, 6, 2)));
    }

    @Test
    void aComparisonKeepsItsFunnelsAndMinimumAndIsRebuiltFromThem() {
        Funnel a = funnel(1000, 200, 50);
        Funnel b = funnel(1000, 200, 75).withConfidence(0.9);
        MinimumSample strict = new MinimumSample(500, 60);
        FunnelComparison c = FunnelComparison.between(a, b, strict);
        assertEquals(a, c.a());
        assertEquals(b, c.b());
        assertEquals(strict, c.minimum());
        assertEquals(c, FunnelComparison.between(c.a(), c.b(), c.minimum()));
        assertEquals(MinimumSample.DEFAULT, FunnelComparison.between(a, b).minimum());
    }

    @Test
    void aStepIsComparedFromItsFourCounts() {
        // A 50 of 1000, B 75 of 1000: absolute (75·1000 − 50·1000) / (1000·1000) = 0.025, relative 25000 / 50000 = 0.5
        StepComparison s = StepComparison.of("visit", "order", 1000, 50, 1000, 75, MinimumSample.DEFAULT);
        assertEquals(0.025, s.absoluteLift().doubleValue());
        assertEquals(0.5, s.relativeLift().doubleValue());
        // pooled 125/2000 = 0.0625, se = sqrt(0.0625 · 0.9375 · 2/1000) = 0.0108253, z = 0.025 / 0.0108253 = 2.3094
        assertEquals(2.3094011, s.zTest().zScore(), 1e-6);
        assertEquals(1000, s.bayesian().trialsA());
        assertFalse(s.isBelowMinimumSample());
        // the overall step of a comparison is the same computation
        assertEquals(s, FunnelComparison.between(funnel(1000, 200, 50), funnel(1000, 200, 75)).overall());
        // below a minimum of 60 conversions: A is flagged
        assertEquals(java.util.Optional.of("below minimum sample: A has 50 conversions (< 60)"),
                StepComparison.of("visit", "order", 1000, 50, 1000, 75, new MinimumSample(30, 60)).sampleWarning());
    }

    @Test
    void aStepWithMoreConversionsThanEntrantsHasUndefinedTests() {
        StepComparison s = StepComparison.of("view", "click", 10, 12, 10, 9, MinimumSample.DEFAULT);
        assertFalse(s.zTest().isDefined());
        assertEquals(java.util.Optional.of("rate above 1 at step view -> click (non-strict funnel); the tests need "
                + "proportions"), s.bayesian().undefinedReason());
    }

    @Test
    void aStepRejectsNegativeCountsNamingTheField() {
        assertEquals("entrantsA must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> StepComparison.of("a", "b", -1, 0, 1, 1, MinimumSample.DEFAULT)).getMessage());
        assertEquals("conversionsB must be >= 0, was -3", assertThrows(IllegalArgumentException.class,
                () -> StepComparison.of("a", "b", 1, 0, 1, -3, MinimumSample.DEFAULT)).getMessage());
        assertEquals("minimum", assertThrows(NullPointerException.class,
                () -> StepComparison.of("a", "b", 1, 0, 1, 1, null)).getMessage());
    }
}
