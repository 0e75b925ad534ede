package io.kpikit.growth;

import static io.kpikit.growth.Generators.assertFiniteOrExplained;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class TrendProperties {

    @Test
    void everyResultOfAFitIsFiniteOrExplained() {
        qt().forAll(Generators.series(), doubles().between(0.5, 0.999), integers().between(1, 3))
                .checkAssert((y, confidence, k) -> {
                    Trend t = Trend.of(y);
                    assertFiniteOrExplained(t.slope(), "slope");
                    assertFiniteOrExplained(t.intercept(), "intercept");
                    assertFiniteOrExplained(t.rSquared(), "R²");
                    assertTrue(!t.rSquared().isDefined()
                            || t.rSquared().doubleValue() >= 0 && t.rSquared().doubleValue() <= 1);
                    assertEquals(y.length >= 2, t.isDefined() || !t.undefinedReason().orElseThrow().startsWith("fewer"));
                    for (Forecast f : t.forecast(k, confidence)) {
                        assertFiniteOrExplained(f.value(), "forecast");
                        assertFiniteOrExplained(f.lower(), "lower bound");
                        assertFiniteOrExplained(f.upper(), "upper bound");
                        if (f.lower().isDefined() && f.upper().isDefined()) {
                            assertTrue(f.lower().doubleValue() <= f.value().doubleValue());
                            assertTrue(f.value().doubleValue() <= f.upper().doubleValue());
                        }
                    }
                });
    }

    @Test
    void aConstantSeriesHasSlopeZeroAndNoRSquared() {
        qt().forAll(doubles().between(-1e9, 1e9), integers().between(2, 20)).checkAssert((v, n) -> {
            double[] y = new double[n];
            java.util.Arrays.fill(y, v);
            Trend t = Trend.of(y);
            assertEquals(0.0, t.slope().doubleValue());
            assertTrue(!t.rSquared().isDefined());
        });
    }

    @Test
    void aWiderConfidenceGivesAWiderInterval() {
        qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(3, 12).map(Generators::toArray),
                        doubles().between(0.5, 0.9))
                .checkAssert((y, c) -> {
                    Forecast narrow = Trend.of(y).forecast(1, c).get(0);
                    Forecast wide = Trend.of(y).forecast(1, c + 0.09).get(0);
                    assertTrue(wide.upper().doubleValue() >= narrow.upper().doubleValue());
                    assertTrue(wide.lower().doubleValue() <= narrow.lower().doubleValue());
                });
    }

    @Test
    void refittingTheKeptPointsGivesTheSameFit() {
        qt().forAll(Generators.series(), doubles().between(-100, 100)).checkAssert((y, shift) -> {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i * 2 + shift; // supplied x: every other period, shifted
            }
            for (Trend t : new Trend[] {Trend.of(y), Trend.of(x, y)}) {
                Trend again = Trend.of(t.x(), t.y());
                assertEquals(t.slope(), again.slope());
                assertEquals(t.intercept(), again.intercept());
                assertEquals(t.rSquared(), again.rSquared());
                assertEquals(t.undefinedReason(), again.undefinedReason());
                assertEquals(t.forecast(2), again.forecast(2));
            }
        });
    }
}
