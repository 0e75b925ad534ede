package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasedBudgetTest {

    private static List<Money> repeat(String amount, int n) {
        return Collections.nCopies(n, cny(amount));
    }

    private final PhasedBudget sem = PhasedBudget.of("sem", LineKind.COST, repeat("100", 12), repeat("110", 6));

    @Test
    void briefExample() {
        // plan 100 x 12 = 1,200; actuals 110 x 6 = 660; plan to date 600
        assertEquals(cny("1200"), sem.totalPlan());
        assertEquals(cny("660"), sem.actualToDate());
        assertEquals(cny("600"), sem.planToDate());
        assertTrue(Ratio.of(110, 1).hasSameValueAs(sem.burnRate())); // 660 / 6
        // RUN_RATE: 660 / (6/12) = 1,320 -> +120 = +10% -> OVERSPENT under ±5%
        Forecast runRate = sem.forecast(ForecastMethod.RUN_RATE);
        assertEquals(cny("1320"), runRate.atCompletion());
        assertEquals(cny("120"), runRate.variance().variance());
        assertEquals(BudgetStatus.OVERSPENT, runRate.variance().status());
        // PLAN_BASED: 660 + (1,200 - 600) = 1,260 -> +60 = +5% -> on the bound, within
        Forecast planBased = sem.forecast(ForecastMethod.PLAN_BASED);
        assertEquals(cny("1260"), planBased.atCompletion());
        assertEquals(cny("60"), planBased.variance().variance());
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, planBased.variance().status());
        // flat plan: the plan share 600/1200 equals the time share 6/12
        assertEquals(cny("1320"), sem.forecast(ForecastMethod.RUN_RATE_PLAN_SHARE).atCompletion());
    }

    @Test
    void planShareRunRateFollowsASeasonalPlan() {
        // plan 300, 100, 100, 100 (total 600); first period spent 300: on plan
        PhasedBudget seasonal = PhasedBudget.of("fair", LineKind.COST,
                List.of(cny("300"), cny("100"), cny("100"), cny("100")), List.of(cny("300")));
        // time share 1/4 -> 300 * 4 = 1,200 (reads as double the plan)
        assertEquals(cny("1200"), seasonal.forecast(ForecastMethod.RUN_RATE).atCompletion());
        // plan share 300/600 -> 300 / 0.5 = 600 (on plan)
        assertEquals(cny("600"), seasonal.forecast(ForecastMethod.RUN_RATE_PLAN_SHARE).atCompletion());
        assertEquals(cny("600"), seasonal.forecast(ForecastMethod.PLAN_BASED).atCompletion());
    }

    @Test
    void runRateRoundsToTheMinorUnitHalfEven() {
        // 100.01 * 3 / 2 = 150.015 -> 150.02 (half-even: the 1 before the 5 is odd, rounds up)
        PhasedBudget b = PhasedBudget.of("x", LineKind.COST, repeat("50", 3), List.of(cny("60.00"), cny("40.01")));
        assertEquals(cny("150.02"), b.forecast(ForecastMethod.RUN_RATE).atCompletion());
    }

    @Test
    void cumulativeBurn() {
        PhasedBudget b = PhasedBudget.of("x", LineKind.COST, List.of(cny("100"), cny("200"), cny("300")),
                List.of(cny("90"), cny("250")));
        List<PeriodBurn> burn = b.burn();
        assertEquals(2, burn.size());
        assertEquals(cny("300"), burn.get(1).cumulativePlan()); // 100 + 200
        assertEquals(cny("340"), burn.get(1).cumulativeActual()); // 90 + 250
        assertEquals(cny("40"), burn.get(1).cumulativeVariance());
        assertEquals(cny("-10"), burn.get(0).cumulativeVariance());
        assertTrue(Ratio.of(34, 30).hasSameValueAs(burn.get(1).cumulativeExecutionRate()));
    }

    @Test
    void nothingElapsedLeavesRunRatesUndefined() {
        PhasedBudget fresh = PhasedBudget.of("x", LineKind.COST, repeat("100", 12), List.of());
        assertFalse(fresh.burnRate().isDefined());
        Forecast f = fresh.forecast(ForecastMethod.RUN_RATE);
        assertFalse(f.isDefined());
        assertEquals("no period has elapsed: run rate is undefined", f.undefinedReason().get());
        IllegalStateException e = assertThrows(IllegalStateException.class, f::atCompletion);
        assertEquals("RUN_RATE forecast is undefined: no period has elapsed: run rate is undefined", e.getMessage());
        assertThrows(IllegalStateException.class, f::variance);
        assertEquals(cny("0"), f.orElse(cny("0")));
        assertTrue(f.toOptional().isEmpty());
        assertEquals(cny("1200"), fresh.forecast(ForecastMethod.PLAN_BASED).atCompletion());
    }

    @Test
    void zeroPlanToDateLeavesThePlanShareUndefined() {
        PhasedBudget late = PhasedBudget.of("x", LineKind.COST, List.of(cny("0"), cny("100")), List.of(cny("5")));
        Forecast f = late.forecast(ForecastMethod.RUN_RATE_PLAN_SHARE);
        assertEquals("plan to date is zero: plan-share run rate is undefined", f.undefinedReason().get());
        assertFalse(late.burn().get(0).cumulativeExecutionRate().isDefined());
        // plan-based: 5 + 100 = 105
        assertEquals(cny("105"), late.forecast(ForecastMethod.PLAN_BASED).atCompletion());
    }

    @Test
    void revenueForecastIsJudgedAsRevenue() {
        PhasedBudget sales = PhasedBudget.of("sales", LineKind.REVENUE, repeat("100", 4), repeat("90", 2));
        Variance v = sales.forecast(ForecastMethod.RUN_RATE).variance(); // 180 * 2 = 360 vs 400
        assertEquals(cny("-40"), v.variance());
        assertEquals(Favourability.UNFAVOURABLE, v.favourability());
        assertEquals(BudgetStatus.UNDERSPENT, v.status());
    }

    @Test
    void ledgerActualsFeedOnlyTheElapsedPeriods() {
        // 12 periods, 110 posted in each of periods 0..5: six periods have elapsed, not twelve
        PostingAccumulator acc = new PostingAccumulator(Currency.getInstance("CNY"), 12);
        for (int p = 0; p < 6; p++) {
            acc.add("sem", p, cny("110"));
        }
        LedgerActuals ledger = acc.result();
        List<Money> toDate = ledger.actualsByPeriod("sem", 6);
        assertEquals(repeat("110", 6), toDate);
        PhasedBudget b = PhasedBudget.of("sem", LineKind.COST, repeat("100", 12), toDate);
        assertEquals(6, b.elapsed());
        // 660 / (6/12) = 1,320 -> +120 = +10% -> OVERSPENT (all 12 periods would read 660, UNDERSPENT)
        Forecast f = b.forecast(ForecastMethod.RUN_RATE);
        assertEquals(cny("1320"), f.atCompletion());
        assertEquals(BudgetStatus.OVERSPENT, f.variance().status());
        assertEquals(List.of(), ledger.actualsByPeriod("sem", 0));
        assertEquals("elapsedPeriods must be in [0, 12], was 13", assertThrows(IllegalArgumentException.class,
                () -> ledger.actualsByPeriod("sem", 13)).getMessage());
        assertEquals("elapsedPeriods must be in [0, 12], was -1", assertThrows(IllegalArgumentException.class,
                () -> ledger.actualsByPeriod("sem", -1)).getMessage());
    }

    @Test
    void runRatesAreExactOnceEveryPeriodHasElapsed() {
        // plan 1, 1; actuals 0.005 + 0.001 = 0.006: nothing left to project, so no rounding to 0.01
        PhasedBudget done = PhasedBudget.of("x", LineKind.COST, repeat("1", 2), List.of(cny("0.005"), cny("0.001")));
        assertEquals(cny("0.006"), done.forecast(ForecastMethod.RUN_RATE).atCompletion());
        assertEquals(cny("0.006"), done.forecast(ForecastMethod.RUN_RATE_PLAN_SHARE).atCompletion());
        assertEquals(cny("0.006"), done.forecast(ForecastMethod.PLAN_BASED).atCompletion());
        // one period left: 0.005 x 2 / 1 = 0.01 is still rounded to the cent
        PhasedBudget half = PhasedBudget.of("x", LineKind.COST, repeat("1", 2), List.of(cny("0.005")));
        assertEquals(cny("0.01"), half.forecast(ForecastMethod.RUN_RATE).atCompletion());
    }

    @Test
    void fromABudgetLineThePlanMustAddUpToItsBudget() {
        BudgetLine line = SeedBudget.cost("sem", "online/sem", "1200", "660");
        PhasedBudget b = PhasedBudget.of(line, repeat("100", 12), repeat("110", 6)); // 100 x 12 = 1,200
        assertEquals("sem", b.lineId());
        assertEquals(LineKind.COST, b.kind());
        assertEquals(cny("1320"), b.forecast(ForecastMethod.RUN_RATE).atCompletion());
        BudgetLine sales = BudgetLine.of("sales", "sales", "x", LineKind.REVENUE, cny("400"), cny("0"));
        assertEquals(LineKind.REVENUE, PhasedBudget.of(sales, repeat("100", 4), List.of()).kind());
        assertEquals("plan must sum to the budget of line \"sem\" (CNY 1200), was CNY 1100.00",
                assertThrows(IllegalArgumentException.class, () -> PhasedBudget.of(line, repeat("100", 11),
                        List.of())).getMessage());
    }

    @Test
    void currencyMismatchesNameTheLineAndThePeriod() {
        assertEquals("currency mismatch: CNY and USD (plan[1] of line \"x\")", assertThrows(
                CurrencyMismatchException.class, () -> PhasedBudget.of("x", LineKind.COST,
                        List.of(cny("1"), Money.of("1", "USD")), List.of())).getMessage());
        assertEquals("currency mismatch: CNY and USD (actuals[0] of line \"x\")", assertThrows(
                CurrencyMismatchException.class, () -> PhasedBudget.of("x", LineKind.COST,
                        repeat("1", 2), List.of(Money.of("1", "USD")))).getMessage());
        BudgetLine usd = BudgetLine.of("us", "us", "x", LineKind.COST, Money.of("2", "USD"), Money.of("0", "USD"));
        assertEquals("currency mismatch: USD and CNY (plan[0] of line \"us\")", assertThrows(
                CurrencyMismatchException.class, () -> PhasedBudget.of(usd, repeat("1", 2), List.of())).getMessage());
    }

    @Test
    void validation() {
        assertEquals("actuals must have at most 2 periods (the plan's), was 3 (line \"x\")",
                assertThrows(IllegalArgumentException.class, () -> PhasedBudget.of("x", LineKind.COST,
                        repeat("1", 2), repeat("1", 3))).getMessage());
        assertEquals("plan must have at least one period, was empty (line \"x\")",
                assertThrows(IllegalArgumentException.class, () -> PhasedBudget.of("x", LineKind.COST,
                        List.of(), List.of())).getMessage());
        assertEquals("plan[1] must be >= 0, was CNY -1 (line \"x\")",
                assertThrows(IllegalArgumentException.class, () -> PhasedBudget.of("x", LineKind.COST,
                        List.of(cny("1"), cny("-1")), List.of())).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> PhasedBudget.of("x", LineKind.COST,
                repeat("1", 2), List.of(Money.of("1", "USD"))));
    }

    @Test
    void aForecastKeepsItsBudgetMethodAndBandAndIsRebuiltFromThem() {
        ToleranceBand tight = ToleranceBand.symmetric(new BigDecimal("0.01"));
        Forecast f = sem.forecast(ForecastMethod.RUN_RATE, tight);
        assertSame(sem, f.budget());
        assertEquals(ForecastMethod.RUN_RATE, f.method());
        assertEquals(tight, f.band());
        assertEquals(f, f.budget().forecast(f.method(), f.band()));
        // nothing elapsed: the undefined forecast keeps its inputs too
        PhasedBudget fresh = PhasedBudget.of("x", LineKind.COST, repeat("100", 12), List.of());
        Forecast undefined = fresh.forecast(ForecastMethod.RUN_RATE);
        assertSame(fresh, undefined.budget());
        assertEquals(ToleranceBand.DEFAULT, undefined.band());
        assertEquals(undefined, undefined.budget().forecast(undefined.method(), undefined.band()));
    }
}
