package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void perfectLineHasSlopeTwoAndAZeroWidthInterval() {
        // y = 10 + 2x at x = 0..3: slope 2, intercept 10, R² 1; next period x = 4: 18, SSE = 0
        Trend t = Trend.of(10, 12, 14, 16);
        assertTrue(t.isDefined());
        assertEquals(4, t.size());
        assertEquals(2.0, t.slope().doubleValue(), 1e-12);
        assertEquals(10.0, t.intercept().doubleValue(), 1e-12);
        assertEquals(1.0, t.rSquared().doubleValue(), 1e-12);
        List<Forecast> next = t.forecast(1);
        assertEquals(1, next.size());
        Forecast f = next.get(0);
        assertEquals(4.0, f.x());
        assertEquals(18.0, f.value().doubleValue(), 1e-12);
        assertEquals(f.value(), f.lower());
        assertEquals(f.value(), f.upper());
        assertEquals(0.95, f.confidence());
    }

    @Test
    void noisySeriesMatchesTheHandComputation() {
        // x = 0..4, y = 1, 3, 2, 5, 4: x̄ = 2, ȳ = 3, Sxx = 10, Sxy = 4 + 0 + 0 + 2 + 2 = 8
        // slope = 8/10 = 0.8, intercept = 3 - 0.8*2 = 1.4
        // fitted 1.4, 2.2, 3.0, 3.8, 4.6; residuals -0.4, 0.8, -1.0, 1.2, -0.6; SSE = 3.6
        // SST = 4 + 0 + 1 + 4 + 1 = 10, R² = 1 - 3.6/10 = 0.64
        Trend t = Trend.of(1, 3, 2, 5, 4);
        assertEquals(0.8, t.slope().doubleValue(), 1e-12);
        assertEquals(1.4, t.intercept().doubleValue(), 1e-12);
        assertEquals(0.64, t.rSquared().doubleValue(), 1e-12);
        // forecast at x0 = 5: ŷ = 1.4 + 0.8*5 = 5.4; s² = 3.6/3 = 1.2
        // half width = t(0.975, 3) * sqrt(1.2 * (1 + 1/5 + (5-2)²/10)) = 3.182446 * sqrt(2.52)
        //            = 3.182446 * 1.587451 = 5.051977 (t table: 3.182 for 3 df at 95%)
        Forecast f = t.forecast(1).get(0);
        assertEquals(5.0, f.x());
        assertEquals(5.4, f.value().doubleValue(), 1e-12);
        assertEquals(5.4 - 5.051977, f.lower().doubleValue(), 1e-6);
        assertEquals(5.4 + 5.051977, f.upper().doubleValue(), 1e-6);
        // at 90%: t(0.95, 3) = 2.353363 (t table: 2.353), half width = 2.353363 * 1.587451 = 3.735849
        Forecast f90 = t.forecast(1, 0.90).get(0);
        assertEquals(5.4 + 3.735849, f90.upper().doubleValue(), 1e-6);
        // two periods ahead, x0 = 6: ŷ = 6.2, (6-2)²/10 = 1.6, half = 3.182446 * sqrt(1.2 * 2.8) = 3.182446 * 1.833030 = 5.833520
        Forecast f2 = t.forecast(2).get(1);
        assertEquals(6.0, f2.x());
        assertEquals(6.2, f2.value().doubleValue(), 1e-12);
        assertEquals(6.2 + 5.833520, f2.upper().doubleValue(), 1e-6);
    }

    @Test
    void suppliedXValuesAreUsedAsGiven() {
        // years 2021..2024 with y = 10, 12, 14, 16: slope 2 per year, next year 2025 -> 18
        Trend t = Trend.of(new double[] {2021, 2022, 2023, 2024}, new double[] {10, 12, 14, 16});
        assertEquals(2.0, t.slope().doubleValue(), 1e-9);
        Forecast f = t.forecast(1).get(0);
        assertEquals(2025.0, f.x());
        assertEquals(18.0, f.value().doubleValue(), 1e-9);
        // forecastAt anywhere: x = 2030 -> 10 + 2 * 9 = 28
        assertEquals(28.0, t.forecastAt(2030, 0.95).value().doubleValue(), 1e-9);
    }

    @Test
    void constantSeriesHasSlopeZeroAndUndefinedRSquared() {
        Trend t = Trend.of(5, 5, 5);
        assertEquals(0.0, t.slope().doubleValue());
        assertEquals(5.0, t.intercept().doubleValue());
        assertEquals(Optional.of("y is constant: R² is 0/0"), t.rSquared().undefinedReason());
        Forecast f = t.forecast(1).get(0);
        assertEquals(5.0, f.value().doubleValue());
        assertEquals(5.0, f.lower().doubleValue());
        assertEquals(5.0, f.upper().doubleValue());
    }

    @Test
    void twoPointsGiveALineButNoPredictionInterval() {
        Trend t = Trend.of(3, 7);
        assertEquals(4.0, t.slope().doubleValue(), 1e-12);
        Forecast f = t.forecast(1).get(0); // x = 2: 3 + 4*2 = 11
        assertEquals(11.0, f.value().doubleValue(), 1e-12);
        assertFalse(f.lower().isDefined());
        assertEquals(Optional.of("fewer than 3 points: a prediction interval needs n - 2 >= 1 degrees of freedom,"
                + " was n = 2"), f.upper().undefinedReason());
    }

    @Test
    void fewerThanTwoPointsOrEqualXLeaveTheWholeFitUndefined() {
        Trend one = Trend.of(7);
        assertFalse(one.isDefined());
        String reason = "fewer than 2 points: a trend needs at least 2, was 1";
        assertEquals(Optional.of(reason), one.undefinedReason());
        assertEquals(Optional.of(reason), one.slope().undefinedReason());
        assertEquals(Optional.of(reason), one.intercept().undefinedReason());
        assertEquals(Optional.of(reason), one.rSquared().undefinedReason());
        Forecast f = one.forecast(1).get(0);
        assertEquals(1.0, f.x());
        assertEquals(Optional.of(reason), f.value().undefinedReason());
        assertEquals(Optional.of(reason), f.lower().undefinedReason());
        assertEquals(0.0, Trend.of().forecast(1).get(0).x());
        assertEquals(Optional.of("fewer than 2 points: a trend needs at least 2, was 0"), Trend.of().undefinedReason());
        Trend sameX = Trend.of(new double[] {3, 3, 3}, new double[] {1, 2, 3});
        assertEquals(Optional.of("x values are all equal: the slope is 0/0"), sameX.slope().undefinedReason());
        assertTrue(sameX.toString().contains("undefined"));
    }

    @Test
    void invalidInputIsRejectedWithFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trend.of(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertEquals("x and y must have equal lengths, were 2 and 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trend.of(1, Double.NaN));
        assertEquals("y[1] must be a finite number, was NaN", e.getMessage());
        Trend t = Trend.of(1, 2, 4);
        e = assertThrows(IllegalArgumentException.class, () -> t.forecast(0));
        assertEquals("periods must be > 0, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.forecast(1, 1.0));
        assertEquals("confidence must be in (0, 1), was 1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.forecastAt(Double.POSITIVE_INFINITY, 0.9));
        assertEquals("x0 must be a finite number, was Infinity", e.getMessage());
    }

    @Test
    void keepsThePointsItWasFittedTo() {
        Trend byIndex = Trend.of(10, 12, 14, 16);
        assertArrayEquals(new double[] {0, 1, 2, 3}, byIndex.x());
        assertArrayEquals(new double[] {10, 12, 14, 16}, byIndex.y());
        double[] x = {2021, 2022, 2024};
        double[] y = {100, 110, 130};
        Trend byYear = Trend.of(x, y);
        x[0] = 0; // the trend copied the caller's arrays
        y[0] = 0;
        assertArrayEquals(new double[] {2021, 2022, 2024}, byYear.x());
        byYear.y()[0] = -1; // and hands out copies
        assertArrayEquals(new double[] {100, 110, 130}, byYear.y());
        // refitting the kept points: slope (Sxy / Sxx) = 10 per year, as before
        assertEquals(byYear.slope(), Trend.of(byYear.x(), byYear.y()).slope());
        assertEquals(10.0, byYear.slope().doubleValue(), 1e-9);
        // an undefined fit keeps its points too
        Trend one = Trend.of(5);
        assertArrayEquals(new double[] {0}, one.x());
        assertEquals(one.undefinedReason(), Trend.of(one.x(), one.y()).undefinedReason());
    }
}
