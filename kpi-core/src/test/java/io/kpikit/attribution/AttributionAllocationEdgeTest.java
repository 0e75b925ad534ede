package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Attribution.allocateByName} on totals and weights its exact path does not take: the core rules apply. */
class AttributionAllocationEdgeTest {

    private static final List<String> AB = List.of("A", "B");

    private static String coreError(Money total, double[] weights) {
        return assertThrows(IllegalArgumentException.class, () -> total.allocate(weights)).getMessage();
    }

    @Test
    void aTotalFinerThanTheMinorUnitIsRejectedAsTheCoreRejectsIt() {
        Money total = Money.parse("CNY 0.005");
        double[] w = {1, 1};
        assertEquals(coreError(total, w), assertThrows(IllegalArgumentException.class,
                () -> Attribution.allocateByName(total, w, AB)).getMessage());
    }

    @Test
    void weightsSummingToZeroAreRejectedAsTheCoreRejectsThem() {
        Money total = Money.parse("CNY 1.00");
        double[] w = {0, 0};
        assertEquals(coreError(total, w), assertThrows(IllegalArgumentException.class,
                () -> Attribution.allocateByName(total, w, AB)).getMessage());
    }

    @Test
    void aZeroTotalGivesZeroParts() {
        assertEquals(List.of(Money.parse("CNY 0.00"), Money.parse("CNY 0.00")),
                Attribution.allocateByName(Money.parse("CNY 0.00"), new double[] {1, 3}, AB));
    }

    @Test
    void equalRemaindersGoToTheNameThatSortsFirst() {
        // CNY 0.01 over equal weights: remainders 0.5 and 0.5, "A" sorts first and gets the fen,
        // whichever order the channels are given in
        assertEquals(List.of(Money.parse("CNY 0.00"), Money.parse("CNY 0.01")),
                Attribution.allocateByName(Money.parse("CNY 0.01"), new double[] {1, 1}, List.of("B", "A")));
        assertEquals(List.of(Money.parse("CNY 0.01"), Money.parse("CNY 0.00")),
                Attribution.allocateByName(Money.parse("CNY 0.01"), new double[] {1, 1}, AB));
    }
}
