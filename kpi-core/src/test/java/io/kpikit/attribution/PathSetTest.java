package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathSetTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void channelsGetDenseIdsInOrderOfFirstAppearance() {
        PathSet p = PathSet.builder(CNY)
                .add("B > A > B", " > ", 1, new BigDecimal("10.05"), 0)
                .add(List.of("C", "A"), 2.5, new BigDecimal("20"), 1.5)
                .build();
        assertEquals(List.of("B", "A", "C"), p.channels());
        assertEquals(List.of("B", "A", "B"), p.path(0));
        assertEquals(3.5, p.totalConversions());
        // 10.05 + 20 = 30.05, exact
        assertEquals(Money.parse("CNY 30.05"), p.totalValue());
        assertEquals(p, PathSet.builder(CNY).add(List.of("B", "A", "B"), 1, new BigDecimal("10.05"), 0)
                .add("C > A", " > ", 2.5, new BigDecimal("20"), 1.5).build());
        assertNotEquals(p, PathSet.builder(CNY).add("B", " > ", 1, BigDecimal.ONE, 0).build());
    }

    @Test
    void theSeparatorIsMatchedExactlyThenNamesAreTrimmed() {
        PathSet p = PathSet.builder(CNY)
                .add("e-mail - paid-search", " - ", 1, BigDecimal.ONE, 0)
                .add("Email>Promo > Search", " > ", 1, BigDecimal.ONE, 0)
                .build();
        assertEquals(List.of("e-mail", "paid-search"), p.path(0));
        // "Email>Promo" has no " > " inside, so it is one channel name
        assertEquals(List.of("Email>Promo", "Search"), p.path(1));
    }

    @Test
    void valuesFinerThanTheMinorUnitAreRejectedNotRounded() {
        assertEquals("value must have at most 2 decimal places in CNY, was 0.004 (path 0)",
                error(() -> PathSet.builder(CNY).add("A", " > ", 1, new BigDecimal("0.004"), 0)));
        // trailing zeros beyond the minor unit are not extra precision
        assertEquals(Money.parse("CNY 0.01"),
                PathSet.builder(CNY).add("A", " > ", 1, new BigDecimal("0.0100"), 0).build().totalValue());
    }

    @Test
    void invalidPathsAreRejectedNamingThePath() {
        PathSet.Builder b = PathSet.builder(CNY).add("A", " > ", 1, BigDecimal.ONE, 0);
        assertEquals("conversions must be a finite number >= 0, was -1.0 (path 1)",
                error(() -> b.add("A", " > ", -1, BigDecimal.ZERO, 0)));
        assertEquals("nulls must be a finite number >= 0, was NaN (path 1)",
                error(() -> b.add("A", " > ", 1, BigDecimal.ZERO, Double.NaN)));
        assertEquals("value must be >= 0, was -0.01 (path 1)",
                error(() -> b.add("A", " > ", 1, new BigDecimal("-0.01"), 0)));
        assertEquals("path must have at least one channel, was empty (path 1)",
                error(() -> b.add(List.of(), 1, BigDecimal.ZERO, 0)));
        assertEquals("channel must not be blank, was \" \" (path 1)",
                error(() -> b.add(List.of("A", " "), 1, BigDecimal.ZERO, 0)));
        assertEquals("channel must not be blank, was \"\" in path \"\" (path 1)",
                error(() -> b.add("", " > ", 1, BigDecimal.ZERO, 0)));
        assertEquals("separator must not be empty, was \"\"", error(() -> b.add("A", "", 1, BigDecimal.ZERO, 0)));
        assertEquals(1, b.build().size());
    }

    @Test
    void manyChannelsSurviveTheInternTableGrowing() {
        PathSet.Builder b = PathSet.builder(CNY);
        for (int i = 0; i < 500; i++) {
            b.add("c" + i + " > c" + (i / 2), " > ", 1, BigDecimal.ONE, 0);
        }
        PathSet p = b.build();
        assertEquals(500, p.channels().size());
        assertEquals(List.of("c499", "c249"), p.path(499));
    }
}
