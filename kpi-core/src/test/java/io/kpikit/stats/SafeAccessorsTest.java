package io.kpikit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The safe accessors ({@code orElse}, {@code toOptional...}) pass a defined value through
 * unchanged and fall back only when undefined; plus the counts and error paths the main
 * examples do not reach.
 */
class SafeAccessorsTest {

    @Test
    void definedWilsonIntervalPassesItsBoundsThrough() {
        // 50 of 100 at 95%: the textbook Wilson interval is [0.4038, 0.5962]
        WilsonInterval w = WilsonInterval.of(50, 100);
        assertEquals(0.4038, w.lower(), 1e-4);
        assertEquals(0.5962, w.upper(), 1e-4);
        assertEquals(100, w.trials());
        assertEquals(w.lower(), w.lowerOrElse(-1));
        assertEquals(w.upper(), w.upperOrElse(-1));
        assertEquals(OptionalDouble.of(w.lower()), w.toOptionalLower());
        assertEquals(OptionalDouble.of(w.upper()), w.toOptionalUpper());
    }

    @Test
    void wilsonIntervalWithoutTrialsFallsBack() {
        WilsonInterval w = WilsonInterval.of(0, 0);
        assertEquals(Optional.of("no trials"), w.undefinedReason());
        assertEquals(-1, w.lowerOrElse(-1));
        assertEquals(-1, w.upperOrElse(-1));
        assertEquals(OptionalDouble.empty(), w.toOptionalLower());
        assertEquals(OptionalDouble.empty(), w.toOptionalUpper());
    }

    @Test
    void definedZTestPassesItsPValueThrough() {
        // 40/1000 vs 60/1000: pooled 0.05, se = √(0.05 · 0.95 · 2/1000) = 0.009747, z = 0.02 / 0.009747 = 2.052
        TwoProportionZTest t = TwoProportionZTest.of(40, 1000, 60, 1000);
        assertEquals(2.052, t.zScore(), 1e-3);
        assertEquals(0.0402, t.pValue(), 1e-4);
        assertEquals(t.pValue(), t.pValueOrElse(-1));
        assertEquals(-1, TwoProportionZTest.of(0, 0, 1, 2).pValueOrElse(-1));
    }

    @Test
    void allSuccessesHaveAPooledRateOfOne() {
        assertEquals(Optional.of("pooled variance is 0: pooled rate is 1"),
                TwoProportionZTest.of(10, 10, 20, 20).undefinedReason());
        assertEquals(Optional.of("pooled variance is 0: pooled rate is 1"),
                TwoProportionZTest.of(10, 10, 10, 10).undefinedReason());
        assertEquals(Optional.of("pooled variance is 0: pooled rate is 0"),
                TwoProportionZTest.of(0, 10, 0, 20).undefinedReason());
    }

    @Test
    void bayesianSafeAccessors() {
        // equal counts on both sides: by symmetry P(B > A) = 1/2
        BayesianAbTest even = BayesianAbTest.of(30, 100, 30, 100);
        assertTrue(even.isDefined());
        assertEquals(Optional.empty(), even.undefinedReason());
        assertEquals(0.5, even.probabilityBBeatsA(), 1e-9);
        assertEquals(even.probabilityBBeatsA(), even.orElse(-1));
        assertEquals(OptionalDouble.of(even.probabilityBBeatsA()), even.toOptionalDouble());
        assertEquals("30/100 vs 30/100: P(B > A) = " + even.probabilityBBeatsA(), even.toString());

        BayesianAbTest stopped = BayesianAbTest.undefined(30, 100, 30, 100, "stopped early");
        assertFalse(stopped.isDefined());
        assertEquals(Optional.of("stopped early"), stopped.undefinedReason());
        assertEquals(-1, stopped.orElse(-1));
        assertEquals(OptionalDouble.empty(), stopped.toOptionalDouble());
        assertEquals("30/100 vs 30/100: undefined: stopped early", stopped.toString());
    }

    @Test
    void bayesianTestChecksBothSidesCounts() {
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> BayesianAbTest.of(11, 10, 1, 10));
        assertTrue(a.getMessage().contains("successesA") && a.getMessage().contains("11"), a.getMessage());
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
                () -> BayesianAbTest.of(1, 10, -1, 10));
        assertTrue(b.getMessage().contains("successesB") && b.getMessage().contains("-1"), b.getMessage());
    }
}
