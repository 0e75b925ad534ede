package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class VarianceTest {

    @Test
    void seedTotalIsMinusHalfAMillionAt95PercentAndFavourable() {
        // 9,500,000 - 10,000,000 = -500,000; 9.5M / 10M = 95%; -0.5M / 10M = -5%
        Variance v = Variance.of(LineKind.COST, cny("10000000"), cny("9500000"));
        assertEquals(cny("-500000"), v.variance());
        assertEquals("95.0%", v.executionRate().toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(0, new BigDecimal("-0.05").compareTo(v.variancePercent().toBigDecimal()));
        assertEquals(Favourability.FAVOURABLE, v.favourability());
        // -5% sits exactly on the lower bound of the default ±5% band: bounds are included
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, v.status());
    }

    @Test
    void seedLinePercentages() {
        // KOL 1,320,000 / 1,500,000 - 1 = -12%; digital 920,000 / 1,000,000 - 1 = -8%;
        // exhibitions 1,150,000 / 1,000,000 - 1 = +15%
        assertEquals(-0.12, Variance.of(LineKind.COST, cny("1500000"), cny("1320000")).variancePercent().doubleValue());
        assertEquals(-0.08, Variance.of(LineKind.COST, cny("1000000"), cny("920000")).variancePercent().doubleValue());
        Variance ex = Variance.of(LineKind.COST, cny("1000000"), cny("1150000"));
        assertEquals(0.15, ex.variancePercent().doubleValue());
        assertEquals(BudgetStatus.OVERSPENT, ex.status());
        assertEquals(Favourability.UNFAVOURABLE, ex.favourability());
    }

    @Test
    void revenueOverBudgetIsFavourableAndCostOverBudgetIsNot() {
        Variance revenue = Variance.of(LineKind.REVENUE, cny("100"), cny("120"));
        Variance cost = Variance.of(LineKind.COST, cny("100"), cny("120"));
        assertEquals(Favourability.FAVOURABLE, revenue.favourability());
        assertEquals(Favourability.UNFAVOURABLE, cost.favourability());
        assertEquals(BudgetStatus.OVERSPENT, revenue.status()); // the status is direction-only
        assertEquals(Favourability.UNFAVOURABLE, Variance.of(LineKind.REVENUE, cny("100"), cny("80")).favourability());
        assertEquals(Favourability.NEUTRAL, Variance.of(LineKind.COST, cny("100"), cny("100.00")).favourability());
    }

    @Test
    void bandBoundsAreInclusiveAndMayBeAsymmetric() {
        ToleranceBand band = ToleranceBand.of(new BigDecimal("0.10"), new BigDecimal("0.02"));
        // 98 / 100: -2% within [-10%, +2%]; 90: -10% on the bound; 89.99: below it
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, Variance.of(LineKind.COST, cny("100"), cny("98"), band).status());
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, Variance.of(LineKind.COST, cny("100"), cny("90"), band).status());
        assertEquals(BudgetStatus.UNDERSPENT, Variance.of(LineKind.COST, cny("100"), cny("89.99"), band).status());
        // 102 is +2% on the upper bound; 102.01 is over
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, Variance.of(LineKind.COST, cny("100"), cny("102"), band).status());
        assertEquals(BudgetStatus.OVERSPENT, Variance.of(LineKind.COST, cny("100"), cny("102.01"), band).status());
    }

    @Test
    void zeroBudgetIsUnplannedUnlessNothingMoved() {
        Variance unplanned = Variance.of(LineKind.COST, cny("0"), cny("250"));
        assertEquals(BudgetStatus.UNPLANNED, unplanned.status());
        assertEquals(cny("250"), unplanned.variance());
        assertFalse(unplanned.variancePercent().isDefined());
        assertEquals("budget is zero: variance % is undefined", unplanned.variancePercent().undefinedReason().get());
        assertFalse(unplanned.executionRate().isDefined());
        assertEquals(BudgetStatus.UNPLANNED, Variance.of(LineKind.COST, cny("0"), cny("-10")).status());
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, Variance.of(LineKind.COST, cny("0"), cny("0")).status());
        // however wide the band, a zero budget with spend is never within tolerance
        ToleranceBand wide = ToleranceBand.symmetric(new BigDecimal("1000"));
        assertEquals(BudgetStatus.UNPLANNED, Variance.of(LineKind.COST, cny("0"), cny("1"), wide).status());
    }

    @Test
    void negativeActualFromRefundsIsAllowed() {
        // refunds exceeded charges: -20 against a budget of 100 -> execution -20%, variance -120%
        Variance v = Variance.of(LineKind.COST, cny("100"), cny("-20"));
        assertEquals(cny("-120"), v.variance());
        assertEquals(-0.2, v.executionRate().doubleValue());
        assertEquals(-1.2, v.variancePercent().doubleValue());
        assertEquals(BudgetStatus.UNDERSPENT, v.status());
        assertEquals(Favourability.FAVOURABLE, v.favourability());
    }

    @Test
    void negativeBudgetAndMixedCurrenciesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Variance.of(LineKind.COST, cny("-1"), cny("0")));
        assertEquals("budget must be >= 0, was -1", e.getMessage());
        assertThrows(CurrencyMismatchException.class,
                () -> Variance.of(LineKind.COST, cny("1"), Money.of("1", "USD")));
    }

    @Test
    void bandRejectsNegativeTolerances() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ToleranceBand.of(new BigDecimal("-0.01"), BigDecimal.ONE));
        assertEquals("tolerance below must be >= 0, was -0.01", e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> ToleranceBand.of(0.05, Double.NaN));
        assertTrue(d.getMessage().startsWith("tolerance above must be a finite number"), d.getMessage());
        assertEquals(ToleranceBand.DEFAULT, ToleranceBand.of(0.05, 0.050));
        assertEquals("[-0.05, +0.05]", ToleranceBand.DEFAULT.toString());
        assertEquals(BudgetStatus.OVERSPENT, ToleranceBand.DEFAULT.statusOf(new BigDecimal("0.0501")));
        assertEquals(BudgetStatus.UNDERSPENT, ToleranceBand.DEFAULT.statusOf(new BigDecimal("-0.0501")));
    }
}
