package io.kpikit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void seedFunnelFiftyThousandOfAMillion() {
        // z = 1.959964, z² = 3.841459, n = 1e6, p = 0.05
        // centre = (0.05 + 3.841459/2e6) / (1 + 3.841459e-6) = 0.0500019207 / 1.0000038415 = 0.0500017286
        // half = 1.959964 / 1.0000038415 * sqrt(0.05 * 0.95 / 1e6 + 3.841459 / 4e12)
        //      = 1.9599565 * sqrt(4.75e-8 + 9.6e-13) = 1.9599565 * 2.1794724e-4 = 4.271676e-4
        // [0.0500017286 - 0.0004271676, 0.0500017286 + 0.0004271676] = [0.0495745610, 0.0504288962]
        WilsonInterval ci = WilsonInterval.of(50_000, 1_000_000);
        assertEquals(0.0495746, ci.lower(), 1e-7);
        assertEquals(0.0504289, ci.upper(), 1e-7);
        assertEquals(0.95, ci.confidence());
        assertEquals(0.05, ci.estimate().doubleValue());
    }

    @Test
    void smallSampleByHand() {
        // 1 of 2 at 95%: p = 0.5, n = 2, z² = 3.841459
        // centre = (0.5 + 0.960365) / (1 + 1.920729) = 0.5 (symmetric)
        // half = 1.959964 / 2.920729 * sqrt(0.125 + 3.841459 / 16) = 0.671055 * sqrt(0.365091) = 0.405469
        WilsonInterval ci = WilsonInterval.of(1, 2);
        assertEquals(0.5 - 0.405469, ci.lower(), 1e-5);
        assertEquals(0.5 + 0.405469, ci.upper(), 1e-5);
    }

    @Test
    void zeroAndAllSuccessesTouchTheBounds() {
        // 0 of 10: lower is 0; upper = z²/n / (1 + z²/n) = 0.3841459 / 1.3841459 = 0.277533
        WilsonInterval none = WilsonInterval.of(0, 10);
        assertEquals(0.0, none.lower());
        assertEquals(0.277533, none.upper(), 1e-6);
        WilsonInterval all = WilsonInterval.of(10, 10);
        assertEquals(1.0, all.upper());
        assertEquals(1 - 0.277533, all.lower(), 1e-6);
    }

    @Test
    void higherConfidenceIsWider() {
        // 99%: z = 2.575829 > 1.959964, so the interval around 5% is wider
        WilsonInterval ci95 = WilsonInterval.of(50, 1000);
        WilsonInterval ci99 = WilsonInterval.of(50, 1000, 0.99);
        assertTrue(ci99.lower() < ci95.lower());
        assertTrue(ci99.upper() > ci95.upper());
    }

    @Test
    void noTrialsIsUndefinedWithReason() {
        WilsonInterval ci = WilsonInterval.of(0, 0);
        assertFalse(ci.isDefined());
        assertEquals("no trials", ci.undefinedReason().orElseThrow());
        IllegalStateException e = assertThrows(IllegalStateException.class, ci::lower);
        assertTrue(e.getMessage().contains("0/0") && e.getMessage().contains("no trials"), e.getMessage());
        assertThrows(IllegalStateException.class, ci::upper);
        assertTrue(ci.toOptionalLower().isEmpty());
        assertTrue(ci.toOptionalUpper().isEmpty());
        assertEquals(-1.0, ci.lowerOrElse(-1));
        assertEquals(-1.0, ci.upperOrElse(-1));
    }

    @Test
    void explicitUndefinedKeepsTheReason() {
        WilsonInterval ci = WilsonInterval.undefined(12, 10, 0.95, "rate above 1");
        assertFalse(ci.isDefined());
        assertEquals("rate above 1", ci.undefinedReason().orElseThrow());
        assertEquals(12, ci.successes());
    }

    @Test
    void invalidInputNamesFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertEquals("successes must be <= trials (10), was 11", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
        assertEquals("successes must be >= 0, was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, 1.0));
        assertEquals("confidence must be in (0, 1), was 1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, Double.NaN));
        assertEquals("confidence must be a finite number, was NaN", e.getMessage());
    }

    @Test
    void equalityAndText() {
        assertEquals(WilsonInterval.of(5, 10), WilsonInterval.of(5, 10, 0.95));
        assertFalse(WilsonInterval.of(5, 10).equals(WilsonInterval.of(5, 10, 0.9)));
        assertEquals(WilsonInterval.of(5, 10).hashCode(), WilsonInterval.of(5, 10).hashCode());
        assertTrue(WilsonInterval.of(0, 0).toString().endsWith("undefined: no trials"));
        assertTrue(WilsonInterval.of(5, 10).toString().startsWith("5/10 95.0% CI ["));
    }
}
