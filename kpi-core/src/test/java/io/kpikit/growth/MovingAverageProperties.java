package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class MovingAverageProperties {

    @Test
    void eachAverageIsFiniteAndWithinItsWindow() {
        qt().forAll(Generators.series(), integers().between(1, 12))
                .assuming((values, w) -> w <= values.length)
                .checkAssert((values, w) -> {
                    double[] ma = MovingAverage.simple(values, w);
                    assertEquals(values.length - w + 1, ma.length);
                    for (int i = 0; i < ma.length; i++) {
                        double min = Double.POSITIVE_INFINITY;
                        double max = Double.NEGATIVE_INFINITY;
                        for (int j = i; j < i + w; j++) {
                            min = Math.min(min, values[j]);
                            max = Math.max(max, values[j]);
                        }
                        assertTrue(Double.isFinite(ma[i]));
                        assertTrue(min <= ma[i] && ma[i] <= max, ma[i] + " outside [" + min + ", " + max + "]");
                    }
                });
    }
}
