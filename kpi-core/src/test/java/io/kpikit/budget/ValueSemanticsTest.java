package io.kpikit.budget;

import static io.kpikit.ValueContract.assertValueSemantics;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality and hashing of the budget value types. */
class ValueSemanticsTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static BudgetLine line(String id, String name, String path, LineKind kind, String budget, String actual) {
        return BudgetLine.of(id, name, path, kind, cny(budget), cny(actual));
    }

    @Test
    void budgetLinesAreEqualByEveryField() {
        BudgetLine sem = line("sem", "SEM", "online/sem", LineKind.COST, "100", "95");
        assertValueSemantics(sem, line("sem", "SEM", "online/sem", LineKind.COST, "100.00", "95"),
                line("sem2", "SEM", "online/sem", LineKind.COST, "100", "95"),
                line("sem", "Search", "online/sem", LineKind.COST, "100", "95"),
                line("sem", "SEM", "online/search", LineKind.COST, "100", "95"),
                line("sem", "SEM", "online/sem", LineKind.REVENUE, "100", "95"),
                line("sem", "SEM", "online/sem", LineKind.COST, "101", "95"),
                line("sem", "SEM", "online/sem", LineKind.COST, "100", "96"),
                sem.withTag("mix", "proven"));
    }

    @Test
    void variancesAreEqualByKindAmountsAndBand() {
        assertValueSemantics(Variance.of(LineKind.COST, cny("100"), cny("95")),
                Variance.of(LineKind.COST, cny("100.0"), cny("95")),
                Variance.of(LineKind.REVENUE, cny("100"), cny("95")),
                Variance.of(LineKind.COST, cny("101"), cny("95")),
                Variance.of(LineKind.COST, cny("100"), cny("96")),
                Variance.of(LineKind.COST, cny("100"), cny("95"), ToleranceBand.symmetric(new BigDecimal("0.2"))));
    }

    @Test
    void toleranceBandsAreEqualByNumericLimits() {
        assertValueSemantics(ToleranceBand.of(new BigDecimal("0.05"), new BigDecimal("0.1")),
                ToleranceBand.of(0.05, 0.10),
                ToleranceBand.of(new BigDecimal("0.06"), new BigDecimal("0.1")),
                ToleranceBand.of(new BigDecimal("0.05"), new BigDecimal("0.2")));
    }

    @Test
    void mixTargetsAreEqualByNumericSharesAndTolerance() {
        BigDecimal eighty = new BigDecimal("0.8");
        BigDecimal twenty = new BigDecimal("0.2");
        assertValueSemantics(MixTarget.of(Map.of("a", eighty, "b", twenty), BigDecimal.TEN),
                MixTarget.of(Map.of("a", new BigDecimal("0.80"), "b", twenty), new BigDecimal("10.0")),
                MixTarget.of(Map.of("a", new BigDecimal("0.7"), "b", new BigDecimal("0.3")), BigDecimal.TEN),
                MixTarget.of(Map.of("a", eighty, "c", twenty), BigDecimal.TEN),
                MixTarget.of(Map.of("a", eighty, "b", twenty), BigDecimal.ONE),
                MixTarget.of(Map.of("a", BigDecimal.ONE), BigDecimal.TEN));
    }

    @Test
    void ledgerActualsAreEqualByCurrencyPeriodsAndPostings() {
        List<Posting> postings = List.of(new Posting("a", 0, cny("5")), new Posting("b", 1, cny("7")));
        assertValueSemantics(LedgerActuals.of(CNY, 3, postings),
                LedgerActuals.of(CNY, 3, List.of(new Posting("b", 1, cny("7.00")), new Posting("a", 0, cny("5")))),
                LedgerActuals.of(CNY, 4, postings),
                LedgerActuals.of(CNY, 3, List.of(new Posting("a", 0, cny("5")), new Posting("b", 2, cny("7")))),
                LedgerActuals.of(CNY, 3, List.of(new Posting("a", 0, cny("5")), new Posting("b", 1, cny("8")))),
                LedgerActuals.of(CNY, 3, List.of(new Posting("a", 0, cny("5")), new Posting("c", 1, cny("7")))),
                LedgerActuals.of(CNY, 3, List.of(new Posting("a", 0, cny("5")), new Posting("b", 1, cny("7")),
                        new Posting("c", 1, cny("7")))),
                LedgerActuals.of(Currency.getInstance("USD"), 3, List.of()));
    }

    @Test
    void forecastsAreEqualByMethodPlanAndProjection() {
        List<Money> plan = List.of(cny("100"), cny("100"), cny("100"), cny("100"));
        PhasedBudget sem = PhasedBudget.of("sem", LineKind.COST, plan, List.of(cny("110"), cny("90")));
        assertValueSemantics(sem.forecast(ForecastMethod.RUN_RATE),
                PhasedBudget.of("sem", LineKind.COST, plan, List.of(cny("110"), cny("90"))).forecast(ForecastMethod.RUN_RATE),
                PhasedBudget.of("sem", LineKind.COST, plan, List.of(cny("110"), cny("91"))).forecast(ForecastMethod.RUN_RATE),
                PhasedBudget.of("sem", LineKind.REVENUE, plan, List.of(cny("110"), cny("90"))).forecast(ForecastMethod.RUN_RATE),
                PhasedBudget.of("sem", LineKind.COST, plan, List.of()).forecast(ForecastMethod.RUN_RATE),
                sem.forecast(ForecastMethod.RUN_RATE, ToleranceBand.symmetric(new BigDecimal("0.2"))));
    }
}
