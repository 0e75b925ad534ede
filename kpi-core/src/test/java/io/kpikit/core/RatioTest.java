package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void executionRateOfTheSeedBudget() {
        Ratio execution = Ratio.of(Money.parse("CNY 9500000.00"), Money.parse("CNY 10000000.00"));
        assertEquals(0.95, execution.doubleValue());
        assertEquals("95.0%", execution.toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("9500000.00"), execution.numerator());
        assertEquals(new BigDecimal("10000000.00"), execution.denominator());
    }

    @Test
    void conversionOfTheSeedFunnel() {
        Ratio conversion = Ratio.of(50_000, 1_000_000);
        assertEquals(0.05, conversion.doubleValue());
        assertEquals("5%", conversion.toPercentString(0, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("0.0500"), conversion.toBigDecimal(4, RoundingMode.HALF_EVEN));
    }

    @Test
    void divisionByZeroIsUndefinedWithAReason() {
        Ratio zeroByZero = Ratio.of(0, 0);
        assertFalse(zeroByZero.isDefined());
        assertEquals(Optional.of("0/0 is undefined"), zeroByZero.undefinedReason());
        Ratio fiveByZero = Ratio.of(5, 0);
        assertEquals(Optional.of("division by zero: 5/0"), fiveByZero.undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, fiveByZero::doubleValue);
        assertEquals("ratio 5/0 is undefined: division by zero: 5/0", e.getMessage());
        assertThrows(IllegalStateException.class, fiveByZero::toBigDecimal);
        assertThrows(IllegalStateException.class, () -> fiveByZero.toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(-1.0, fiveByZero.orElse(-1.0));
        assertEquals(OptionalDouble.empty(), fiveByZero.toOptionalDouble());
        assertEquals("5/0 undefined: division by zero: 5/0", fiveByZero.toString());
    }

    @Test
    void domainUndefinedKeepsItsInputs() {
        Ratio r = Ratio.undefined(BigDecimal.TEN, BigDecimal.valueOf(-5), "target must be positive");
        assertFalse(r.isDefined());
        assertEquals(BigDecimal.TEN, r.numerator());
        assertEquals(Optional.of("target must be positive"), r.undefinedReason());
    }

    @Test
    void nanAndInfinityAreRejectedAtTheDoubleEntryPoint() {
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(Double.NaN, 1.0));
        assertEquals("denominator must be a finite number, was Infinity", assertThrows(IllegalArgumentException.class,
                () -> Ratio.of(1.0, Double.POSITIVE_INFINITY)).getMessage());
        Ratio huge = Ratio.of(1e300, 1e-300);   // 1e600 does not fit a double: undefined, not Infinity
        assertFalse(huge.isDefined());
        assertEquals(Optional.of("quotient is outside the range of a double"), huge.undefinedReason());
        assertEquals(OptionalDouble.empty(), huge.toOptionalDouble());
    }

    @Test
    void equalityKeepsTheInputsValueComparisonDoesNot() {
        assertEquals(Ratio.of(1, 2), Ratio.of(new BigDecimal("1.0"), new BigDecimal("2.00")));
        assertEquals(Ratio.of(1, 2).hashCode(), Ratio.of(new BigDecimal("1.0"), new BigDecimal("2.00")).hashCode());
        assertNotEquals(Ratio.of(1, 2), Ratio.of(2, 4));
        assertTrue(Ratio.of(1, 2).hasSameValueAs(Ratio.of(2, 4)));
        assertFalse(Ratio.of(1, 2).hasSameValueAs(Ratio.of(1, 3)));
        assertTrue(Ratio.of(1, 0).hasSameValueAs(Ratio.of(0, 0)));
        assertFalse(Ratio.of(1, 0).hasSameValueAs(Ratio.of(0, 1)));
    }

    @Test
    void reciprocalAndCurrencyCheck() {
        assertEquals(Ratio.of(2, 1), Ratio.of(1, 2).reciprocal());
        assertFalse(Ratio.of(0, 2).reciprocal().isDefined());
        assertThrows(CurrencyMismatchException.class, () -> Ratio.of(Money.parse("CNY 1"), Money.parse("USD 1")));
    }

    @Test
    void valueIsExactToThirtyFourDigits() {
        assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), Ratio.of(1, 3).toBigDecimal());
        assertEquals("33.33%", Ratio.of(1, 3).toPercentString(2, RoundingMode.HALF_EVEN));
    }
}
