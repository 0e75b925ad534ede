package io.kpikit.growth;

import static io.kpikit.growth.Generators.assertFiniteOrExplained;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.kpikit.core.Figure;
import org.junit.jupiter.api.Test;

class CorrelationProperties {

    @Test
    void correlationsAreInMinusOneToOneOrExplainedAndSymmetric() {
        qt().forAll(Generators.series(), Generators.series())
                .assuming((x, y) -> Math.min(x.length, y.length) >= 2)
                .checkAssert((x0, y0) -> {
                    int n = Math.min(x0.length, y0.length);
                    double[] x = java.util.Arrays.copyOf(x0, n);
                    double[] y = java.util.Arrays.copyOf(y0, n);
                    for (Figure r : new Figure[] {Correlation.pearson(x, y), Correlation.spearman(x, y)}) {
                        assertFiniteOrExplained(r, "correlation");
                        assertTrue(!r.isDefined() || r.doubleValue() >= -1 && r.doubleValue() <= 1);
                    }
                    Figure pxy = Correlation.pearson(x, y);
                    Figure pyx = Correlation.pearson(y, x);
                    assertEquals(pxy.isDefined(), pyx.isDefined(), () -> java.util.Arrays.toString(x) + " | " + java.util.Arrays.toString(y) + " | " + pxy + " | " + pyx);
                    if (pxy.isDefined()) {
                        assertEquals(pxy.doubleValue(), pyx.doubleValue(), 1e-12, () -> java.util.Arrays.toString(x) + " | " + java.util.Arrays.toString(y));
                    }
                });
    }

    @Test
    void spearmanOfAStrictlyIncreasingTransformIsOne() {
        qt().forAll(Generators.series()).checkAssert(x -> {
            double[] distinct = java.util.Arrays.stream(x).distinct().toArray();
            if (distinct.length < 2) {
                return;
            }
            double[] y = java.util.Arrays.stream(distinct).map(Math::atan).toArray(); // strictly increasing
            if (java.util.Arrays.stream(y).distinct().count() < y.length) {
                return; // atan rounds distinct extremes to the same double
            }
            assertEquals(1.0, Correlation.spearman(distinct, y).doubleValue(), 1e-12);
        });
    }
}
