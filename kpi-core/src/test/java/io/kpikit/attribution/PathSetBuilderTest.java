package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path-set builder checks the numbers of every path, whichever way the path is given. */
class PathSetBuilderTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void countsMustBeFiniteAndNonNegative() {
        assertEquals("conversions must be a finite number >= 0, was -1.0 (path 0)",
                message(() -> PathSet.builder(CNY).add(List.of("A"), -1, BigDecimal.ZERO, 0)));
        assertEquals("conversions must be a finite number >= 0, was NaN (path 0)",
                message(() -> PathSet.builder(CNY).add("A > B", " > ", Double.NaN, BigDecimal.ZERO, 0)));
        assertEquals("conversions must be a finite number >= 0, was Infinity (path 0)",
                message(() -> PathSet.builder(CNY).add(List.of("A"), Double.POSITIVE_INFINITY, BigDecimal.ZERO, 0)));
        assertEquals("nulls must be a finite number >= 0, was Infinity (path 0)",
                message(() -> PathSet.builder(CNY).add(List.of("A"), 1, BigDecimal.ZERO, Double.POSITIVE_INFINITY)));
        assertEquals("nulls must be a finite number >= 0, was -2.0 (path 0)",
                message(() -> PathSet.builder(CNY).add("A", " > ", 1, BigDecimal.ZERO, -2)));
    }

    @Test
    void valuesMustFitTheMinorUnit() {
        // CNY has 2 decimal places: 10.50 and 10.500 (trailing zero) are fine, 10.505 is not
        assertEquals(1, PathSet.builder(CNY).add(List.of("A"), 1, new BigDecimal("10.500"), 0).build().size());
        assertEquals("value must have at most 2 decimal places in CNY, was 10.505 (path 0)",
                message(() -> PathSet.builder(CNY).add(List.of("A"), 1, new BigDecimal("10.505"), 0)));
    }
}
