package io.kpikit.stats;

import static io.kpikit.ValueContract.assertValueSemantics;

import org.junit.jupiter.api.Test;

/** Equality and hashing of the statistics results: by their counts (and level or reason). */
class ValueSemanticsTest {

    @Test
    void wilsonIntervalsAreEqualByCountsAndConfidence() {
        assertValueSemantics(WilsonInterval.of(50, 100), WilsonInterval.of(50, 100, 0.95),
                WilsonInterval.of(51, 100),
                WilsonInterval.of(50, 101),
                WilsonInterval.of(50, 100, 0.9),
                WilsonInterval.undefined(50, 100, 0.95, "not sampled"));
    }

    @Test
    void zTestsAreEqualByTheirFourCounts() {
        assertValueSemantics(TwoProportionZTest.of(40, 1000, 60, 1000), TwoProportionZTest.of(40, 1000, 60, 1000),
                TwoProportionZTest.of(41, 1000, 60, 1000),
                TwoProportionZTest.of(40, 1001, 60, 1000),
                TwoProportionZTest.of(40, 1000, 61, 1000),
                TwoProportionZTest.of(40, 1000, 60, 1001),
                TwoProportionZTest.undefined(40, 1000, 60, 1000, "stopped early"));
    }

    @Test
    void bayesianTestsAreEqualByTheirFourCounts() {
        assertValueSemantics(BayesianAbTest.of(40, 1000, 60, 1000), BayesianAbTest.of(40, 1000, 60, 1000),
                BayesianAbTest.of(41, 1000, 60, 1000),
                BayesianAbTest.of(40, 1001, 60, 1000),
                BayesianAbTest.of(40, 1000, 61, 1000),
                BayesianAbTest.of(40, 1000, 60, 1001),
                BayesianAbTest.undefined(40, 1000, 60, 1000, "stopped early"));
    }
}
