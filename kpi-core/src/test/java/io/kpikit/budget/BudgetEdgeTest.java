package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accessors, limits, texts and reasons of the budget types that the main examples do not reach. */
class BudgetEdgeTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void mixTargetLimitsAreInclusive() {
        MixTarget all = MixTarget.of(Map.of("a", BigDecimal.ONE), new BigDecimal("100"));
        assertEquals(0, BigDecimal.ONE.compareTo(all.share("a")));
        assertEquals(0, BigDecimal.ZERO.compareTo(all.share("b")));
        assertEquals(new BigDecimal("100"), all.tolerancePoints());
        assertEquals("{a=1} ± 100 pts", all.toString());
        assertEquals("tolerance points must be <= 100, was 100.01",
                message(() -> MixTarget.of(Map.of("a", BigDecimal.ONE), new BigDecimal("100.01"))));
        assertEquals("shares must not be empty", message(() -> MixTarget.of(Map.of(), BigDecimal.ONE)));
        assertEquals("group must be non-blank, was \" \"",
                message(() -> MixTarget.of(Map.of(" ", BigDecimal.ONE), BigDecimal.ONE)));
        // groups are checked in name order, so "a" fails first
        assertEquals("share of \"a\" must be <= 1, was 1.5",
                message(() -> MixTarget.of(Map.of("a", new BigDecimal("1.5"), "b", new BigDecimal("-0.5")),
                        BigDecimal.ONE)));
    }

    @Test
    void untaggedLinesComeLastInAMix() {
        // groups by natural order, "untagged" last even though "zeta" sorts after it
        BudgetReport r = BudgetReport.of(List.of(
                BudgetLine.of("z", "Z", "x/z", LineKind.COST, cny("100"), cny("100")).withTag("mix", "zeta"),
                BudgetLine.of("u", "U", "x/u", LineKind.COST, cny("100"), cny("100")),
                BudgetLine.of("p", "P", "x/p", LineKind.COST, cny("100"), cny("100")).withTag("mix", "proven")));
        AllocationMix mix = AllocationMix.from(r, "mix");
        List<String> groups = new ArrayList<>();
        mix.groups().forEach(g -> groups.add(g.group()));
        assertEquals(List.of("proven", "zeta", AllocationMix.UNTAGGED), groups);
        assertEquals("mix", mix.tagKey());
        assertEquals(cny("300"), mix.totalActual());
        assertEquals("AllocationMix[mix, COST, 3 groups, budget CNY 300.00, actual CNY 300.00]", mix.toString());
    }

    @Test
    void mixCheckAgainstAZeroActualTotalIsUndefined() {
        BudgetReport r = BudgetReport.of(List.of(
                BudgetLine.of("a", "A", "x/a", LineKind.COST, cny("800"), cny("0")).withTag("mix", "proven")));
        MixDeviation d = AllocationMix.from(r, "mix")
                .check(MixTarget.of(Map.of("proven", BigDecimal.ONE), BigDecimal.TEN), MixBasis.ACTUAL).deviations().get(0);
        assertEquals(Optional.of("total actual is zero: deviation is undefined"), d.deviation().undefinedReason());
        assertEquals(Optional.of("total actual is zero: share is undefined"), d.share().undefinedReason());
        BudgetReport noBudget = BudgetReport.of(List.of(
                BudgetLine.of("a", "A", "x/a", LineKind.COST, cny("0"), cny("800")).withTag("mix", "proven")));
        MixDeviation b = AllocationMix.from(noBudget, "mix")
                .check(MixTarget.of(Map.of("proven", BigDecimal.ONE), BigDecimal.TEN), MixBasis.BUDGET).deviations().get(0);
        assertEquals(Optional.of("total budget is zero: deviation is undefined"), b.deviation().undefinedReason());
    }

    @Test
    void phasedBudgetAccessorsTextAndForecast() {
        List<Money> plan = List.of(cny("100"), cny("100"), cny("100"), cny("100"));
        PhasedBudget sem = PhasedBudget.of("sem", LineKind.COST, plan, List.of(cny("110"), cny("90")));
        assertEquals(4, sem.periods());
        assertEquals(plan, sem.plan());
        assertEquals(List.of(cny("110"), cny("90")), sem.actuals());
        assertEquals("PhasedBudget[sem, 2/4 periods, plan CNY 400.00, actual to date CNY 200.00]", sem.toString());
        // run rate 200 / 2 periods · 4 periods = 400
        Forecast f = sem.forecast(ForecastMethod.RUN_RATE);
        assertTrue(f.isDefined());
        assertEquals(ForecastMethod.RUN_RATE, f.method());
        assertEquals(cny("400"), f.totalPlan());
        assertEquals(Optional.of(cny("400")), f.toOptional());
        assertEquals(cny("400"), f.orElse(cny("-1")));
        assertEquals("RUN_RATE CNY 400.00 vs plan CNY 400.00", f.toString());

        PhasedBudget notStarted = PhasedBudget.of("sem", LineKind.COST, plan, List.of());
        assertEquals(Optional.of("no period has elapsed: burn rate is undefined"), notStarted.burnRate().undefinedReason());
        Forecast none = notStarted.forecast(ForecastMethod.RUN_RATE);
        assertEquals(cny("-1"), none.orElse(cny("-1")));
        assertEquals("RUN_RATE undefined: no period has elapsed: run rate is undefined", none.toString());
    }

    @Test
    void varianceAccessorsTextAndZeroBudget() {
        Variance v = Variance.of(LineKind.COST, cny("100"), cny("95"));
        assertEquals(ToleranceBand.DEFAULT, v.band());
        assertEquals("COST budget CNY 100 actual CNY 95 variance CNY -5 WITHIN_TOLERANCE FAVOURABLE", v.toString());
        assertEquals(Optional.of("budget is zero: execution rate is undefined"),
                Variance.of(LineKind.COST, cny("0"), cny("5")).executionRate().undefinedReason());
    }

    @Test
    void toleranceLimitsAreInclusive() {
        ToleranceBand b = ToleranceBand.of(new BigDecimal("0.05"), new BigDecimal("0.1"));
        assertEquals(new BigDecimal("0.05"), b.below());
        assertEquals(new BigDecimal("0.1"), b.above());
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, b.statusOf(new BigDecimal("0.1")));
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, b.statusOf(new BigDecimal("-0.05")));
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, b.statusOf(BigDecimal.ZERO));
        assertEquals(BudgetStatus.OVERSPENT, b.statusOf(new BigDecimal("0.1001")));
        assertEquals(BudgetStatus.UNDERSPENT, b.statusOf(new BigDecimal("-0.0501")));
    }

    @Test
    void ledgerPeriodsAreBoundedBothWays() {
        LedgerActuals la = LedgerActuals.of(CNY, 3, List.of(new Posting("a", 0, cny("5"))));
        assertEquals(CNY, la.currency());
        assertEquals(3, la.periods());
        assertEquals(cny("5"), la.actual("a", 0));
        assertEquals(cny("0"), la.actual("a", 2));
        assertEquals("period must be in [0, 3), was 3",
                assertThrows(IndexOutOfBoundsException.class, () -> la.actual("a", 3)).getMessage());
        assertEquals("period must be in [0, 3), was -1",
                assertThrows(IndexOutOfBoundsException.class, () -> la.actual("a", -1)).getMessage());
        PostingAccumulator acc = new PostingAccumulator(CNY, 3);
        assertEquals(CNY, acc.currency());
        acc.add(new Posting("a", 2, cny("5")));
        int a = acc.lineIndex("a");
        assertEquals("period must be in [0, 3), was 3",
                assertThrows(IndexOutOfBoundsException.class, () -> acc.add(a, 3, 500)).getMessage());
        assertEquals("period must be in [0, 3), was -1",
                assertThrows(IndexOutOfBoundsException.class, () -> acc.add(a, -1, 500)).getMessage());
        acc.add(a, 0, 500);
        assertEquals(cny("10"), acc.result().actual("a"));
    }

    @Test
    void mergingAddsNewLinesAndSumsShared() {
        PostingAccumulator left = new PostingAccumulator(CNY, 2);
        left.add(new Posting("a", 0, cny("5")));
        PostingAccumulator right = new PostingAccumulator(CNY, 2);
        for (int i = 0; i < 40; i++) {
            right.add(new Posting("r" + i, 1, cny("1")));
        }
        right.add(new Posting("a", 1, cny("2")));
        left.merge(right);
        LedgerActuals merged = left.result();
        assertEquals(41, merged.lineIds().size());
        assertEquals(cny("7"), merged.actual("a"));
        assertEquals(cny("1"), merged.actual("r39", 1));
    }

    @Test
    void texts() {
        assertEquals("FlexibleBudget[rate CNY 200 × 5000 → 6000, actual CNY 1260000, volume variance CNY 200000, "
                        + "spending variance CNY 60000]",
                FlexibleBudget.of(cny("200"), 5000, 6000, cny("1260000")).toString());
        FlexibleBudget f = FlexibleBudget.of(cny("200"), 5000, 6000, cny("1260000"));
        assertEquals(cny("200"), f.budgetRate());
        assertEquals(new BigDecimal("5000"), f.budgetVolume());
        assertEquals(new BigDecimal("6000"), f.actualVolume());
        assertEquals(cny("1260000"), f.actual());
        // price (2.5 − 2) · 90 = 45; quantity (90 − 100) · 2 = −20
        assertEquals("PriceQuantityVariance[budget CNY 2 × 100, actual CNY 2.5 × 90, price CNY 45.0, quantity CNY -20]",
                PriceQuantityVariance.of(cny("2"), new BigDecimal("100"), cny("2.5"), new BigDecimal("90")).toString());
        assertThrows(CurrencyMismatchException.class, () -> PriceQuantityVariance.of(cny("2"), new BigDecimal("100"),
                Money.of("2.5", "USD"), new BigDecimal("90")));
        BudgetReport r = BudgetReport.of(List.of(BudgetLine.of("a", "A", "x/a", LineKind.COST, cny("800"), cny("700"))
                .withTag("mix", "proven")));
        assertEquals(ToleranceBand.DEFAULT, r.band());
        assertEquals("BudgetReport[1 lines, cost COST budget CNY 800 actual CNY 700 variance CNY -100 UNDERSPENT "
                + "FAVOURABLE]", r.toString());
        BudgetReport withRevenue = BudgetReport.of(List.of(
                BudgetLine.of("t", "T", "events/t", LineKind.REVENUE, cny("200"), cny("150"))));
        // 150 of 200 is −25%, beyond the default ±5%
        assertEquals("BudgetReport[1 lines, revenue REVENUE budget CNY 200 actual CNY 150 variance CNY -50 UNDERSPENT "
                + "UNFAVOURABLE]", withRevenue.toString());
        BudgetLine a = r.lines().get(0);
        assertEquals("A", a.name());
        assertEquals("a x/a COST budget CNY 800 actual CNY 700 {mix=proven}", a.toString());
        assertEquals("a x/a COST budget CNY 800 actual CNY 700",
                BudgetLine.of("a", "A", "x/a", LineKind.COST, cny("800"), cny("700")).toString());
    }

    @Test
    void reallocationProposalNeedsChannelsAndKeepsTheShare() {
        assertEquals("channels must not be empty", message(() -> ReallocationProposal.propose(List.of(),
                new BigDecimal("0.1"))));
        ReallocationProposal p = ReallocationProposal.propose(List.of(
                new ChannelBudget("SEM", cny("100"), io.kpikit.core.Ratio.of(4, 1), cny("0"), cny("200")),
                new ChannelBudget("feed", cny("100"), io.kpikit.core.Ratio.of(2, 1), cny("0"), cny("200"))),
                new BigDecimal("0.1"));
        assertEquals(new BigDecimal("0.1"), p.share());
        assertTrue(p.toString().startsWith("ReallocationProposal[requested " + p.requested() + ", moved " + p.moved()),
                p.toString());
    }
}
