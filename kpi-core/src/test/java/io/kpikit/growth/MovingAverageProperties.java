package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class MovingAverageProperties {

    @Test
    void eachAverageIsFiniteAndWithinItsWindow() {
        // the window is drawn from [1, length] rather than filtered by an assumption, so no seed
        // or example count can make QuickTheories give up; empty series are covered below
        qt().forAll(Generators.series(), integers().between(0, Integer.MAX_VALUE - 1))
                .assuming((values, k) -> values.length > 0)
                .checkAssert((values, k) -> {
                    int w = 1 + k % values.length;
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

    @Test
    void anEmptySeriesOrAWindowOutsideTheSeriesIsRejected() {
        // k picks a window below 1 (k < 4) or above the length (k >= 4); nothing is filtered
        qt().forAll(Generators.series(), integers().between(0, 7))
                .checkAssert((values, k) -> {
                    int w = k < 4 ? k - 3 : values.length + k - 3;
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> MovingAverage.simple(values, w));
                    assertEquals(values.length == 0 ? "values size must be >= 1, was 0"
                            : "window must be in [1, " + values.length + "], was " + w, e.getMessage());
                });
    }
}
