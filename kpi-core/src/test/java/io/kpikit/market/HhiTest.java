package io.kpikit.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HhiTest {

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void ofSharesIsTheSumOfSquaredPercentShares() {
        // 60% and 40%: 60² + 40² = 3600 + 1600 = 5200
        Hhi hhi = Hhi.of(decimals("60", "40"));
        assertEquals(0, new BigDecimal("5200").compareTo(hhi.toBigDecimal()));
        // kept exactly: 10,000 · (3600 + 1600) / 100² = 52,000,000 / 10,000
        assertEquals(0, new BigDecimal("52000000").compareTo(hhi.ratio().numerator()));
        assertEquals(0, new BigDecimal("10000").compareTo(hhi.ratio().denominator()));
        assertEquals(Concentration.HIGHLY_CONCENTRATED, hhi.concentration(HhiGuidelines.US_2023));
    }

    @Test
    void theIndexIsScaleFree() {
        // percent, fractions and sales in millions of the same split: 1600 + 900 + 400 + 100 = 3000
        for (List<BigDecimal> shares : List.of(decimals("40", "30", "20", "10"), decimals("0.4", "0.3", "0.2", "0.1"),
                decimals("4000000", "3000000", "2000000", "1000000"))) {
            assertEquals(0, new BigDecimal("3000").compareTo(Hhi.of(shares).toBigDecimal()), shares.toString());
        }
    }

    @Test
    void sharesGivenAreTheWholeMarket() {
        // the top two of a market alone (40 and 30) form a market of 70: (1600 + 900) / 70² · 10,000 = 5102.04…
        assertEquals(new BigDecimal("5102.04"), Hhi.of(decimals("40", "30")).toBigDecimal(2,
                java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aMarketsHhiKeepsTheSalesAndIsRebuiltFromThem() {
        Market m = Market.of(List.of(new Player("A", new BigDecimal("40")), new Player("B", new BigDecimal("30.5")),
                new Player("C", BigDecimal.ZERO)));
        Hhi hhi = m.hhi();
        assertEquals(decimals("40", "30.5", "0"), hhi.shares());
        Hhi back = Hhi.of(hhi.shares());
        assertEquals(hhi, back);
        assertEquals(hhi.ratio(), back.ratio());
    }

    @Test
    void equalityIsOnTheQuotientNotOnHowTheSharesWereWritten() {
        // 1 and 1 → 10,000 · 2 / 4; 2 and 2 → 10,000 · 8 / 16: both 5000, but different quotients
        assertNotEquals(Hhi.of(decimals("1", "1")), Hhi.of(decimals("2", "2")));
        assertEquals(Hhi.of(decimals("1", "1")), Hhi.of(decimals("1.0", "1.00")));
        assertEquals(5000.0, Hhi.of(decimals("2", "2")).doubleValue());
    }

    @Test
    void noSharesOrOnlyZerosAreUndefined() {
        for (List<BigDecimal> shares : List.of(List.<BigDecimal>of(), decimals("0", "0"))) {
            Hhi hhi = Hhi.of(shares);
            assertFalse(hhi.isDefined());
            assertEquals(Optional.of("market total is 0"), hhi.undefinedReason());
            assertEquals("HHI undefined: market total is 0", hhi.toString());
            assertTrue(assertThrows(IllegalStateException.class, hhi::doubleValue).getMessage()
                    .endsWith("is undefined: market total is 0"));
        }
    }

    @Test
    void negativeOrMissingSharesAreRejectedWithTheirIndex() {
        assertEquals("shares[2] must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> Hhi.of(decimals("5", "3", "-1"))).getMessage());
        List<BigDecimal> withNull = new ArrayList<>(decimals("5"));
        withNull.add(null);
        assertEquals("shares[1]", assertThrows(NullPointerException.class, () -> Hhi.of(withNull)).getMessage());
        assertEquals("shares", assertThrows(NullPointerException.class, () -> Hhi.of(null)).getMessage());
    }

    @Test
    void theSharesKeptCannotBeChanged() {
        List<BigDecimal> shares = new ArrayList<>(decimals("1", "2"));
        Hhi hhi = Hhi.of(shares);
        shares.set(0, new BigDecimal("100"));
        assertEquals(decimals("1", "2"), hhi.shares());
        assertThrows(UnsupportedOperationException.class, () -> hhi.shares().add(BigDecimal.ONE));
    }
}
