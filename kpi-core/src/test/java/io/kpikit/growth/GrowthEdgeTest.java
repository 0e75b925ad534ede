package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Texts, precision and limits of the growth functions that the main examples do not reach. */
class GrowthEdgeTest {

    @Test
    void texts() {
        assertEquals("PoP 100 -> 120: +20 (20/100 = 0.2)", Change.between(100, 120).toString());
        // no change carries no sign
        assertEquals("PoP 100 -> 100: 0 (0/100 = 0)", Change.between(100, 100).toString());
        // −100 → 50 is +150, relative to |−100|
        assertEquals("PoP USD -100 -> USD 50: USD 150 (150/100 = 1.5) negative base",
                MoneyChange.between(Money.of("-100", "USD"), Money.of("50", "USD")).toString());
        assertEquals("CAGR 0 -> 121 over 2 periods undefined: start is zero: there is no growth factor from a zero base",
                Cagr.of(BigDecimal.ZERO, new BigDecimal("121"), 2).toString());
        // 100 → 121 in two periods: √1.21 − 1 = 0.1
        assertEquals("CAGR 100 -> 121 over 2 periods = " + Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2).rate(),
                Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2).toString());
        // 10, 12, 14, 16 at x = 0..3: slope 2, intercept 10, a perfect fit
        assertEquals("trend n=4: slope 2.0, intercept 10.0, R² 1.0", Trend.of(10, 12, 14, 16).toString());
    }

    @Test
    void aTinyGrowthRateKeepsItsDigits() {
        // 100 → 100.0000001 in one period is a rate of exactly 1e-9; log(a) − log(b) would keep
        // only about 7 of its digits, log1p(a/b − 1) keeps them all
        double rate = Cagr.of(new BigDecimal("100"), new BigDecimal("100.0000001"), 1).rate().doubleValue();
        assertEquals(1e-9, rate, 1e-22);
    }

    @Test
    void aForecastBeyondTheRangeOfADoubleIsUndefinedWithItsBounds() {
        Forecast f = Trend.of(0, 2, 4.1).forecastAt(1e308, 0.95);
        Optional<String> reason = Optional.of("the forecast is outside the range of a double");
        assertEquals(reason, f.value().undefinedReason());
        assertEquals(reason, f.lower().undefinedReason());
        assertEquals(reason, f.upper().undefinedReason());
    }

    @Test
    void xValuesTooFarApartAreOutOfRangeNotEqual() {
        // Σ(x − x̄)² for x = 0 and 1e200 is 5e399, beyond a double; the x values are not equal
        assertEquals(Optional.of("the fit is outside the range of a double"),
                Trend.of(new double[] {0, 1e200}, new double[] {1, 2}).undefinedReason());
        assertEquals(Optional.of("x values are all equal: the slope is 0/0"),
                Trend.of(new double[] {5, 5}, new double[] {1, 2}).undefinedReason());
    }

    @Test
    void forecastConfidenceMustBeStrictlyBetweenZeroAndOne() {
        Trend t = Trend.of(10, 12, 14, 16);
        for (double c : new double[] {0, 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.forecastAt(4, c));
            assertEquals("confidence must be in (0, 1), was " + c, e.getMessage());
        }
    }

    @Test
    void indexSeriesKnowsItsBasePeriod() {
        assertEquals(2, IndexSeries.of(new double[] {80, 100, 115}, 2).basePeriod());
    }
}
