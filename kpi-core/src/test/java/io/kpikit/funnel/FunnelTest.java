package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelTest {

    private static List<FunnelStage> stages(Object... nameCount) {
        java.util.ArrayList<FunnelStage> out = new java.util.ArrayList<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            out.add(new FunnelStage((String) nameCount[i], ((Number) nameCount[i + 1]).longValue()));
        }
        return out;
    }

    @Test
    void seedFunnelIsFivePercentWithItsWilsonInterval() {
        Funnel f = Funnel.of(stages("visit", 1_000_000, "order", 50_000));
        // 50,000 / 1,000,000 = 5%; Wilson 95% ≈ [0.049575, 0.050429] (arithmetic in WilsonIntervalTest)
        assertEquals("5.0%", f.overallConversion().toPercentString(1, RoundingMode.HALF_UP));
        FunnelStep step = f.steps().get(0);
        assertEquals(0.05, step.stepConversion().doubleValue());
        assertEquals(950_000, step.dropOff());
        assertEquals(0.95, step.dropOffRate().doubleValue());
        assertEquals(0.0495746, step.stepInterval().lower(), 1e-7);
        assertEquals(0.0504289, step.stepInterval().upper(), 1e-7);
        assertEquals(step.stepInterval(), f.overallInterval());
    }

    @Test
    void fiveStageFunnelByHand() {
        Funnel f = Funnel.of(stages("visit", 1_000_000, "product", 400_000, "cart", 100_000, "checkout", 60_000,
                "order", 50_000));
        List<FunnelStep> s = f.steps();
        assertEquals(4, s.size());
        // step conversions: 400k/1M = 0.4, 100k/400k = 0.25, 60k/100k = 0.6, 50k/60k = 0.8333
        assertEquals(0.4, s.get(0).stepConversion().doubleValue());
        assertEquals(0.25, s.get(1).stepConversion().doubleValue());
        assertEquals(0.6, s.get(2).stepConversion().doubleValue());
        assertEquals(5.0 / 6, s.get(3).stepConversion().doubleValue(), 1e-15);
        // overall: cart 100k/1M = 0.1, order 50k/1M = 0.05
        assertEquals(0.1, s.get(1).overallConversion().doubleValue());
        assertEquals(0.05, s.get(3).overallConversion().doubleValue());
        // drop-off: 600k, 300k, 40k, 10k; rates 0.6, 0.75, 0.4, 0.1667 -> bottleneck product -> cart
        assertEquals(300_000, s.get(1).dropOff());
        assertEquals(0.75, s.get(1).dropOffRate().doubleValue());
        assertEquals("cart", f.bottleneck().orElseThrow().to());
        assertEquals(2, f.bottleneck().orElseThrow().index());
        assertEquals("visit", s.get(0).from());
    }

    @Test
    void bottleneckTieGoesToTheEarliestStep() {
        // 100 -> 50 -> 25: both steps lose half; the first wins
        Funnel f = Funnel.of(stages("a", 100, "b", 50, "c", 25));
        assertEquals(1, f.bottleneck().orElseThrow().index());
        // equal rates from different counts are compared exactly: 3/9 vs 1/3
        Funnel g = Funnel.of(stages("a", 9, "b", 6, "c", 4));
        assertEquals(1, g.bottleneck().orElseThrow().index());
    }

    @Test
    void noLossMeansNoBottleneck() {
        assertTrue(Funnel.of(stages("a", 10, "b", 10)).bottleneck().isEmpty());
        assertTrue(Funnel.of(stages("a", 10)).bottleneck().isEmpty());
        assertTrue(Funnel.of(stages("a", 10)).steps().isEmpty());
    }

    @Test
    void strictFunnelRejectsAGrowingStageNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Funnel.of(stages("visit", 1000, "cart", 1200)));
        assertEquals("count of stage \"cart\" must be <= count of stage \"visit\" (1000) in a strict funnel, was 1200",
                e.getMessage());
    }

    @Test
    void nonStrictFunnelAllowsRatesAboveOneWithoutIntervals() {
        // page views counted in events: 1000 sessions, 1200 product views, 300 carts
        Funnel f = Funnel.nonStrict(stages("session", 1000, "product view", 1200, "cart", 300));
        assertFalse(f.isStrict());
        FunnelStep gain = f.steps().get(0);
        assertEquals(1.2, gain.stepConversion().doubleValue());
        // a gain is a negative drop-off, not a silent 0: 1000 - 1200 = -200, -200 / 1000 = -0.2
        assertEquals(-200, gain.dropOff());
        assertEquals(-0.2, gain.dropOffRate().doubleValue());
        assertFalse(gain.stepInterval().isDefined());
        assertTrue(gain.stepInterval().undefinedReason().orElseThrow().startsWith("rate above 1: 1200 exceeds 1000"));
        // 300 / 1200 = 0.25 is a proportion again
        assertTrue(f.steps().get(1).stepInterval().isDefined());
        assertEquals("cart", f.bottleneck().orElseThrow().to());
        assertTrue(f.toString().endsWith("(non-strict)"));
    }

    @Test
    void gainsAreNeverTheBottleneck() {
        // 10 -> 20 gains 10 (drop-off -10, rate -1), 20 -> 19 loses 1 (rate 0.05): the loss is the bottleneck
        Funnel f = Funnel.nonStrict(stages("a", 10, "b", 20, "c", 19));
        assertEquals(-10, f.steps().get(0).dropOff());
        assertEquals(-1.0, f.steps().get(0).dropOffRate().doubleValue());
        assertEquals("c", f.bottleneck().orElseThrow().to());
        // only gains: no bottleneck
        assertTrue(Funnel.nonStrict(stages("a", 10, "b", 20, "c", 20)).bottleneck().isEmpty());
    }

    @Test
    void zeroEntrantsGiveUndefinedRatesNotErrors() {
        Funnel f = Funnel.of(stages("visit", 0, "order", 0));
        FunnelStep s = f.steps().get(0);
        assertFalse(s.stepConversion().isDefined());
        assertFalse(s.stepInterval().isDefined());
        assertFalse(f.overallConversion().isDefined());
        assertTrue(f.bottleneck().isEmpty());
    }

    @Test
    void confidenceIsConfigurable() {
        Funnel f = Funnel.of(stages("visit", 1000, "order", 50)).withConfidence(0.99);
        assertEquals(0.99, f.confidence());
        assertEquals(0.99, f.steps().get(0).stepInterval().confidence());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.withConfidence(0));
        assertEquals("confidence must be in (0, 1), was 0.0", e.getMessage());
    }

    @Test
    void invalidStagesAreRejected() {
        assertEquals("stages must not be empty, was []",
                assertThrows(IllegalArgumentException.class, () -> Funnel.of(List.of())).getMessage());
        assertEquals("stage names must be unique, was \"a\" twice",
                assertThrows(IllegalArgumentException.class, () -> Funnel.of(stages("a", 2, "a", 1))).getMessage());
        assertEquals("count of stage \"a\" must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> new FunnelStage("a", -1)).getMessage());
        assertEquals("stage name must not be blank, was \" \"",
                assertThrows(IllegalArgumentException.class, () -> new FunnelStage(" ", 1)).getMessage());
        assertThrows(NullPointerException.class, () -> new FunnelStage(null, 1));
    }

    @Test
    void equalityAndText() {
        assertEquals(Funnel.of(stages("a", 2, "b", 1)), Funnel.of(stages("a", 2, "b", 1)));
        assertFalse(Funnel.of(stages("a", 2, "b", 1)).equals(Funnel.nonStrict(stages("a", 2, "b", 1))));
        assertEquals("a 2 > b 1", Funnel.of(stages("a", 2, "b", 1)).toString());
    }
}
