package io.kpikit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {

    @Test
    void pooledTestByHand() {
        // A 50/1000, B 75/1000: pooled p = 125/2000 = 0.0625
        // se = sqrt(0.0625 * 0.9375 * (1/1000 + 1/1000)) = sqrt(1.171875e-4) = 0.0108253
        // z = (0.075 - 0.05) / 0.0108253 = 2.309401; p = 2 * Φ(-2.309401) = 2 * 0.0104607 = 0.0209213
        TwoProportionZTest t = TwoProportionZTest.of(50, 1000, 75, 1000);
        assertEquals(2.309401, t.zScore(), 1e-6);
        assertEquals(0.0209213, t.pValue(), 1e-6);
        assertEquals(0.0209213, t.toOptionalPValue().getAsDouble(), 1e-6);
    }

    @Test
    void swappingSidesFlipsTheSignOnly() {
        TwoProportionZTest ab = TwoProportionZTest.of(50, 1000, 75, 1000);
        TwoProportionZTest ba = TwoProportionZTest.of(75, 1000, 50, 1000);
        assertEquals(-ab.zScore(), ba.zScore(), 1e-12);
        assertEquals(ab.pValue(), ba.pValue(), 1e-12);
    }

    @Test
    void equalRatesGivePValueOne() {
        TwoProportionZTest t = TwoProportionZTest.of(10, 100, 20, 200);
        assertEquals(0.0, t.zScore());
        assertEquals(1.0, t.pValue());
    }

    @Test
    void zeroPooledVarianceIsUndefined() {
        TwoProportionZTest none = TwoProportionZTest.of(0, 100, 0, 50);
        assertFalse(none.isDefined());
        assertEquals("pooled variance is 0: pooled rate is 0", none.undefinedReason().orElseThrow());
        TwoProportionZTest all = TwoProportionZTest.of(100, 100, 50, 50);
        assertEquals("pooled variance is 0: pooled rate is 1", all.undefinedReason().orElseThrow());
        IllegalStateException e = assertThrows(IllegalStateException.class, all::pValue);
        assertTrue(e.getMessage().contains("100/100 vs 50/50"), e.getMessage());
        assertThrows(IllegalStateException.class, all::zScore);
        assertEquals(-1.0, all.pValueOrElse(-1));
        assertTrue(all.toOptionalPValue().isEmpty());
    }

    @Test
    void noTrialsIsUndefined() {
        assertEquals("no trials in A", TwoProportionZTest.of(0, 0, 1, 2).undefinedReason().orElseThrow());
        assertEquals("no trials in B", TwoProportionZTest.of(1, 2, 0, 0).undefinedReason().orElseThrow());
        TwoProportionZTest x = TwoProportionZTest.undefined(12, 10, 3, 10, "x");
        assertEquals("x", x.undefinedReason().orElseThrow());
        assertEquals("two-proportion z-test 12/10 vs 3/10 is undefined: x",
                assertThrows(IllegalStateException.class, x::zScore).getMessage());
        assertEquals("12/10 vs 3/10: undefined: x", x.toString());
        assertFalse(x.equals(TwoProportionZTest.undefined(12, 10, 4, 10, "x")));
        assertEquals("successesA must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> TwoProportionZTest.undefined(-1, 10, 3, 10, "x")).getMessage());
    }

    @Test
    void invalidCountsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TwoProportionZTest.of(1, 2, 3, 2));
        assertEquals("successesB must be <= trialsB (2), was 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.of(1, -2, 0, 2));
        assertEquals("trialsA must be >= 0, was -2", e.getMessage());
    }

    @Test
    void equalityIsByCounts() {
        assertEquals(TwoProportionZTest.of(1, 10, 2, 10), TwoProportionZTest.of(1, 10, 2, 10));
        assertFalse(TwoProportionZTest.of(1, 10, 2, 10).equals(TwoProportionZTest.of(2, 10, 1, 10)));
        assertTrue(TwoProportionZTest.of(1, 10, 2, 10).toString().startsWith("1/10 vs 2/10: z="));
    }

    @Test
    void keepsItsCountsSoItCanBeRebuilt() {
        TwoProportionZTest t = TwoProportionZTest.of(50, 1000, 75, 1000);
        assertEquals(50, t.successesA());
        assertEquals(1000, t.trialsA());
        assertEquals(75, t.successesB());
        assertEquals(1000, t.trialsB());
        TwoProportionZTest again = TwoProportionZTest.of(t.successesA(), t.trialsA(), t.successesB(), t.trialsB());
        assertEquals(t, again);
        assertEquals(t.zScore(), again.zScore());
        // counts that are not proportions, kept by the undefined test with its reason
        TwoProportionZTest events = TwoProportionZTest.undefined(120, 100, 90, 100, "rate above 1");
        assertEquals(120, events.successesA());
        assertEquals(events, TwoProportionZTest.undefined(events.successesA(), events.trialsA(), events.successesB(),
                events.trialsB(), events.undefinedReason().orElseThrow()));
    }
}
