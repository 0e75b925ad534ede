package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceQuantityVarianceTest {

    @Test
    void auctionPricesRose() {
        // budget 10,000 clicks at 2.00 = 20,000; actual 12,000 clicks at 2.50 = 30,000
        PriceQuantityVariance v = PriceQuantityVariance.of(cny("2.00"), BigDecimal.valueOf(10000), cny("2.50"),
                BigDecimal.valueOf(12000));
        assertEquals(cny("20000"), v.budgetCost());
        assertEquals(cny("30000"), v.actualCost());
        assertEquals(cny("6000"), v.priceVariance()); // (2.50 - 2.00) x 12,000; holds the joint 0.50 x 2,000
        assertEquals(cny("4000"), v.quantityVariance()); // (12,000 - 10,000) x 2.00
        assertEquals(cny("10000"), v.totalVariance());
    }

    @Test
    void cheaperAndFewer() {
        // budget 100 x 1.50 = 150; actual 80 x 1.20 = 96; price (1.20-1.50) x 80 = -24; qty -20 x 1.50 = -30
        PriceQuantityVariance v = PriceQuantityVariance.of(cny("1.50"), BigDecimal.valueOf(100), cny("1.20"),
                BigDecimal.valueOf(80));
        assertEquals(cny("-24"), v.priceVariance());
        assertEquals(cny("-30"), v.quantityVariance());
        assertEquals(cny("-54"), v.totalVariance());
    }

    @Test
    void validation() {
        assertEquals("actual price must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> PriceQuantityVariance.of(cny("1"), BigDecimal.ONE, cny("-1"), BigDecimal.ONE)).getMessage());
        assertEquals("budget quantity must be >= 0, was -2", assertThrows(IllegalArgumentException.class,
                () -> PriceQuantityVariance.of(cny("1"), BigDecimal.valueOf(-2), cny("1"), BigDecimal.ONE)).getMessage());
    }

    @Test
    void productsThatCannotBeMoneyFailAtConstructionNamingTheField() {
        // 1.5 x 1E-64 = 1.5E-64 has 65 decimal places, beyond what Money keeps
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriceQuantityVariance.of(
                cny("1.5"), new BigDecimal("1E-64"), cny("2"), BigDecimal.ONE));
        assertEquals("budget cost (budget price × budget quantity) must be a valid amount of money, was CNY 1.5 × 1E-64: "
                + e.getCause().getMessage(), e.getMessage());
        assertTrue(e.getCause().getMessage().startsWith("amount must have at most 64 decimal places"));
        // actual side: 2 x 1E70 = 2E70 has 71 digits before the point
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> PriceQuantityVariance.of(
                cny("1"), BigDecimal.ONE, cny("2"), new BigDecimal("1E70")));
        assertTrue(a.getMessage().startsWith("actual cost (actual price × actual quantity) must be a valid amount"),
                a.getMessage());
    }

    @Test
    void keepsItsInputsAsGivenSoTheSplitCanBeRebuilt() {
        PriceQuantityVariance v = PriceQuantityVariance.of(cny("2.00"), new BigDecimal("10000.0"), cny("2.5"),
                BigDecimal.valueOf(12000));
        assertEquals(cny("2.00"), v.budgetPrice());
        assertEquals(new BigDecimal("10000.0"), v.budgetQuantity()); // scale kept
        assertEquals(cny("2.5"), v.actualPrice());
        assertEquals(BigDecimal.valueOf(12000), v.actualQuantity());
        PriceQuantityVariance again = PriceQuantityVariance.of(v.budgetPrice(), v.budgetQuantity(), v.actualPrice(),
                v.actualQuantity());
        assertEquals(v.priceVariance(), again.priceVariance());
        assertEquals(v.quantityVariance(), again.quantityVariance());
        assertEquals(v.toString(), again.toString());
    }
}
