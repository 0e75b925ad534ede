package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public budget records validate what they are given, naming the field and the value. */
class RecordChecksTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void periodBurn() {
        assertEquals("period must be >= 0, was -1",
                message(() -> new PeriodBurn(-1, cny("1"), cny("1"), cny("1"), cny("1"))));
        assertEquals(0, new PeriodBurn(0, cny("1"), cny("1"), cny("1"), cny("1")).period());
        assertThrows(CurrencyMismatchException.class, () -> new PeriodBurn(0, cny("1"), usd("1"), cny("1"), cny("1")));
        assertThrows(CurrencyMismatchException.class, () -> new PeriodBurn(0, cny("1"), cny("1"), usd("1"), cny("1")));
        assertThrows(CurrencyMismatchException.class, () -> new PeriodBurn(0, cny("1"), cny("1"), cny("1"), usd("1")));
        assertEquals(Optional.of("cumulative plan is zero: execution rate is undefined"),
                new PeriodBurn(0, cny("0"), cny("5"), cny("0"), cny("5")).cumulativeExecutionRate().undefinedReason());
    }

    @Test
    void channelBudget() {
        Ratio roas = Ratio.of(3, 1);
        assertEquals("channel must be non-blank, was \" \"",
                message(() -> new ChannelBudget(" ", cny("5"), roas, cny("0"), cny("10"))));
        assertThrows(CurrencyMismatchException.class, () -> new ChannelBudget("SEM", cny("5"), roas, usd("0"), cny("10")));
        assertThrows(CurrencyMismatchException.class, () -> new ChannelBudget("SEM", cny("5"), roas, cny("0"), usd("10")));
    }

    @Test
    void transfer() {
        assertEquals("amount must be > 0, was CNY 0 (transfer SEM -> feed)",
                message(() -> new Transfer("SEM", "feed", cny("0"))));
        assertEquals("to must differ from from, was \"SEM\" for both",
                message(() -> new Transfer("SEM", "SEM", cny("1"))));
    }

    @Test
    void channelChange() {
        assertThrows(CurrencyMismatchException.class, () -> new ChannelChange("SEM", cny("1"), usd("2")));
    }

    @Test
    void budgetNode() {
        CategoryPath path = CategoryPath.of("online");
        Variance cost = Variance.of(LineKind.COST, cny("100"), cny("90"));
        Variance revenue = Variance.of(LineKind.REVENUE, cny("100"), cny("90"));
        assertEquals("node must hold at least one line, was empty (node \"online\")",
                message(() -> new BudgetNode(path, List.of(), Optional.empty(), Optional.empty())));
        String kinds = "cost roll-up must be of kind COST and revenue of kind REVENUE (node \"online\")";
        assertEquals(kinds, message(() -> new BudgetNode(path, List.of("a"), Optional.of(revenue), Optional.empty())));
        assertEquals(kinds, message(() -> new BudgetNode(path, List.of("a"), Optional.empty(), Optional.of(cost))));
        assertTrue(new BudgetNode(path, List.of("a"), Optional.empty(), Optional.of(revenue)).revenue().isPresent());
        assertTrue(new BudgetNode(path, List.of("a"), Optional.of(cost), Optional.empty()).cost().isPresent());
    }

    @Test
    void mixDeviation() {
        Ratio undefined = Ratio.of(0, 0);
        assertEquals("withinTolerance must be false for an undefined deviation (group \"a\")",
                message(() -> new MixDeviation("a", undefined, BigDecimal.ONE, undefined, true)));
        assertEquals("a", new MixDeviation("a", undefined, BigDecimal.ONE, undefined, false).group());
    }

    @Test
    void mixShareByBasis() {
        MixShare s = new MixShare("a", cny("80"), cny("70"), Ratio.of(80, 100), Ratio.of(70, 100));
        assertEquals(Ratio.of(80, 100), s.share(MixBasis.BUDGET));
        assertEquals(Ratio.of(70, 100), s.share(MixBasis.ACTUAL));
    }
}
