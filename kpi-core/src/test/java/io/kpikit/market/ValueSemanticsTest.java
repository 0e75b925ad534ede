package io.kpikit.market;

import static io.kpikit.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text of the market value types. */
class ValueSemanticsTest {

    private static Market market(String... nameSalesPairs) {
        Player[] players = new Player[nameSalesPairs.length / 2];
        for (int i = 0; i < players.length; i++) {
            players[i] = new Player(nameSalesPairs[2 * i], new BigDecimal(nameSalesPairs[2 * i + 1]));
        }
        return Market.of(List.of(players));
    }

    @Test
    void marketsAreEqualWhenPlayersAndSalesMatchInOrder() {
        // 400 and 400.00 are numerically equal, so the markets are equal and hash alike.
        assertValueSemantics(market("us", "400", "B", "300"), market("us", "400.00", "B", "300"),
                market("them", "400", "B", "300"),
                market("us", "401", "B", "300"),
                market("us", "400", "B", "301"),
                market("B", "300", "us", "400"),
                market("us", "400"),
                market("us", "400", "B", "300", "C", "0"));
    }

    @Test
    void shareShiftsAreEqualForTheSamePlayerAndChanges() {
        Market before = market("us", "200", "B", "800");
        Market after = market("us", "390", "B", "1110");
        assertValueSemantics(ShareShift.between(before, after, "us"),
                ShareShift.between(market("us", "200.0", "B", "800"), after, "us"),
                ShareShift.between(before, after, "B"),
                ShareShift.between(before, market("us", "400", "B", "1100"), "us"),
                ShareShift.between(before, market("us", "390", "B", "1110", "C", "500"), "us"));
    }

    @Test
    void shareShiftText() {
        // 200 of 1,000 = 20% → 390 of 1,500 = 26%: +6 points, one competitor
        ShareShift shift = ShareShift.between(market("us", "200", "B", "800"), market("us", "390", "B", "1110"), "us");
        assertEquals("us", shift.own());
        assertEquals("ShareShift us: 200/1000 = 0.2 → 390/1500 = 0.26: +6 pts, 1 competitors", shift.toString());
    }

    @Test
    void hhisAreEqualWhenTheirQuotientsAre() {
        // 50/50: 2500 + 2500 = 5000; 60/40: 3600 + 1600 = 5200; 100: 10000. The names do not
        // matter; the quotient keeps the sums, so the copy has the same sales.
        assertValueSemantics(market("a", "50", "b", "50").hhi(), market("x", "50.0", "y", "50").hhi(),
                market("a", "60", "b", "40").hhi(),
                market("a", "1").hhi());
    }

    @Test
    void hhiOptionalViewIsEmptyOnlyWhenUndefined() {
        assertEquals(OptionalDouble.of(5000.0), market("a", "50", "b", "50").hhi().toOptionalDouble());
        assertEquals(OptionalDouble.empty(), market("a", "0", "b", "0").hhi().toOptionalDouble());
    }

    @Test
    void guidelinesNameTheirHighlyConcentratedThreshold() {
        // US 2023 merger guidelines: above 1,800; US 2010: above 2,500; US 1992: above 1,800
        assertEquals(0, new BigDecimal("1800").compareTo(HhiGuidelines.US_2023.highlyConcentratedAbove()));
        assertEquals(0, new BigDecimal("2500").compareTo(HhiGuidelines.US_2010.highlyConcentratedAbove()));
        assertEquals(0, new BigDecimal("1800").compareTo(HhiGuidelines.US_1992.highlyConcentratedAbove()));
    }
}
