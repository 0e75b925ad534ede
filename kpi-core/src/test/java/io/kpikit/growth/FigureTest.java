package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
