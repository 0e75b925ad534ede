package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void yearOverYearGrowthOfACount() {
        // 100 -> 115: difference 15, relative 15 / 100 = 15%
        Change c = Change.between(100, 115).withPeriod(ComparisonPeriod.YEAR_OVER_YEAR);
        assertEquals(ComparisonPeriod.YEAR_OVER_YEAR, c.period());
        assertEquals("YoY", c.period().abbreviation());
        assertEquals(0, new BigDecimal("15").compareTo(c.difference()));
        assertEquals(0.15, c.relative().doubleValue());
        assertEquals("15.0%", c.relative().toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(0, new BigDecimal("15").compareTo(c.relative().numerator()));
        assertEquals(0, new BigDecimal("100").compareTo(c.relative().denominator()));
        assertFalse(c.isNegativeBase());
        assertEquals("YoY 100 -> 115: +15 (15/100 = 0.15)", c.toString());
    }

    @Test
    void declineOfADecimal() {
        // 9500000.00 -> 8550000.00: difference -950000.00, relative -950000 / 9500000 = -10%
        Change c = Change.between(new BigDecimal("9500000.00"), new BigDecimal("8550000.00"));
        assertEquals(ComparisonPeriod.PERIOD_OVER_PERIOD, c.period());
        assertEquals(new BigDecimal("-950000.00"), c.difference());
        assertEquals(-0.1, c.relative().doubleValue());
    }

    @Test
    void zeroBaseGivesAnUndefinedRelativeChangeButADefinedDifference() {
        Change c = Change.between(0, 40);
        assertEquals(0, BigDecimal.valueOf(40).compareTo(c.difference()));
        assertFalse(c.relative().isDefined());
        assertEquals(Optional.of("base is zero"), c.relative().undefinedReason());
        assertEquals(Optional.of("base is zero"), Change.between(0, 0).relative().undefinedReason());
    }

    @Test
    void negativeBaseDividesByItsAbsoluteValueSoTheSignMeansUpOrDown() {
        // a loss of 100 narrowing to a loss of 50: (-50 - -100) / |-100| = +50% (up)
        Change narrowed = Change.between(new BigDecimal("-100"), new BigDecimal("-50"));
        assertTrue(narrowed.isNegativeBase());
        assertEquals(0.5, narrowed.relative().doubleValue());
        assertEquals(0, new BigDecimal("100").compareTo(narrowed.relative().denominator()));
        // a loss of 100 widening to a loss of 150: (-150 - -100) / 100 = -50% (down)
        Change widened = Change.between(new BigDecimal("-100"), new BigDecimal("-150"));
        assertEquals(-0.5, widened.relative().doubleValue());
        // a loss of 100 turning into a profit of 20: (20 - -100) / 100 = +120%
        assertEquals(1.2, Change.between(new BigDecimal("-100"), new BigDecimal("20")).relative().doubleValue());
        assertTrue(widened.toString().endsWith("negative base"));
    }

    @Test
    void aRelativeChangeBeyondTheDoubleRangeIsUndefinedNotAnError() {
        Change c = Change.between(new BigDecimal("1E-300"), new BigDecimal("1E+300"));
        assertEquals(Optional.of("relative change is outside the range of a double"), c.relative().undefinedReason());
        assertEquals(0, new BigDecimal("1E-300").compareTo(c.relative().denominator()));
    }

    @Test
    void negativeCountsAreRejectedWithFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Change.between(-1, 5));
        assertEquals("previous must be >= 0, was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Change.between(5, -2));
        assertEquals("current must be >= 0, was -2", e.getMessage());
        assertThrows(NullPointerException.class, () -> Change.between(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> Change.between(1, 2).withPeriod(null));
    }

    @Test
    void equalityIsNumericAndIncludesThePeriod() {
        Change a = Change.between(new BigDecimal("100"), new BigDecimal("115"));
        Change b = Change.between(new BigDecimal("100.00"), new BigDecimal("115.0"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.withPeriod(ComparisonPeriod.MONTH_OVER_MONTH));
        assertEquals(a.relative().doubleValue(), a.withPeriod(ComparisonPeriod.QUARTER_OVER_QUARTER).relative().doubleValue());
    }
}
