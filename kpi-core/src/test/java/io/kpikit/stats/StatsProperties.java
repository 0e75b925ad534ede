package io.kpikit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class StatsProperties {

    @Test
    void wilsonBoundsContainTheEstimateAndStayInTheUnitInterval() {
        qt().forAll(longs().between(0, 10_000_000_000L), longs().between(0, 10_000_000_000L),
                        doubles().between(0.5, 0.999))
                .checkAssert((a, b, confidence) -> {
                    long trials = Math.max(a, b);
                    long successes = Math.min(a, b);
                    WilsonInterval ci = WilsonInterval.of(successes, trials, confidence);
                    if (trials == 0) {
                        assertTrue(!ci.isDefined());
                        return;
                    }
                    double p = (double) successes / trials;
                    assertTrue(0 <= ci.lower() && ci.lower() <= p && p <= ci.upper() && ci.upper() <= 1, ci::toString);
                });
    }

    @Test
    void bayesianProbabilitiesOfBothSidesSumToOne() {
        qt().forAll(longs().between(0, 300), longs().between(0, 300), longs().between(0, 300),
                        longs().between(0, 300))
                .checkAssert((x, y, u, v) -> {
                    long nA = Math.max(x, y);
                    long sA = Math.min(x, y);
                    long nB = Math.max(u, v);
                    long sB = Math.min(u, v);
                    double ab = BayesianAbTest.of(sA, nA, sB, nB).probabilityBBeatsA();
                    double ba = BayesianAbTest.of(sB, nB, sA, nA).probabilityBBeatsA();
                    assertTrue(ab >= 0 && ab <= 1);
                    assertEquals(1.0, ab + ba, 1e-9);
                    // swapping successes and failures on both sides mirrors the comparison
                    double mirrored = BayesianAbTest.of(nB - sB, nB, nA - sA, nA).probabilityBBeatsA();
                    assertEquals(ab, mirrored, 1e-9);
                });
    }

    @Test
    void zTestPValueIsAProbability() {
        qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000), longs().between(0, 1_000_000),
                        longs().between(0, 1_000_000))
                .checkAssert((x, y, u, v) -> {
                    TwoProportionZTest t = TwoProportionZTest.of(Math.min(x, y), Math.max(x, y), Math.min(u, v),
                            Math.max(u, v));
                    if (t.isDefined()) {
                        assertTrue(t.pValue() >= 0 && t.pValue() <= 1 && Double.isFinite(t.zScore()), t::toString);
                    }
                });
    }
}
