package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static io.kpikit.budget.SeedBudget.cost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationMixTest {

    private static final MixTarget EIGHTY_TWENTY = MixTarget.of(
            Map.of("proven", new BigDecimal("0.80"), "experimental", new BigDecimal("0.20")), BigDecimal.valueOf(5));

    private static BigDecimal points(MixDeviation d) {
        return d.deviation().toBigDecimal().movePointRight(2);
    }

    @Test
    void seedMixHasAnExplicitUntaggedGroup() {
        AllocationMix mix = AllocationMix.from(SeedBudget.report(), "mix");
        assertEquals(List.of("experimental", "proven", AllocationMix.UNTAGGED),
                mix.groups().stream().map(MixShare::group).toList());
        // experimental = kol 1.5M + sponsorship 0.8M = 2.3M of 10M; actual 1.32M + 0.56M = 1.88M of 9.5M
        MixShare exp = mix.group("experimental").orElseThrow();
        assertEquals(cny("2300000"), exp.budget());
        assertTrue(Ratio.of(23, 100).hasSameValueAs(exp.budgetShare()));
        assertTrue(Ratio.of(188, 950).hasSameValueAs(exp.actualShare()));
        // proven = 2.0 + 1.5 + 1.0 + 1.0 + 1.2 = 6.7M; untagged = print-outdoor 1.0M
        assertEquals(cny("6700000"), mix.group("proven").orElseThrow().budget());
        assertEquals(cny("1000000"), mix.group(AllocationMix.UNTAGGED).orElseThrow().budget());
        assertEquals(cny("700000"), mix.group(AllocationMix.UNTAGGED).orElseThrow().actual());
    }

    @Test
    void seedBudgetFailsEightyTwentyBecauseOfUntaggedSpend() {
        MixCheck check = AllocationMix.from(SeedBudget.report(), "mix").check(EIGHTY_TWENTY, MixBasis.BUDGET);
        assertFalse(check.passed());
        List<MixDeviation> d = check.deviations();
        assertEquals(List.of("experimental", "proven", "untagged"), d.stream().map(MixDeviation::group).toList());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(points(d.get(0))));   // 23% - 20% = +3 pts
        assertTrue(d.get(0).withinTolerance());
        assertEquals(0, BigDecimal.valueOf(-13).compareTo(points(d.get(1)))); // 67% - 80% = -13 pts
        assertFalse(d.get(1).withinTolerance());
        assertEquals(0, BigDecimal.valueOf(10).compareTo(points(d.get(2))));  // 10% - 0% = +10 pts
        assertEquals(0, BigDecimal.ZERO.compareTo(d.get(2).target()));
    }

    @Test
    void toleranceBoundIsInclusive() {
        // 7.5M / 2.5M of 10M: exactly 5 points off on both groups -> passes
        BudgetReport edge = BudgetReport.of(List.of(cost("a", "x/a", "7500000", "0").withTag("mix", "proven"),
                cost("b", "x/b", "2500000", "0").withTag("mix", "experimental")));
        assertTrue(AllocationMix.from(edge, "mix").check(EIGHTY_TWENTY, MixBasis.BUDGET).passed());
        BudgetReport over = BudgetReport.of(List.of(cost("a", "x/a", "7499999.99", "0").withTag("mix", "proven"),
                cost("b", "x/b", "2500000.01", "0").withTag("mix", "experimental")));
        assertFalse(AllocationMix.from(over, "mix").check(EIGHTY_TWENTY, MixBasis.BUDGET).passed());
    }

    @Test
    void zeroTotalMakesSharesUndefinedAndFailsTheCheck() {
        BudgetReport zero = BudgetReport.of(List.of(cost("a", "x", "100", "0").withTag("mix", "proven")));
        AllocationMix mix = AllocationMix.from(zero, "mix");
        assertEquals("total actual is zero: share is undefined",
                mix.group("proven").orElseThrow().actualShare().undefinedReason().get());
        MixCheck check = mix.check(EIGHTY_TWENTY, MixBasis.ACTUAL);
        assertFalse(check.passed());
        assertFalse(check.deviations().get(0).deviation().isDefined());
        // the budget basis is defined: 100% proven vs 80% -> +20 pts, experimental absent -> -20 pts
        MixCheck budget = mix.check(EIGHTY_TWENTY, MixBasis.BUDGET);
        assertEquals(0, BigDecimal.valueOf(-20).compareTo(points(budget.deviations().get(0))));
    }

    @Test
    void revenueLinesStayOutOfACostMix() {
        // cost: proven 800 + experimental 200 = 1,000 -> experimental 200/1000 = 0.20, within 80/20 +-5;
        // the revenue line (5,000) must not dilute it to 200/6000 = 0.0333
        BudgetReport r = BudgetReport.of(List.of(cost("p", "x/p", "800", "800").withTag("mix", "proven"),
                cost("e", "x/e", "200", "200").withTag("mix", "experimental"),
                BudgetLine.of("s", "s", "x/s", LineKind.REVENUE, cny("5000"), cny("5000")).withTag("mix", "proven")));
        AllocationMix mix = AllocationMix.from(r, "mix");
        assertEquals(LineKind.COST, mix.kind());
        assertEquals(cny("1000"), mix.totalBudget());
        assertTrue(Ratio.of(2, 10).hasSameValueAs(mix.group("experimental").orElseThrow().budgetShare()));
        assertTrue(mix.check(EIGHTY_TWENTY, MixBasis.BUDGET).passed());
        // the revenue mix: only "s", all proven
        AllocationMix revenue = AllocationMix.from(r, "mix", LineKind.REVENUE);
        assertEquals(LineKind.REVENUE, revenue.kind());
        assertEquals(cny("5000"), revenue.totalBudget());
        assertEquals(List.of("proven"), revenue.groups().stream().map(MixShare::group).toList());
        assertTrue(Ratio.of(1, 1).hasSameValueAs(revenue.group("proven").orElseThrow().budgetShare()));
    }

    @Test
    void reservedGroupNameAndInvalidTargetsAreRejected() {
        BudgetReport r = BudgetReport.of(List.of(cost("a", "x", "1", "1").withTag("mix", "untagged")));
        assertEquals("tag \"mix\" must not use the reserved group name \"untagged\", was on line \"a\"",
                assertThrows(IllegalArgumentException.class, () -> AllocationMix.from(r, "mix")).getMessage());
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class, () -> MixTarget.of(
                Map.of("proven", new BigDecimal("0.8"), "experimental", new BigDecimal("0.1")), BigDecimal.ONE));
        assertTrue(sum.getMessage().startsWith("shares must sum to 1, was 0.9"), sum.getMessage());
        assertEquals("tolerance points must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> MixTarget.of(Map.of("a", BigDecimal.ONE), BigDecimal.valueOf(-1))).getMessage());
        assertEquals("share of \"a\" must be >= 0, was -0.5", assertThrows(IllegalArgumentException.class,
                () -> MixTarget.of(Map.of("a", new BigDecimal("-0.5"), "b", new BigDecimal("1.5")), BigDecimal.ONE))
                .getMessage());
    }

    /** Proven 800 of 1,000 budget and 900 of 1,200 actual; experimental 200 and 300. */
    private static List<MixShare> groups() {
        return List.of(new MixShare("experimental", cny("200"), cny("300"), Ratio.of(200, 1000), Ratio.of(300, 1200)),
                new MixShare("proven", cny("800"), cny("900"), Ratio.of(800, 1000), Ratio.of(900, 1200)));
    }

    @Test
    void restoreRebuildsAMixFromItsFigures() {
        AllocationMix mix = AllocationMix.restore("mix", LineKind.COST, cny("1000"), cny("1200"), groups());
        assertEquals("mix", mix.tagKey());
        assertEquals(LineKind.COST, mix.kind());
        assertEquals(cny("1000"), mix.totalBudget());
        assertEquals(groups(), mix.groups());
        // 800 - 0.80 × 1000 = 0: proven is on target; 200 - 0.20 × 1000 = 0 as well
        assertTrue(mix.check(EIGHTY_TWENTY, MixBasis.BUDGET).passed());
    }

    @Test
    void restoreGivesBackTheSeedMix() {
        AllocationMix seed = AllocationMix.from(SeedBudget.report(), "mix");
        AllocationMix back = AllocationMix.restore(seed.tagKey(), seed.kind(), seed.totalBudget(), seed.totalActual(),
                seed.groups());
        assertEquals(seed.groups(), back.groups());
        assertEquals(seed.toString(), back.toString());
        assertEquals(seed.check(EIGHTY_TWENTY, MixBasis.ACTUAL), back.check(EIGHTY_TWENTY, MixBasis.ACTUAL));
    }

    @Test
    void restoreKeepsUndefinedSharesOfAZeroTotal() {
        Ratio undefined = Ratio.undefined(BigDecimal.ZERO, BigDecimal.ZERO, "total actual is zero: share is undefined");
        MixShare only = new MixShare("proven", cny("10"), cny("0"), Ratio.of(10, 10), undefined);
        AllocationMix mix = AllocationMix.restore("mix", LineKind.COST, cny("10"), cny("0"), List.of(only));
        assertFalse(mix.groups().get(0).actualShare().isDefined());
        // an empty mix has zero totals and no groups
        assertTrue(AllocationMix.restore("mix", LineKind.REVENUE, cny("0"), cny("0"), List.of()).groups().isEmpty());
    }

    @Test
    void restoreRejectsFiguresThatDisagreeNamingTheFieldAndValue() {
        List<MixShare> g = groups();
        assertEquals("totalBudget must be the sum of the groups' budgets, CNY 1000.00, was CNY 999",
                assertThrows(IllegalArgumentException.class, () -> AllocationMix.restore("mix", LineKind.COST,
                        cny("999"), cny("1200"), g)).getMessage());
        assertEquals("totalActual must be the sum of the groups' actuals, CNY 1200.00, was CNY 1300",
                assertThrows(IllegalArgumentException.class, () -> AllocationMix.restore("mix", LineKind.COST,
                        cny("1000"), cny("1300"), g)).getMessage());
        // the same value 0.8 written as 8/10 is not the share kpikit computes, 800/1000
        List<MixShare> eightTenths = List.of(g.get(0), new MixShare("proven", cny("800"), cny("900"), Ratio.of(8, 10),
                Ratio.of(900, 1200)));
        assertEquals("groups[1].budgetShare must be 800/1000 = 0.8 (group \"proven\"), was 8/10 = 0.8",
                assertThrows(IllegalArgumentException.class, () -> AllocationMix.restore("mix", LineKind.COST,
                        cny("1000"), cny("1200"), eightTenths)).getMessage());
        assertEquals("groups[1].group must come after \"proven\" (groups are distinct, by name, untagged last), "
                + "was \"experimental\"", assertThrows(IllegalArgumentException.class, () -> AllocationMix.restore(
                        "mix", LineKind.COST, cny("1000"), cny("1200"), List.of(g.get(1), g.get(0)))).getMessage());
        MixShare untagged = new MixShare(AllocationMix.UNTAGGED, cny("0"), cny("0"), Ratio.of(0, 1000),
                Ratio.of(0, 1200));
        assertEquals("groups[2].group must come after \"untagged\" (groups are distinct, by name, untagged last), "
                + "was \"proven\"", assertThrows(IllegalArgumentException.class, () -> AllocationMix.restore(
                        "mix", LineKind.COST, cny("1000"), cny("1200"), List.of(g.get(0), untagged, g.get(1))))
                .getMessage());
        assertThrows(io.kpikit.core.CurrencyMismatchException.class, () -> AllocationMix.restore("mix", LineKind.COST,
                cny("1000"), io.kpikit.core.Money.parse("USD 1200"), g));
        assertEquals("groups", assertThrows(NullPointerException.class, () -> AllocationMix.restore("mix",
                LineKind.COST, cny("1000"), cny("1200"), null)).getMessage());
    }
}
