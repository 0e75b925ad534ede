package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FlexibleBudgetTest {

    @Test
    void costPerLeadExample() {
        // budget 200 per lead x 5,000 leads = 1,000,000; 6,000 leads achieved for 1,260,000
        FlexibleBudget f = FlexibleBudget.of(cny("200"), 5000, 6000, cny("1260000"));
        assertEquals(cny("1000000"), f.staticBudget());
        assertEquals(cny("1200000"), f.flexibleBudget()); // 200 x 6,000
        assertEquals(cny("200000"), f.volumeVariance()); // 1,200,000 - 1,000,000
        assertEquals(cny("60000"), f.spendingVariance()); // 1,260,000 - 1,200,000
        assertEquals(cny("260000"), f.totalVariance()); // 200,000 + 60,000
    }

    @Test
    void fractionalRatesStayExact() {
        // 12.345 x 1,001 = 12,357.345; 12.345 x 999 = 12,332.655; volume variance 12.345 x 2 = 24.69
        FlexibleBudget f = FlexibleBudget.of(cny("12.345"), new BigDecimal("999"), new BigDecimal("1001"), cny("12400"));
        assertEquals(cny("12332.655"), f.staticBudget());
        assertEquals(cny("24.690"), f.volumeVariance());
        assertEquals(cny("42.655"), f.spendingVariance()); // 12,400 - 12,357.345
    }

    @Test
    void validation() {
        assertEquals("budget volume must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> FlexibleBudget.of(cny("1"), -1, 1, cny("1"))).getMessage());
        assertEquals("actual volume must be >= 0, was -0.5", assertThrows(IllegalArgumentException.class,
                () -> FlexibleBudget.of(cny("1"), BigDecimal.ONE, new BigDecimal("-0.5"), cny("1"))).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> FlexibleBudget.of(cny("1"), 1, 1, Money.of("1", "USD")));
        assertEquals("budgetRate must be >= 0, was CNY -1", assertThrows(IllegalArgumentException.class,
                () -> FlexibleBudget.of(cny("-1"), 1, 1, cny("1"))).getMessage());
    }

    @Test
    void productsThatCannotBeMoneyFailAtConstructionNamingTheField() {
        // 1.5 x 1E-64 = 1.5E-64 has 65 decimal places, beyond what Money keeps
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> FlexibleBudget.of(cny("1.5"), new BigDecimal("1E-64"), BigDecimal.ONE, cny("1")));
        assertEquals("static budget (budget rate × budget volume) must be a valid amount of money, was CNY 1.5 × 1E-64: "
                + tiny.getCause().getMessage(), tiny.getMessage());
        // 1E30 x 1E20 = 1E50 has 51 digits before the point, beyond Money's 40
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> FlexibleBudget.of(cny("1E30"), BigDecimal.ONE, new BigDecimal("1E20"), cny("1")));
        assertTrue(huge.getMessage().startsWith("flexible budget (budget rate × actual volume) must be a valid amount"
                + " of money, was CNY 1" + "0".repeat(30) + " × 1E+20: amount must have at most 40 digits"),
                huge.getMessage());
    }
}
