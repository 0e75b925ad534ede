package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CagrTest {

    private static final double EPS = 1e-15;

    @Test
    void tenPercentAYearOverTwoYears() {
        // (121 / 100)^(1/2) - 1 = 1.1 - 1 = 0.1
        Cagr c = Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2);
        assertTrue(c.isDefined());
        assertEquals(0.1, c.doubleValue(), EPS);
        assertEquals(new BigDecimal("100"), c.start());
        assertEquals(new BigDecimal("121"), c.end());
        assertEquals(2, c.periods());
        assertEquals(Optional.empty(), c.undefinedReason());
        assertEquals(0.1, c.orElse(-9), EPS);
        assertEquals(0.1, c.toOptionalDouble().getAsDouble(), EPS);
        assertEquals(c.doubleValue(), c.rate().doubleValue());
    }

    @Test
    void doublingInFiveYears() {
        // 2^(1/5) - 1 = 0.148698354997035 (2^0.2 = 1.148698354997035)
        assertEquals(0.148698354997035, Cagr.of(100.0, 200.0, 5).doubleValue(), 1e-14);
        // halving in one period is exactly -50%
        assertEquals(-0.5, Cagr.of(200.0, 100.0, 1).doubleValue(), EPS);
    }

    @Test
    void fromASeriesUsesFirstAndLastOfNPlusOneValues() {
        // 100, 110, 121: n = 2 periods, (121/100)^(1/2) - 1 = 0.1
        Cagr c = Cagr.from(100, 110, 121);
        assertEquals(2, c.periods());
        assertEquals(0.1, c.doubleValue(), EPS);
        // the middle values do not matter: 100, 500, 121 has the same CAGR
        assertEquals(c.doubleValue(), Cagr.from(100, 500, 121).doubleValue());
        Cagr d = Cagr.from(List.of(new BigDecimal("1000"), new BigDecimal("1100"), new BigDecimal("1210"),
                new BigDecimal("1331")));
        assertEquals(3, d.periods());
        assertEquals(0.1, d.doubleValue(), EPS);
    }

    @Test
    void revenueInMoney() {
        // CNY 1,000,000 -> 1,331,000 over 3 years: 1.331^(1/3) - 1 = 0.1
        assertEquals(0.1, Cagr.of(Money.parse("CNY 1000000.00"), Money.parse("CNY 1331000.00"), 3).doubleValue(), EPS);
        assertThrows(CurrencyMismatchException.class,
                () -> Cagr.of(Money.parse("CNY 1.00"), Money.parse("USD 2.00"), 1));
    }

    @Test
    void endZeroIsMinusOneHundredPercent() {
        assertEquals(-1.0, Cagr.of(50.0, 0.0, 4).doubleValue());
    }

    @Test
    void zeroStartIsUndefinedWithAReason() {
        Cagr c = Cagr.of(0.0, 10.0, 3);
        assertFalse(c.isDefined());
        assertEquals(Optional.of("start is zero: there is no growth factor from a zero base"), c.undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, c::doubleValue);
        assertTrue(e.getMessage().contains("start is zero"), e.getMessage());
        assertEquals(-1.0, c.orElse(-1.0));
        assertEquals(OptionalDouble.empty(), c.toOptionalDouble());
        assertEquals(new BigDecimal("0.0"), c.start()); // inputs are kept even when undefined
    }

    @Test
    void negativeStartAndSignChangeAreUndefinedWithTheirReasons() {
        assertEquals(Optional.of(Cagr.NEGATIVE_START), Cagr.of(-100.0, -50.0, 2).undefinedReason());
        assertEquals(Optional.of(Cagr.NEGATIVE_START), Cagr.of(-100.0, 50.0, 2).undefinedReason());
        Cagr signChange = Cagr.of(100.0, -50.0, 2);
        assertTrue(signChange.undefinedReason().get().startsWith("sign change from start to end"));
        assertTrue(signChange.undefinedReason().get().contains("no real root"));
        assertTrue(signChange.toString().contains("undefined: sign change"), signChange.toString());
    }

    @Test
    void extremeFactorsStayFiniteOrUndefined() {
        // (1e600)^(1/1) overflows a double: undefined, not Infinity
        Cagr huge = Cagr.of(new BigDecimal("1E-300"), new BigDecimal("1E+300"), 1);
        assertEquals(Optional.of(Cagr.OUT_OF_RANGE), huge.undefinedReason());
        // the same factor over 100 periods is 1e6 per period: 999999 (= 1e6 - 1)
        assertEquals(999_999.0, Cagr.of(new BigDecimal("1E-300"), new BigDecimal("1E+300"), 100).doubleValue(), 1e-6);
        // a factor of 1e-600 in one period is -100% to double precision
        assertEquals(-1.0, Cagr.of(new BigDecimal("1E+300"), new BigDecimal("1E-300"), 1).doubleValue(), EPS);
    }

    @Test
    void invalidInputIsRejectedWithFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cagr.of(1.0, 2.0, 0));
        assertEquals("periods must be > 0, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cagr.from(5.0));
        assertEquals("series size must be >= 2, was 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cagr.from(List.of(BigDecimal.ONE)));
        assertEquals("series size must be >= 2, was 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cagr.from(1.0, Double.NaN, 2.0));
        assertEquals("series[1] must be a finite number, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cagr.of(1.0, Double.POSITIVE_INFINITY, 1));
        assertEquals("end must be a finite number, was Infinity", e.getMessage());
        assertThrows(NullPointerException.class, () -> Cagr.of(null, BigDecimal.ONE, 1));
    }

    @Test
    void equalityIsNumericOnTheInputs() {
        assertEquals(Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2),
                Cagr.of(new BigDecimal("100.0"), new BigDecimal("121.00"), 2));
        assertEquals(Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2).hashCode(),
                Cagr.of(new BigDecimal("100.0"), new BigDecimal("121.00"), 2).hashCode());
        assertFalse(Cagr.of(100.0, 121.0, 2).equals(Cagr.of(100.0, 121.0, 3)));
    }
}
