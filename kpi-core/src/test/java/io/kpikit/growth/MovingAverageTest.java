package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovingAverageTest {

    @Test
    void threePeriodAverage() {
        // (10+20+30)/3 = 20, (20+30+40)/3 = 30: n - w + 1 = 2 values
        assertArrayEquals(new double[] {20, 30}, MovingAverage.simple(new double[] {10, 20, 30, 40}, 3));
    }

    @Test
    void windowOneIsTheSeriesAndWindowNIsTheMean() {
        assertArrayEquals(new double[] {10, 20, 30, 40}, MovingAverage.simple(new double[] {10, 20, 30, 40}, 1));
        assertArrayEquals(new double[] {25}, MovingAverage.simple(new double[] {10, 20, 30, 40}, 4));
    }

    @Test
    void sumsAreExactSoNoBinaryRoundingCreepsIn() {
        // (0.1 + 0.2 + 0.3) / 3 = 0.2 exactly; summing doubles would give 0.20000000000000004
        assertArrayEquals(new double[] {0.2}, MovingAverage.simple(new double[] {0.1, 0.2, 0.3}, 3));
        // (1 + 2 + 2) / 3 = 1.666... to 34 digits; (2 + 2 + 3) / 3 = 2.333...
        List<BigDecimal> ma = MovingAverage.simple(
                List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(2), new BigDecimal("3")), 3);
        assertEquals(List.of(new BigDecimal("1.666666666666666666666666666666667"),
                new BigDecimal("2.333333333333333333333333333333333")), ma);
    }

    @Test
    void windowIsValidatedAgainstTheLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MovingAverage.simple(new double[] {1, 2, 3}, 4));
        assertEquals("window must be in [1, 3], was 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MovingAverage.simple(new double[] {1, 2, 3}, 0));
        assertEquals("window must be in [1, 3], was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MovingAverage.simple(new double[0], 1));
        assertEquals("values size must be >= 1, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MovingAverage.simple(new double[] {1, Double.NEGATIVE_INFINITY}, 1));
        assertEquals("values[1] must be a finite number, was -Infinity", e.getMessage());
    }
}
