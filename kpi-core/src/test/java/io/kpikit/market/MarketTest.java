package io.kpikit.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketTest {

    private static Player p(String name, String sales) {
        return new Player(name, new BigDecimal(sales));
    }

    /** Shares 40 / 30 / 20 / 10. */
    private static Market fourPlayers() {
        return Market.of(List.of(p("us", "400"), p("B", "300"), p("C", "200"), p("D", "100")));
    }

    @Test
    void sharesOfACompleteMarket() {
        Market m = fourPlayers();
        assertEquals(new BigDecimal("1000"), m.total());
        assertEquals(Ratio.of(400, 1000), m.share("us"));
        assertEquals("40.0%", m.share("us").toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(List.of("us", "B", "C", "D"), List.copyOf(m.shares().keySet()));
        assertEquals(Ratio.of(100, 1000), m.shares().get("D"));
    }

    @Test
    void hhiOfFortyThirtyTwentyTenIsThreeThousand() {
        // 40² + 30² + 20² + 10² = 1600 + 900 + 400 + 100 = 3000
        Hhi hhi = fourPlayers().hhi();
        assertEquals(0, hhi.toBigDecimal().compareTo(new BigDecimal("3000")));
        assertEquals(3000.0, hhi.doubleValue());
        assertEquals("HHI 3000.00", hhi.toString());
        assertEquals(Concentration.HIGHLY_CONCENTRATED, hhi.concentration(HhiGuidelines.US_2023));
        assertEquals(Concentration.HIGHLY_CONCENTRATED, hhi.concentration(HhiGuidelines.US_2010));
        assertEquals(Concentration.HIGHLY_CONCENTRATED, hhi.concentration(HhiGuidelines.US_1992));
    }

    @Test
    void concentrationBandsAtAndAroundTheThresholds() {
        // 5 equal players: 10000 / 5 = 2000; 4 equal: 2500; 10 equal: 1000; 25 equal: 400
        Hhi h2000 = equalPlayers(5).hhi();
        assertEquals(Concentration.HIGHLY_CONCENTRATED, h2000.concentration(HhiGuidelines.US_2023));
        assertEquals(Concentration.MODERATELY_CONCENTRATED, h2000.concentration(HhiGuidelines.US_2010));
        assertEquals(Concentration.HIGHLY_CONCENTRATED, h2000.concentration(HhiGuidelines.US_1992));
        Hhi h2500 = equalPlayers(4).hhi();
        assertEquals(Concentration.MODERATELY_CONCENTRATED, h2500.concentration(HhiGuidelines.US_2010));
        Hhi h1000 = equalPlayers(10).hhi();
        assertEquals(Concentration.MODERATELY_CONCENTRATED, h1000.concentration(HhiGuidelines.US_1992));
        assertEquals(Concentration.UNCONCENTRATED, h1000.concentration(HhiGuidelines.US_2010));
        assertEquals(Concentration.NOT_HIGHLY_CONCENTRATED, h1000.concentration(HhiGuidelines.US_2023));
        // exactly 1800: shares 30, 20 and five of 10: 900 + 400 + 5 · 100 = 1800
        Market m1800 = Market.of(List.of(p("a", "30"), p("b", "20"), p("c", "10"), p("d", "10"), p("e", "10"),
                p("f", "10"), p("g", "10")));
        assertEquals(0, m1800.hhi().toBigDecimal().compareTo(new BigDecimal("1800")));
        assertEquals(Concentration.NOT_HIGHLY_CONCENTRATED, m1800.hhi().concentration(HhiGuidelines.US_2023));
        assertEquals(Concentration.MODERATELY_CONCENTRATED, m1800.hhi().concentration(HhiGuidelines.US_1992));
        assertEquals(Concentration.MODERATELY_CONCENTRATED, m1800.hhi().concentration(HhiGuidelines.US_2010));
    }

    private static Market equalPlayers(int n) {
        Map<String, BigDecimal> sales = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            sales.put("p" + i, BigDecimal.ONE);
        }
        return Market.of(sales);
    }

    @Test
    void monopolyAndNonTerminatingShares() {
        assertEquals(10000.0, Market.of(List.of(p("only", "5"))).hhi().doubleValue());
        // three equal players: 3 × (100/3)² = 3333.33…
        assertEquals(new BigDecimal("3333.33"), equalPlayers(3).hhi().toBigDecimal(2, RoundingMode.HALF_UP));
    }

    @Test
    void concentrationRatios() {
        Market m = fourPlayers();
        assertEquals(Ratio.of(700, 1000), m.concentrationRatio(2)); // 40 + 30 = 70%
        assertEquals(0.4, m.concentrationRatio(1).doubleValue());
        assertEquals(1.0, m.concentrationRatio(4).doubleValue());
        assertEquals(1.0, m.concentrationRatio(8).doubleValue());
        assertEquals("n must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> m.concentrationRatio(0)).getMessage());
    }

    @Test
    void relativeShareExcludesOwnPlayer() {
        Market m = fourPlayers();
        // 40 / 30 = 1.33
        assertEquals(new BigDecimal("1.33"), m.relativeShare("us").toBigDecimal(2, RoundingMode.HALF_UP));
        assertEquals(Ratio.of(400, 300), m.relativeShare("us"));
        // B against the largest other player, us: 30 / 40 = 0.75
        assertEquals(0.75, m.relativeShare("B").doubleValue());
    }

    @Test
    void relativeShareWithoutACompetitorIsUndefined() {
        assertEquals(Optional.of("the market has no competitor of \"only\""),
                Market.of(List.of(p("only", "5"))).relativeShare("only").undefinedReason());
        assertEquals(Optional.of("the largest competitor of \"us\" has no sales"),
                Market.of(List.of(p("us", "5"), p("B", "0"))).relativeShare("us").undefinedReason());
    }

    @Test
    void zeroTotalMakesEverythingUndefined() {
        Market m = Market.of(List.of(p("us", "0"), p("B", "0.00")));
        assertFalse(m.share("us").isDefined());
        assertEquals(Optional.of("market total is 0"), m.share("us").undefinedReason());
        assertEquals(Optional.of("market total is 0"), m.concentrationRatio(1).undefinedReason());
        assertEquals(Optional.of("market total is 0"), m.hhi().undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> m.hhi().concentration(HhiGuidelines.US_2023));
        assertEquals("ratio 0.0000/0.0000 is undefined: market total is 0", e.getMessage());
        assertEquals(-1.0, m.hhi().orElse(-1.0));
        assertEquals("HHI undefined: market total is 0", m.hhi().toString());
        assertFalse(Market.of(List.of()).hhi().isDefined());
    }

    @Test
    void invalidMarketsAreRejectedNamingTheValue() {
        assertEquals("player names must be distinct, was \"B\" twice", assertThrows(IllegalArgumentException.class,
                () -> Market.of(List.of(p("B", "1"), p("us", "2"), p("B", "3")))).getMessage());
        assertEquals("sales must be >= 0, was -3 (player \"B\")",
                assertThrows(IllegalArgumentException.class, () -> p("B", "-3")).getMessage());
        assertEquals("name must not be blank, was \"\"",
                assertThrows(IllegalArgumentException.class, () -> p("", "3")).getMessage());
        assertEquals("player must be one of [us, B, C, D], was \"E\"",
                assertThrows(IllegalArgumentException.class, () -> fourPlayers().share("E")).getMessage());
    }

    @Test
    void moneyMarketsCheckTheCurrency() {
        Map<String, Money> sales = new LinkedHashMap<>();
        sales.put("us", Money.of("400.00", "CNY"));
        sales.put("B", Money.of("600.00", "CNY"));
        assertEquals(0.4, Market.ofMoney(sales).share("us").doubleValue());
        sales.put("C", Money.of("1", "USD"));
        assertEquals("currency mismatch: CNY and USD (sales of player \"C\")",
                assertThrows(CurrencyMismatchException.class, () -> Market.ofMoney(sales)).getMessage());
    }

    @Test
    void equalityIsNumericAndOrdered() {
        assertEquals(Market.of(List.of(p("a", "1"), p("b", "2"))), Market.of(List.of(p("a", "1.0"), p("b", "2.00"))));
        assertEquals(Market.of(List.of(p("a", "1"))).hashCode(), Market.of(List.of(p("a", "1.00"))).hashCode());
        assertFalse(Market.of(List.of(p("a", "1"), p("b", "2"))).equals(Market.of(List.of(p("b", "2"), p("a", "1")))));
        assertEquals("Market{a=1, b=2}", Market.of(List.of(p("a", "1"), p("b", "2"))).toString());
    }
}
