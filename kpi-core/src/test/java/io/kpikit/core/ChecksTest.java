package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String failure(Runnable check) {
        return assertThrows(IllegalArgumentException.class, check::run).getMessage();
    }

    @Test
    void sumRejectsATotalPastLongMaxAndNamesBothTerms() {
        assertEquals(5, Checks.sum(2, 3, "responses"));
        assertEquals(Long.MAX_VALUE, Checks.sum(Long.MAX_VALUE - 1, 1, "responses"));
        assertEquals("responses must fit a long, was 9223372036854775807 + 1",
                failure(() -> Checks.sum(Long.MAX_VALUE, 1, "responses")));
        assertEquals("customers must fit a long, was 4611686018427387904 + 4611686018427387904",
                failure(() -> Checks.sum(1L << 62, 1L << 62, "customers")));
    }

    @Test
    void nonNegativeMoney() {
        Money zero = Money.of("0.00", "CNY");
        assertSame(zero, Checks.nonNegative(zero, "cost"));
        assertEquals("cost must be >= 0, was CNY -1.00", failure(() -> Checks.nonNegative(Money.of("-1.00", "CNY"), "cost")));
        assertEquals("cost", assertThrows(NullPointerException.class,
                () -> Checks.nonNegative((Money) null, "cost")).getMessage());
    }

    @Test
    void inRangeWritesTheIntervalWithItsEnds() {
        BigDecimal zero = BigDecimal.ZERO;
        BigDecimal one = BigDecimal.ONE;
        // [0, 1): 0 and 0.999 pass, 1 and 1.2 fail
        assertSame(zero, Checks.inRange(zero, zero, true, one, false, "discountRate"));
        Checks.inRange(d("0.999"), zero, true, one, false, "discountRate");
        assertEquals("discountRate must be in [0, 1), was 1.2", failure(() -> Checks.inRange(d("1.2"), zero, true, one,
                false, "discountRate")));
        assertEquals("discountRate must be in [0, 1), was 1.00", failure(() -> Checks.inRange(d("1.00"), zero, true,
                one, false, "discountRate")));
        // (0, 1]: 0 fails, 1 passes
        Checks.inRange(one, zero, false, one, true, "share");
        assertEquals("share must be in (0, 1], was 0", failure(() -> Checks.inRange(zero, zero, false, one, true,
                "share")));
        // (-1, 0.5): both ends excluded, decimals in plain notation
        assertEquals("rate must be in (-1, 0.5), was -1", failure(() -> Checks.inRange(d("-1"), d("-1"), false,
                d("0.5"), false, "rate")));
        // an excluded upper end written in scientific notation is shown plainly
        assertEquals("rate must be in (-1, 0.0000001), was 0.0000001", failure(() -> Checks.inRange(d("1E-7"), d("-1"),
                false, d("1E-7"), false, "rate")));
        assertEquals("rate", assertThrows(NullPointerException.class,
                () -> Checks.inRange(null, zero, true, one, true, "rate")).getMessage());
    }

    @Test
    void inUnitIntervalIsClosedAtBothEnds() {
        assertSame(BigDecimal.ONE, Checks.inUnitInterval(BigDecimal.ONE, "grossMargin"));
        Checks.inUnitInterval(BigDecimal.ZERO, "grossMargin");
        assertEquals("grossMargin must be in [0, 1], was 1.2", failure(() -> Checks.inUnitInterval(d("1.2"),
                "grossMargin")));
        assertEquals("churnRate must be in [0, 1], was -0.1", failure(() -> Checks.inUnitInterval(d("-0.1"),
                "churnRate")));
    }
}
