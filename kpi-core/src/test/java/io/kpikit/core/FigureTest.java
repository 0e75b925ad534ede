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

class FigureTest {

    @Test
    void definedFigureAnswersItsValue() {
        Figure f = Figure.of(0.1);
        assertTrue(f.isDefined());
        assertEquals(0.1, f.doubleValue());
        assertEquals(new BigDecimal("0.1"), f.toBigDecimal()); // shortest decimal form, not the binary expansion
        assertEquals(0.1, f.orElse(-1));
        assertEquals(OptionalDouble.of(0.1), f.toOptionalDouble());
        assertEquals(Optional.empty(), f.undefinedReason());
        assertEquals("0.1", f.toString());
    }

    @Test
    void undefinedFigureCarriesItsReason() {
        Figure f = Figure.undefined("y is constant: R² is 0/0");
        assertFalse(f.isDefined());
        assertEquals(Optional.of("y is constant: R² is 0/0"), f.undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, f::doubleValue);
        assertEquals("figure is undefined: y is constant: R² is 0/0", e.getMessage());
        assertThrows(IllegalStateException.class, f::toBigDecimal);
        assertEquals(-1.0, f.orElse(-1.0));
        assertEquals(OptionalDouble.empty(), f.toOptionalDouble());
        assertEquals("undefined: y is constant: R² is 0/0", f.toString());
    }

    @Test
    void nonFiniteInputIsRejectedAndComputedNonFiniteBecomesUndefined() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Figure.of(Double.NaN));
        assertEquals("value must be a finite number, was NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Figure.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(new BigDecimal("1E+400")));
        assertEquals(Optional.of("overflow"), Figure.ofComputed(Double.NaN, "overflow").undefinedReason());
        assertEquals(Optional.of("overflow"), Figure.ofComputed(Double.NEGATIVE_INFINITY, "overflow").undefinedReason());
        assertEquals(Figure.of(2), Figure.ofComputed(2.0, "overflow"));
        // 1E+400 is beyond Double.MAX_VALUE (about 1.8E+308): undefined, not an exception
        assertEquals(Optional.of("too big"), Figure.ofComputed(new BigDecimal("1E+400"), "too big").undefinedReason());
        assertEquals(Figure.of(new BigDecimal("0.72")), Figure.ofComputed(new BigDecimal("0.72"), "too big"));
        assertEquals("reasonIfNotFinite", assertThrows(NullPointerException.class,
                () -> Figure.ofComputed(1.0, null)).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class,
                () -> Figure.ofComputed((BigDecimal) null, "too big")).getMessage());
    }

    @Test
    void exactDecimalsAreKeptAndRoundedOnlyForDisplay() {
        // 0.6 * 1.2 + 0.4 * 0.9 = 0.72 + 0.36 = 1.08 exactly
        Figure composite = Figure.of(new BigDecimal("0.6").multiply(new BigDecimal("1.2"))
                .add(new BigDecimal("0.4").multiply(new BigDecimal("0.9"))));
        assertEquals(new BigDecimal("1.08"), composite.toBigDecimal());
        assertEquals("108%", composite.toPercentString(0, RoundingMode.HALF_UP));
        assertEquals("108.0%", composite.toPercentString(1, RoundingMode.HALF_UP));
        // CAGR 0.12345 = 12.345%: one place 12.3%; two places 12.34 with HALF_EVEN (4 is even), 12.35 with HALF_UP
        Figure cagr = Figure.of(new BigDecimal("0.12345"));
        assertEquals("12.3%", cagr.toPercentString(1, RoundingMode.HALF_EVEN));
        assertEquals("12.34%", cagr.toPercentString(2, RoundingMode.HALF_EVEN));
        assertEquals("12.35%", cagr.toPercentString(2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.123"), cagr.toBigDecimal(3, RoundingMode.HALF_UP));
        Figure undefined = Figure.undefined("base is zero");
        assertEquals("figure is undefined: base is zero", assertThrows(IllegalStateException.class,
                () -> undefined.toPercentString(1, RoundingMode.HALF_UP)).getMessage());
        assertThrows(IllegalStateException.class, () -> undefined.toBigDecimal(1, RoundingMode.HALF_UP));
    }

    @Test
    void equalityIsNumericForValuesAndByReasonForUndefined() {
        assertEquals(Figure.of(new BigDecimal("2")), Figure.of(new BigDecimal("2.00")));
        assertEquals(Figure.of(new BigDecimal("2")).hashCode(), Figure.of(new BigDecimal("2.00")).hashCode());
        assertNotEquals(Figure.of(2), Figure.of(3));
        assertEquals(Figure.undefined("a"), Figure.undefined("a"));
        assertNotEquals(Figure.undefined("a"), Figure.undefined("b"));
        assertNotEquals(Figure.undefined("a"), Figure.of(0));
        assertNotEquals(Figure.of(0), Figure.undefined("a"));
    }
}
