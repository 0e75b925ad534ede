package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accessors, error paths and orderings of the ROI types that the main examples do not reach. */
class RoiEdgeTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void holdoutExampleScalesTheBaselineToTheTreatedUnits() {
        // holdout: 1,000 units returned 50,000; treated: 4,000 units returned 260,000 at a cost of 20,000.
        // baseline = 50,000 · 4,000 / 1,000 = 200,000; incremental = 60,000; iROAS = 3; iROI = 2
        IncrementalReturn r = IncrementalReturn.ofHoldout(usd("50000"), 1000, usd("260000"), 4000, usd("20000"));
        assertEquals(usd("200000"), r.baselineReturn());
        assertEquals(usd("260000"), r.treatedReturn());
        assertEquals(usd("20000"), r.cost());
        assertEquals(usd("60000"), r.incrementalReturn());
        assertTrue(r.incrementalRoas().hasSameValueAs(Ratio.of(3, 1)));
        assertTrue(r.incrementalRoi().hasSameValueAs(Ratio.of(2, 1)));
        assertEquals("incremental return USD 260000 − USD 200000.00, cost USD 20000", r.toString());
    }

    @Test
    void aGivenBaselineIsReturnedAsGivenWithoutRounding() {
        // a baseline finer than the cent is not rounded when nothing was divided
        IncrementalReturn r = IncrementalReturn.between(usd("100.125"), usd("130"), usd("10"));
        assertEquals(usd("100.125"), r.baselineReturn());
    }

    @Test
    void roiAndRoasExposeWhatTheyWereComputedFrom() {
        Roi roi = Roi.of(usd("150"), usd("100"));
        assertTrue(roi.isDefined());
        assertEquals(usd("100"), roi.cost());
        Roas roas = Roas.of(usd("480"), usd("100"));
        assertEquals(usd("480"), roas.revenue());
        assertEquals(usd("100"), roas.cost());
        assertEquals("1:4.8", roas.toNotation());
        assertEquals("1:4.80", roas.toNotation(2, RoundingMode.HALF_UP));
        ChannelTable t = ChannelTable.of(USD, List.of(new ChannelSpend("SEM", usd("100"), usd("420"))));
        assertEquals(USD, t.currency());
        assertEquals(USD, new ChannelSpendAccumulator(USD).currency());
    }

    @Test
    void accumulatorChecksEachChannelsAmounts() {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(USD);
        CurrencyMismatchException mixed = assertThrows(CurrencyMismatchException.class,
                () -> acc.add("SEM", usd("10"), Money.of("5", "CNY")));
        assertTrue(mixed.getMessage().contains("cost and revenue of channel \"SEM\""), mixed.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> acc.add("SEM", usd("10"), usd("-5")));
        assertEquals("revenue must be >= 0, was USD -5 (channel \"SEM\")", negative.getMessage());
    }

    @Test
    void aRowChecksItsAmounts() {
        Ratio half = Ratio.of(1, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChannelRow("SEM", usd("-1"), usd("5"), half, half));
        assertEquals("cost must be >= 0, was USD -1 (channel \"SEM\")", e.getMessage());
    }

    @Test
    void zeroCostChannelsRankLastWhateverTheirNamesAndInputOrder() {
        // ROAS: d 4, b 3; a and c have no cost (undefined), so they come last, by name
        List<ChannelSpend> spend = new ArrayList<>(List.of(
                new ChannelSpend("a", usd("0"), usd("500")),
                new ChannelSpend("b", usd("100"), usd("300")),
                new ChannelSpend("c", usd("0"), usd("0")),
                new ChannelSpend("d", usd("100"), usd("400"))));
        for (int turn = 0; turn < 2; turn++) {
            ChannelTable t = ChannelTable.of(USD, spend);
            for (ChannelRanking by : List.of(ChannelRanking.ROAS, ChannelRanking.ROI)) {
                List<String> names = new ArrayList<>();
                t.ranking(by).forEach(r -> names.add(r.channel()));
                assertEquals(List.of("d", "b", "a", "c"), names, by.name());
            }
            Collections.reverse(spend);
        }
    }
}
