package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChannelTableTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** The seed's four channels: ROAS 4.2, 3.5, 2.8, 1.9 on different costs. */
    private static ChannelTable seed() {
        return ChannelTable.of(CNY, List.of(
                new ChannelSpend("industry summit", cny("500000.00"), cny("950000.00")),   // 0.95M / 0.5M = 1.9
                new ChannelSpend("short video", cny("1500000.00"), cny("4200000.00")),     // 4.2M / 1.5M = 2.8
                new ChannelSpend("SEM", cny("3000000.00"), cny("12600000.00")),            // 12.6M / 3M = 4.2
                new ChannelSpend("feed ads", cny("2000000.00"), cny("7000000.00"))));      // 7M / 2M = 3.5
    }

    private static List<String> names(List<ChannelRow> rows) {
        return rows.stream().map(ChannelRow::channel).collect(Collectors.toList());
    }

    @Test
    void seedChannelsFormatAndRankByRoas() {
        ChannelTable t = seed();
        List<ChannelRow> ranked = t.ranking(ChannelRanking.ROAS);
        assertEquals(List.of("SEM", "feed ads", "short video", "industry summit"), names(ranked));
        assertEquals(List.of("1:4.2", "1:3.5", "1:2.8", "1:1.9"),
                ranked.stream().map(r -> r.roas().toNotation()).collect(Collectors.toList()));
        assertEquals(names(ranked), names(t.ranking(ChannelRanking.ROI)));
        // ROI of SEM: (12.6M − 3M) / 3M = 3.2
        assertEquals(3.2, t.row("SEM").roi().ratio().doubleValue());
    }

    @Test
    void seedTotalsAndShares() {
        ChannelTable t = seed();
        // cost 0.5 + 1.5 + 3 + 2 = 7M; revenue 0.95 + 4.2 + 12.6 + 7 = 24.75M; overall 24.75 / 7 = 3.5357… → 1:3.5
        assertEquals(cny("7000000"), t.totalCost());
        assertEquals(cny("24750000"), t.totalRevenue());
        assertEquals("1:3.5", t.overallRoas().toNotation());
        assertEquals(Ratio.of(new BigDecimal("3000000.00"), new BigDecimal("7000000.00")), t.row("SEM").spendShare());
        assertEquals(Ratio.of(new BigDecimal("12600000.00"), new BigDecimal("24750000.00")),
                t.row("SEM").revenueShare());
        BigDecimal spendNumerators = BigDecimal.ZERO;
        BigDecimal revenueNumerators = BigDecimal.ZERO;
        for (ChannelRow r : t.rows()) {
            spendNumerators = spendNumerators.add(r.spendShare().numerator());
            revenueNumerators = revenueNumerators.add(r.revenueShare().numerator());
        }
        assertEquals(0, spendNumerators.compareTo(t.totalCost().amount()));
        assertEquals(0, revenueNumerators.compareTo(t.totalRevenue().amount()));
    }

    @Test
    void rowsAreInNameOrderSoInputOrderDoesNotMatter() {
        ChannelTable t = seed();
        assertEquals(List.of("SEM", "feed ads", "industry summit", "short video"), names(t.rows()));
        ChannelTable reversed = ChannelTable.of(CNY, List.of(
                new ChannelSpend("feed ads", cny("2000000.00"), cny("7000000.00")),
                new ChannelSpend("SEM", cny("3000000"), cny("12600000")),
                new ChannelSpend("short video", cny("1500000.00"), cny("4200000.00")),
                new ChannelSpend("industry summit", cny("500000.00"), cny("950000.00"))));
        assertEquals(t, reversed);
        assertEquals(t.hashCode(), reversed.hashCode());
    }

    @Test
    void tiesBreakByNameAndUndefinedRoasComesLast() {
        ChannelTable t = ChannelTable.of(CNY, List.of(
                new ChannelSpend("zeta", cny("0"), cny("500")),      // undefined ROAS
                new ChannelSpend("beta", cny("100"), cny("300")),    // 3
                new ChannelSpend("alpha", cny("200"), cny("600")),   // 3, tie with beta
                new ChannelSpend("omega", cny("0"), cny("0")),       // undefined ROAS
                new ChannelSpend("gamma", cny("100"), cny("400")))); // 4
        assertEquals(List.of("gamma", "alpha", "beta", "omega", "zeta"), names(t.ranking(ChannelRanking.ROAS)));
        assertEquals(List.of("gamma", "alpha", "beta", "omega", "zeta"), names(t.ranking(ChannelRanking.ROI)));
        // spend: alpha 200, then beta and gamma 100 by name, then omega and zeta 0 by name
        assertEquals(List.of("alpha", "beta", "gamma", "omega", "zeta"), names(t.ranking(ChannelRanking.SPEND)));
        // revenue: alpha 600, zeta 500, gamma 400, beta 300, omega 0
        assertEquals(List.of("alpha", "zeta", "gamma", "beta", "omega"), names(t.ranking(ChannelRanking.REVENUE)));
    }

    @Test
    void zeroTotalsGiveUndefinedSharesWithAReason() {
        ChannelTable t = ChannelTable.of(CNY, List.of(new ChannelSpend("SEM", cny("0"), cny("0"))));
        assertFalse(t.row("SEM").spendShare().isDefined());
        assertEquals(Optional.of("total cost is 0"), t.row("SEM").spendShare().undefinedReason());
        assertEquals(Optional.of("total revenue is 0"), t.row("SEM").revenueShare().undefinedReason());
        assertFalse(t.overallRoas().isDefined());
        ChannelTable empty = ChannelTable.of(CNY, List.of());
        assertEquals(List.of(), empty.rows());
        assertEquals(Money.zero(CNY), empty.totalCost());
    }

    @Test
    void repeatedChannelsAreSummed() {
        ChannelTable t = ChannelTable.of(CNY, List.of(
                new ChannelSpend("SEM", cny("100.00"), cny("300.00")),
                new ChannelSpend("SEM", cny("0.50"), cny("120.25"))));
        assertEquals(cny("100.50"), t.row("SEM").cost());
        assertEquals(cny("420.25"), t.row("SEM").revenue());
    }

    @Test
    void invalidChannelFiguresAreRejectedNamingTheChannel() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new ChannelSpend("SEM", cny("-1.00"), cny("3")));
        assertEquals("cost must be >= 0, was CNY -1.00 (channel \"SEM\")", negative.getMessage());
        IllegalArgumentException revenue = assertThrows(IllegalArgumentException.class,
                () -> new ChannelSpend("SEM", cny("1.00"), cny("-3")));
        assertEquals("revenue must be >= 0, was CNY -3 (channel \"SEM\")", revenue.getMessage());
        CurrencyMismatchException mixed = assertThrows(CurrencyMismatchException.class,
                () -> new ChannelSpend("feed ads", cny("1"), Money.of("3", "USD")));
        assertEquals("currency mismatch: CNY and USD (cost and revenue of channel \"feed ads\")", mixed.getMessage());
        CurrencyMismatchException other = assertThrows(CurrencyMismatchException.class, () -> ChannelTable.of(CNY,
                List.of(new ChannelSpend("short video", Money.of("1", "USD"), Money.of("3", "USD")))));
        assertEquals("currency mismatch: CNY and USD (cost of channel \"short video\")", other.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new ChannelSpend(" ", cny("1"), cny("3")));
        assertEquals("channel must not be blank, was \" \"", blank.getMessage());
    }

    @Test
    void unknownChannelIsRejectedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> seed().row("TV"));
        assertEquals("channel must be one of [SEM, feed ads, industry summit, short video], was \"TV\"",
                e.getMessage());
    }
}
