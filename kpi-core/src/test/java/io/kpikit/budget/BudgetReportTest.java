package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static io.kpikit.budget.SeedBudget.cost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetReportTest {

    private final BudgetReport seed = SeedBudget.report();

    @Test
    void seedTotalsReproduce() {
        Variance total = seed.root().cost().orElseThrow();
        // 2.0+1.5+1.5+1.0+1.0+1.0+1.2+0.8 = 10.0M budget; 2.3+1.65+1.32+0.92+1.15+0.7+0.9+0.56 = 9.5M actual
        assertEquals(cny("10000000"), total.budget());
        assertEquals(cny("9500000"), total.actual());
        assertEquals(cny("-500000"), total.variance());
        assertEquals("95%", total.executionRate().toPercentString(0, RoundingMode.HALF_UP));
        assertEquals(Favourability.FAVOURABLE, total.favourability());
        assertTrue(seed.root().revenue().isEmpty());
        assertEquals(8, seed.root().lineIds().size());
    }

    @Test
    void onlineIsOverBudgetAndBrandPrUnder() {
        // online: 6,190,000 - 6,000,000 = +190,000 (+3.17%, within ±5%) and unfavourable
        Variance online = seed.node("online").orElseThrow().cost().orElseThrow();
        assertEquals(cny("190000"), online.variance());
        assertEquals(Favourability.UNFAVOURABLE, online.favourability());
        // brand-pr: 1,460,000 - 2,000,000 = -540,000 = -27%
        Variance brand = seed.node("brand-pr").orElseThrow().cost().orElseThrow();
        assertEquals(cny("-540000"), brand.variance());
        assertEquals(-0.27, brand.variancePercent().doubleValue());
        assertEquals(BudgetStatus.UNDERSPENT, brand.status());
        // offline: 1,850,000 - 2,000,000 = -150,000 = -7.5%
        assertEquals(cny("-150000"), seed.node("offline").orElseThrow().cost().orElseThrow().variance());
    }

    @Test
    void seedLineVariances() {
        assertEquals(-0.12, seed.variance("kol").variancePercent().doubleValue());
        assertEquals(-0.08, seed.variance("digital-ads").variancePercent().doubleValue());
        assertEquals(0.15, seed.variance("exhibitions").variancePercent().doubleValue());
        assertEquals(BudgetStatus.OVERSPENT, seed.variance("exhibitions").status());
        assertEquals(BudgetStatus.UNDERSPENT, seed.variance("kol").status());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> seed.variance("tv"));
        assertTrue(e.getMessage().endsWith("was \"tv\""), e.getMessage());
    }

    @Test
    void nodesAndChildren() {
        List<String> paths = new ArrayList<>();
        seed.nodes().forEach(n -> paths.add(n.path().toString()));
        assertEquals(List.of("", "brand-pr", "brand-pr/pr-agency", "brand-pr/sponsorship", "offline",
                "offline/exhibitions", "offline/print-outdoor", "online", "online/digital-ads", "online/feed-ads",
                "online/kol", "online/sem"), paths);
        List<String> children = new ArrayList<>();
        seed.children(CategoryPath.root()).forEach(n -> children.add(n.path().toString()));
        assertEquals(List.of("brand-pr", "offline", "online"), children);
        assertEquals(List.of("feed-ads", "sem", "kol", "digital-ads"), seed.node("online").orElseThrow().lineIds());
        assertTrue(seed.node("tv").isEmpty());
    }

    @Test
    void largestContributorsByAbsoluteVarianceTiesById() {
        // |variance|: feed-ads 300k, pr-agency 300k, print-outdoor 300k, sponsorship 240k, kol 180k,
        // sem 150k, exhibitions 150k, digital-ads 80k; total 1,700k
        List<Contribution> top = seed.largestContributors(4);
        assertEquals(List.of("feed-ads", "pr-agency", "print-outdoor", "sponsorship"),
                top.stream().map(Contribution::lineId).toList());
        assertEquals(cny("300000"), top.get(0).variance());
        assertEquals(cny("-300000"), top.get(1).variance());
        assertTrue(Ratio.of(3, 17).hasSameValueAs(top.get(0).share())); // 300 / 1700
        assertTrue(Ratio.of(24, 170).hasSameValueAs(top.get(3).share())); // 240 / 1700
        assertEquals(8, seed.largestContributors(100).size());
        assertEquals(List.of(), seed.largestContributors(0));
        assertEquals("n must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> seed.largestContributors(-1)).getMessage());
    }

    @Test
    void contributorsAreRankedWithinOneKind() {
        // cost: a |130 - 100| = 30, b |90 - 100| = 10 -> basis 40; revenue r |500 - 1,000| = 500 is not in it
        BudgetReport r = BudgetReport.of(List.of(cost("a", "x/a", "100", "130"), cost("b", "x/b", "100", "90"),
                BudgetLine.of("r", "r", "x/r", LineKind.REVENUE, cny("1000"), cny("500"))));
        List<Contribution> costs = r.largestContributors(5);
        assertEquals(List.of("a", "b"), costs.stream().map(Contribution::lineId).toList());
        assertTrue(Ratio.of(30, 40).hasSameValueAs(costs.get(0).share()));
        assertEquals(cny("40"), costs.get(0).totalAbsoluteVariance());
        assertEquals(cny("-10"), costs.get(1).variance());
        assertEquals(costs, r.largestContributors(LineKind.COST, 5));
        List<Contribution> revenue = r.largestContributors(LineKind.REVENUE, 5);
        assertEquals(List.of("r"), revenue.stream().map(Contribution::lineId).toList());
        assertEquals(cny("500"), revenue.get(0).totalAbsoluteVariance());
        assertTrue(Ratio.of(1, 1).hasSameValueAs(revenue.get(0).share()));
        assertEquals(List.of(), SeedBudget.report().largestContributors(LineKind.REVENUE, 3)); // no revenue lines
    }

    @Test
    void sharesAreUndefinedWhenNothingVaries() {
        BudgetReport flat = BudgetReport.of(List.of(cost("a", "x", "10", "10")));
        Contribution c = flat.largestContributors(1).get(0);
        assertFalse(c.share().isDefined());
        assertEquals("no cost line varies from its budget", c.share().undefinedReason().get());
    }

    @Test
    void costAndRevenueRollUpSeparately() {
        BudgetReport r = BudgetReport.of(List.of(
                cost("ads", "events/ads", "100", "130"),
                BudgetLine.of("tickets", "Tickets", "events/tickets", LineKind.REVENUE, cny("200"), cny("150"))));
        BudgetNode events = r.node("events").orElseThrow();
        // never netted: cost +30 (unfavourable) and revenue -50 (unfavourable) stay apart
        assertEquals(cny("30"), events.cost().orElseThrow().variance());
        assertEquals(cny("-50"), events.revenue().orElseThrow().variance());
        assertEquals(Favourability.UNFAVOURABLE, events.variance(LineKind.REVENUE).orElseThrow().favourability());
        assertTrue(r.node("events/ads").orElseThrow().revenue().isEmpty());
    }

    @Test
    void lineOnAnInnerNodeCountsInThatNode() {
        BudgetReport r = BudgetReport.of(List.of(cost("online-misc", "online", "5", "6"), cost("sem", "online/sem", "10", "9")));
        assertEquals(cny("15"), r.node("online").orElseThrow().cost().orElseThrow().budget());
        assertEquals(cny("10"), r.node("online/sem").orElseThrow().cost().orElseThrow().budget());
    }

    @Test
    void currencyMismatchNamesBothLines() {
        List<BudgetLine> lines = List.of(cost("sem", "online/sem", "1", "1"),
                BudgetLine.of("kol", "KOL", "online/kol", LineKind.COST, Money.of("1", "USD"), Money.of("1", "USD")));
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> BudgetReport.of(lines));
        assertTrue(e.getMessage().contains("line \"kol\" is in USD, expected CNY (the currency of line \"sem\")"),
                e.getMessage());
    }

    @Test
    void duplicateIdsAndEmptyReportsAreRejected() {
        List<BudgetLine> lines = List.of(cost("sem", "online/sem", "1", "1"), cost("sem", "online/other", "1", "1"));
        assertEquals("line id must be unique, was \"sem\" twice",
                assertThrows(IllegalArgumentException.class, () -> BudgetReport.of(lines)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BudgetReport.of(List.of()));
    }

    @Test
    void reportBandAppliesToNodes() {
        BudgetReport strict = BudgetReport.of(SeedBudget.lines(), ToleranceBand.symmetric(java.math.BigDecimal.ZERO));
        assertEquals(BudgetStatus.UNDERSPENT, strict.root().cost().orElseThrow().status());
        assertEquals(BudgetStatus.OVERSPENT, strict.node("online").orElseThrow().cost().orElseThrow().status());
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, seed.node("online").orElseThrow().cost().orElseThrow().status());
    }
}
