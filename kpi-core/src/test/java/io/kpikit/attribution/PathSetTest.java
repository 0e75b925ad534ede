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
    void everyPathComesBackExactlyFromTheAccessors() {
        PathSet p = PathSet.builder(CNY)
                .add("B > A > B", " > ", 1, new BigDecimal("10.05"), 0)
                .add(List.of(" C ", "A"), 2.5, new BigDecimal("20"), 1.5)
                .add("A", " > ", 0, BigDecimal.ZERO, 4)
                .build();
        // values at the currency's scale: 20 is CNY 20.00; a path without conversions is worth 0.00
        assertEquals(List.of(Money.parse("CNY 10.05"), Money.parse("CNY 20.00"), Money.parse("CNY 0.00")),
                List.of(p.value(0), p.value(1), p.value(2)));
        assertEquals("20.00", p.value(1).amount().toPlainString());
        assertEquals(List.of("C", "A"), p.path(1));
        assertEquals(1.5, p.nulls(1));
        assertEquals(p, rebuild(p));
        assertThrows(IndexOutOfBoundsException.class, () -> p.value(3));
        assertThrows(IndexOutOfBoundsException.class, () -> p.value(-1));
    }

    @Test
    void aValueTooLargeForItsDoubleComesBackExactly() {
        // 90,071,992,547,409.93 CNY is about 9.0e15 fen, beyond 2^53: its double is
        // 90071992547409.9375 (doubles are 1/64 apart there), 9007199254740994 fen when
        // rounded, one fen too many, so the set keeps the exact value apart
        BigDecimal large = new BigDecimal("90071992547409.93");
        PathSet p = PathSet.builder(CNY)
                .add("A", " > ", 1, large, 0)
                .add("B", " > ", 1, new BigDecimal("0.0100"), 0)
                .add("A > B", " > ", 2, new BigDecimal("5629499534213.12"), 0)
                .build();
        assertEquals(Money.of(large, CNY), p.value(0));
        assertEquals("0.01", p.value(1).amount().toPlainString());
        // 2^49 fen exactly: kept apart too
        assertEquals(Money.parse("CNY 5629499534213.12"), p.value(2));
        // 90,071,992,547,409.93 + 0.01 + 5,629,499,534,213.12 = 95,701,492,081,623.06
        assertEquals(Money.parse("CNY 95701492081623.06"), p.totalValue());
        assertEquals(p, rebuild(p));
    }

    /** The path set added again, path by path, from its accessors. */
    static PathSet rebuild(PathSet p) {
        PathSet.Builder b = p.hasTouchAges() ? PathSet.builderWithTouchAges(p.totalValue().currency())
                : PathSet.builder(p.totalValue().currency());
        for (int i = 0; i < p.size(); i++) {
            if (p.hasTouchAges()) {
                b.add(p.path(i), p.touchAges(i), p.conversions(i), p.value(i).amount(), p.nulls(i));
            } else {
                b.add(p.path(i), p.conversions(i), p.value(i).amount(), p.nulls(i));
            }
        }
        return b.build();
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
