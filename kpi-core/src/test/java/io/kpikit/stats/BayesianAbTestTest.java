package io.kpikit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class BayesianAbTestTest {

    @Test
    void equalDataGivesOneHalf() {
        assertEquals(0.5, BayesianAbTest.of(0, 0, 0, 0).probabilityBBeatsA(), 1e-12);
        assertEquals(0.5, BayesianAbTest.of(7, 20, 7, 20).probabilityBBeatsA(), 1e-12);
        assertEquals(0.5, BayesianAbTest.of(500, 10_000, 500, 10_000).probabilityBBeatsA(), 1e-9);
    }

    @Test
    void smallCasesByHand() {
        // A uniform Beta(1,1), B Beta(2,1) (1 of 1): P(pB > pA) = ∫ 2x · x dx = 2/3
        assertEquals(2.0 / 3, BayesianAbTest.of(0, 0, 1, 1).probabilityBBeatsA(), 1e-12);
        // A Beta(2,1) (1 of 1), B Beta(1,2) (0 of 1): P = ∫ 2x (1-x)² dx = 2 (1/2 - 2/3 + 1/4) = 1/6
        assertEquals(1.0 / 6, BayesianAbTest.of(1, 1, 0, 1).probabilityBBeatsA(), 1e-12);
        // and the reverse is 5/6
        assertEquals(5.0 / 6, BayesianAbTest.of(0, 1, 1, 1).probabilityBBeatsA(), 1e-12);
    }

    @Test
    void agreesWithNumericalIntegration() {
        // independent check: P(pB > pA) = ∫ fA(x) (1 - FB(x)) dx by Simpson's rule on 20,000 panels
        long[][] cases = {{50, 1000, 65, 1000}, {5, 40, 9, 35}, {300, 600, 280, 600}, {990, 1000, 995, 1000}};
        for (long[] c : cases) {
            BetaDistribution a = new BetaDistribution(null, 1 + c[0], 1 + c[1] - c[0]);
            BetaDistribution b = new BetaDistribution(null, 1 + c[2], 1 + c[3] - c[2]);
            int panels = 20_000;
            double h = 1.0 / panels;
            double sum = 0;
            for (int i = 0; i <= panels; i++) {
                double x = i * h;
                double f = a.density(x) * (1 - b.cumulativeProbability(x));
                sum += (i == 0 || i == panels ? 1 : i % 2 == 1 ? 4 : 2) * f;
            }
            double expected = sum * h / 3;
            double actual = BayesianAbTest.of(c[0], c[1], c[2], c[3]).probabilityBBeatsA();
            assertEquals(expected, actual, 1e-7, java.util.Arrays.toString(c));
        }
    }

    @Test
    void largeCountsStayAccurate() {
        // 50,000 of 1,000,000 against 50,500 of 1,000,000: the difference of 0.05 points is about
        // 1.62 standard errors (se = sqrt(2 · 0.05 · 0.95 / 1e6) = 3.08e-4), so P ≈ Φ(1.62) ≈ 0.948
        double p = BayesianAbTest.of(50_000, 1_000_000, 50_500, 1_000_000).probabilityBBeatsA();
        assertEquals(0.948, p, 0.002);
    }

    @Test
    void undefinedHasReason() {
        BayesianAbTest t = BayesianAbTest.undefined(15, 10, 9, 10, "rates above 1");
        assertFalse(t.isDefined());
        IllegalStateException e = assertThrows(IllegalStateException.class, t::probabilityBBeatsA);
        assertEquals("probability that B beats A (15/10 vs 9/10) is undefined: rates above 1", e.getMessage());
        assertFalse(t.equals(BayesianAbTest.undefined(15, 10, 8, 10, "rates above 1")));
        assertEquals(t, BayesianAbTest.undefined(15, 10, 9, 10, "rates above 1"));
        assertEquals("trialsB must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> BayesianAbTest.undefined(15, 10, 9, -1, "x")).getMessage());
        assertEquals(-1.0, t.orElse(-1));
        assertTrue(t.toOptionalDouble().isEmpty());
    }

    @Test
    void invalidCountsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BayesianAbTest.of(3, 2, 0, 1));
        assertEquals("successesA must be <= trialsA (2), was 3", e.getMessage());
    }

    @Test
    void keepsItsCountsSoItCanBeRebuilt() {
        // 1 of 1 against 0 of 1: P(B > A) = 1/6
        BayesianAbTest t = BayesianAbTest.of(1, 1, 0, 1);
        assertEquals(1, t.successesA());
        assertEquals(1, t.trialsA());
        assertEquals(0, t.successesB());
        assertEquals(1, t.trialsB());
        BayesianAbTest again = BayesianAbTest.of(t.successesA(), t.trialsA(), t.successesB(), t.trialsB());
        assertEquals(t, again);
        assertEquals(t.probabilityBBeatsA(), again.probabilityBBeatsA());
        BayesianAbTest events = BayesianAbTest.undefined(7, 5, 2, 5, "rate above 1");
        assertEquals(7, events.successesA());
        assertEquals(5, events.trialsB());
    }
}
