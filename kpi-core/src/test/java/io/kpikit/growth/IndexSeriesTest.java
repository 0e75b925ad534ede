package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Figure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexSeriesTest {

    @Test
    void indexToTheFirstPeriod() {
        // 80/80*100 = 100, 100/80*100 = 125, 115/80*100 = 143.75
        IndexSeries s = IndexSeries.of(new double[] {80, 100, 115}, 0);
        assertEquals(List.of(Figure.of(100), Figure.of(125), Figure.of(143.75)), s.values());
        assertEquals(0, s.basePeriod());
        assertEquals(new BigDecimal("80.0"), s.base());
        assertEquals(3, s.size());
    }

    @Test
    void indexToAMiddlePeriodWithDecimals() {
        // base 200: 150 -> 75, 200 -> 100, 0 -> 0, -50 -> -25 (other values may be zero or negative)
        IndexSeries s = IndexSeries.of(List.of(new BigDecimal("150"), new BigDecimal("200"), BigDecimal.ZERO,
                new BigDecimal("-50")), 1);
        assertEquals(Figure.of(75), s.value(0));
        assertEquals(Figure.of(100), s.value(1));
        assertEquals(Figure.of(0), s.value(2));
        assertEquals(Figure.of(-25), s.value(3));
        assertEquals(4, s.inputs().size());
    }

    @Test
    void aThirdIsKeptTo34Digits() {
        // 100 / 300 * 100 = 33.333...
        IndexSeries s = IndexSeries.of(new double[] {300, 100}, 0);
        assertEquals(new BigDecimal("33.33333333333333333333333333333333"), s.value(1).toBigDecimal());
    }

    @Test
    void zeroAndNegativeBasesMakeEveryIndexUndefined() {
        IndexSeries zero = IndexSeries.of(new double[] {0, 10}, 0);
        assertEquals(Optional.of("base is zero"), zero.value(0).undefinedReason());
        assertEquals(Optional.of("base is zero"), zero.value(1).undefinedReason());
        IndexSeries negative = IndexSeries.of(new double[] {-5, 10}, 0);
        assertEquals(Optional.of("base is negative: an index needs a positive base"), negative.value(1).undefinedReason());
    }

    @Test
    void anIndexBeyondTheDoubleRangeIsUndefined() {
        // 1e308 / 1e-300 * 100 = 1e610
        IndexSeries s = IndexSeries.of(new double[] {1e-300, 1e308}, 0);
        assertEquals(Figure.of(100), s.value(0));
        assertEquals(Optional.of("index is outside the range of a double"), s.value(1).undefinedReason());
    }

    @Test
    void invalidInputIsRejectedWithFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexSeries.of(new double[] {1, 2}, 2));
        assertEquals("basePeriod must be in [0, 1], was 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IndexSeries.of(new double[] {1, 2}, -1));
        assertEquals("basePeriod must be in [0, 1], was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IndexSeries.of(new double[0], 0));
        assertEquals("values size must be >= 1, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IndexSeries.of(new double[] {1, Double.NaN}, 0));
        assertEquals("values[1] must be a finite number, was NaN", e.getMessage());
    }

    @Test
    void equalSeriesAreEqual() {
        assertEquals(IndexSeries.of(new double[] {80, 100}, 0), IndexSeries.of(new double[] {80, 100}, 0));
        assertEquals(IndexSeries.of(new double[] {80, 100}, 0).hashCode(),
                IndexSeries.of(new double[] {80, 100}, 0).hashCode());
        assertEquals("index (base period 0) [100, 125]", IndexSeries.of(new double[] {80, 100}, 0).toString());
    }
}
