package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.budget.BudgetStatus;
import io.kpikit.budget.Favourability;
import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewReportTest {

    private static void assertRatio(String expected, Ratio r) {
        assertTrue(r.isDefined(), () -> "undefined: " + r);
        assertEquals(0, dec(expected).compareTo(r.toBigDecimal()), () -> "was " + r);
    }

    private static List<String> warnings(ReviewReport r) {
        return r.warnings().stream().map(w -> w.section() + "|" + w.item() + "|" + w.message()).toList();
    }

    @Test
    void absentSectionsAreAbsentNotZero() {
        ReviewReport r = ReviewReport.of(ReviewFixtures.empty());
        assertEquals("FY2024", r.period());
        assertEquals("2024-12-31", r.end());
        assertEquals("CNY", r.currency());
        assertNull(r.attainment());
        assertNull(r.growth());
        assertNull(r.roi());
        assertNull(r.customers());
        assertNull(r.market());
        assertNull(r.funnel());
        assertNull(r.budget());
        assertNull(r.attribution());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void attainmentAndScorecardOfTwoLevelKpis() {
        // a: 90 of 100 = 0.9 (AT_RISK), weight 3; b: 120 of 100 = 1.2 (EXCEEDED), weight 1
        // normalised weights 0.75 and 0.25: composite 0.75 × 0.9 + 0.25 × 1.2 = 0.975
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("a", "100", "90", "3"),
                ReviewFixtures.level("b", "100", "120", "1")), null, null, null, null, null, null));
        assertRatio("0.9", r.attainment().kpis().get(0).attainment());
        assertEquals(AttainmentStatus.AT_RISK, r.attainment().kpis().get(0).status());
        assertEquals(AttainmentStatus.EXCEEDED, r.attainment().kpis().get(1).status());
        assertEquals(0, dec("0.975").compareTo(r.attainment().scorecard().composite().toBigDecimal()));
        assertEquals(0, dec("0.75").compareTo(r.attainment().scorecard().lines().get(0).weight()));
        assertNull(r.growth(), "no KPI has a base or a series");
    }

    @Test
    void kpiWithoutTargetIsWarnedAndLeftOutOfTheScorecard() {
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("a", "100", "90", "1"),
                ReviewFixtures.level("b", null, "120", "1")), null, null, null, null, null, null));
        assertNull(r.attainment().kpis().get(1).attainment());
        assertEquals(1, r.attainment().scorecard().lines().size());
        assertEquals(List.of("attainment|b|the KPI has no target: no attainment or status",
                "attainment|b|weight is ignored: the KPI has no target, so it is not in the scorecard"), warnings(r));
    }

    @Test
    void zeroTargetGivesAnUndefinedAttainmentAndAWarning() {
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("a", "0", "5", "1"),
                ReviewFixtures.level("b", "10", "10", "1")), null, null, null, null, null, null));
        assertFalse(r.attainment().kpis().get(0).attainment().isDefined());
        assertEquals(AttainmentStatus.UNDEFINED, r.attainment().kpis().get(0).status());
        // the composite leaves "a" out: b alone, 10/10 = 1
        assertTrue(r.attainment().scorecard().lines().get(0).excluded());
        assertEquals(0, BigDecimal.ONE.compareTo(r.attainment().scorecard().composite().toBigDecimal()));
        assertTrue(warnings(r).get(0).startsWith("attainment|a|attainment is undefined: attainment against a target of 0"));
        assertTrue(warnings(r).get(1).startsWith("attainment|scorecard|composite over all KPIs is undefined"));
    }

    @Test
    void growthTargetHasBothReadingsAndTheSeriesPeriodOverPeriod() {
        // base 100, +20%: level 117.6 / 120 = 0.98, growth 17.6 / 20 = 0.88
        KpiInput sales = new KpiInput("sales", "CNY", Direction.HIGHER_IS_BETTER, TargetKind.GROWTH, dec("100"),
                dec("0.20"), dec("117.6"), null, null, List.of(new SeriesPoint("H1", dec("60"), dec("62.5"), dec("50")),
                        new SeriesPoint("H2", dec("60"), dec("55.1"), dec("50"))));
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(List.of(sales), null, null, null, null, null, null));
        GrowthRow g = r.growth().kpis().get(0);
        assertRatio("0.176", g.change());
        assertRatio("0.98", g.levelAttainment());
        assertRatio("0.88", g.growthAttainment());
        // H1: 62.5 / 60, +25% over 50; H2 over H1: (55.1 − 62.5) / 62.5 = −0.1184
        assertRatio("1.041666666666666666666666666666667", g.series().get(0).attainment());
        assertRatio("0.25", g.series().get(0).changeOverBase());
        assertNull(g.series().get(0).changeOverPrevious());
        assertRatio("-0.1184", g.series().get(1).changeOverPrevious());
    }

    @Test
    void roiByChannelWithAZeroSpendChannelWarns() {
        // SEM 4.2M / 1M = 1:4.2; free channel: ROAS undefined; totals 4.5M / 1M = 1:4.5
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, List.of(
                ReviewFixtures.channel("SEM", "1000000.00", "4200000.00"),
                ReviewFixtures.channel("organic", "0.00", "300000.00")), null, null, null, null));
        RoiRow sem = r.roi().channels().get(0);
        assertEquals("1:4.2", sem.roasNotation());
        assertRatio("3.2", sem.roi());
        assertRatio("1", sem.spendShare());
        assertNull(r.roi().channels().get(1).roasNotation());
        assertEquals("1:4.5", r.roi().roasNotation());
        assertEquals(List.of("roi|organic|roas is undefined: cost is 0"), warnings(r));
    }

    @Test
    void customerEconomics() {
        // 1,000 at start, 200 new, 100 lost: 1,100 at the end; retention 900/1000, churn 0.1
        // revenue 1.1M over 2,200 orders: AOV 500; ARPU 1.1M / 1,100 = 1,000
        // blended CAC 100,000 / 200 = 500; LTV 1,000 × 0.5 ÷ 0.1 = 5,000; LTV:CAC 5,000 / 500 = 10
        CustomerInput c = new CustomerInput(1000, 200, 100, 2200L, cny("1100000.00"), dec("0.5"), cny("100000.00"),
                new NpsInput(null, 50L, 30L, 20L), new CsatInput(9L, 10L, null, null));
        CustomerSection s = ReviewReport.of(ReviewFixtures.with(null, null, null, c, null, null, null)).customers();
        assertEquals(1100, s.customersAtEnd());
        assertRatio("0.9", s.retention());
        assertRatio("0.1", s.churn());
        assertRatio("0.1818181818181818181818181818181818", s.newCustomerShare());
        assertEquals(cny("500.00"), s.aov().value());
        assertEquals(cny("1000.00"), s.arpu().value());
        assertEquals(cny("500.00"), s.blendedCac().value());
        assertEquals("acquisitionSpend", s.blendedCacSpend());
        assertNull(s.paidCac(), "no channels");
        assertEquals(cny("5000.00"), s.ltv().value());
        assertRatio("10", s.ltvToBlendedCac());
        assertEquals(30, s.nps().score().doubleValue(), 0);
        assertRatio("0.9", s.csat());
    }

    @Test
    void customersWithAnEmptyBaseWarnAboutEveryUndefinedRate() {
        CustomerInput c = new CustomerInput(0, 0, 0, 0L, cny("0.00"), null, null, null, null);
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, null, c, null, null, null));
        assertNull(r.customers().aov().value());
        assertEquals("orders is zero: AOV of CNY 0.00 is undefined", r.customers().aov().reason());
        assertTrue(warnings(r).contains("customers|cac|no CAC is well defined: blended CAC needs"
                + " customers.acquisitionSpend or a budget with cost lines, and new customers; paid CAC needs channels"
                + " with newCustomers"), warnings(r)::toString);
        assertTrue(warnings(r).stream().anyMatch(w -> w.startsWith("customers|retention|retention is undefined")));
        assertTrue(warnings(r).stream().anyMatch(w -> w.startsWith("customers|aov|aov is undefined")));
    }

    @Test
    void marketShareChangeAndHhi() {
        // now: us 30 of 100, A 70; last: us 20 of 100, A 80: +10 points, all taken from A
        // HHI 30² + 70² = 900 + 4900 = 5800
        MarketInput m = ReviewFixtures.market("30", "20", Map.of("A", dec("70")), Map.of("A", dec("80")));
        MarketSection s = ReviewReport.of(ReviewFixtures.with(null, null, null, null, m, null, null)).market();
        assertRatio("0.3", s.share());
        assertRatio("10", s.shareChange().points());
        assertRatio("5800", s.hhi());
        assertRatio("10", s.players().get(1).takenPoints());
        assertRatio("0.4285714285714285714285714285714286", s.relativeShare());
    }

    @Test
    void funnelStepsAndBottleneck() {
        // 1000 → 400 (40%) → 100 (25%): the second step loses most; overall 10%
        FunnelSection f = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null,
                ReviewFixtures.funnel(1000, 400, 100), null)).funnel();
        assertRatio("0.4", f.steps().get(0).stepConversion());
        assertRatio("0.25", f.steps().get(1).stepConversion());
        assertRatio("0.1", f.overallConversion());
        assertEquals(2, f.bottleneck());
        assertTrue(f.lower().doubleValue() < 0.1 && 0.1 < f.upper().doubleValue());
    }

    @Test
    void emptyFunnelStageGivesUndefinedRatesAndWarnings() {
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null,
                ReviewFixtures.funnel(0, 0), null));
        assertFalse(r.funnel().overallConversion().isDefined());
        assertFalse(r.funnel().lower().isDefined());
        // one warning per cause: the rate's warning covers its interval
        assertEquals(List.of("funnel|s0 > s1|stepConversion and its 95% interval are undefined: 0/0 is undefined",
                "funnel|overall|overallConversion and its 95% interval are undefined: 0/0 is undefined"), warnings(r));
    }

    @Test
    void budgetLinesAndTree() {
        // a/x 100 → 88 (−12%), a/y 100 → 100, b 0 → 5 (unplanned); root cost 200 → 193
        BudgetInput b = new BudgetInput(null, null, List.of(ReviewFixtures.cost("a/x", "100.00", "88.00"),
                ReviewFixtures.cost("a/y", "100.00", "100.00"), ReviewFixtures.cost("b", "0.00", "5.00")));
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, b, null, null, null, null, null));
        BudgetSection s = r.budget();
        assertRatio("-0.12", s.lines().get(0).variancePercent());
        assertEquals(BudgetStatus.UNDERSPENT, s.lines().get(0).status());
        assertEquals(Favourability.FAVOURABLE, s.lines().get(0).favourability());
        assertEquals(BudgetStatus.UNPLANNED, s.lines().get(2).status());
        VarianceRow root = s.tree().get(0);
        assertEquals("total", root.name());
        assertEquals(cny("-7.00"), root.variance());
        assertRatio("0.965", root.executionRate());
        VarianceRow a = s.tree().get(1);
        assertEquals("a", a.path());
        assertEquals(List.of("a/x", "a/y"), a.lines());
        assertRatio("0.94", a.executionRate());
        assertEquals(List.of("budget|b|budget is zero: variance % and execution rate are undefined, status UNPLANNED"),
                warnings(r));
    }

    @Test
    void monthlyPhasingForecastsFromThePlan() {
        // plan 4 × 25 = 100; two months at 30: plan to date 50, actual 60, burn 30 a month,
        // forecast 60 + 50 = 110, variance +10
        BudgetLineInput line = new BudgetLineInput("a", null, io.kpikit.budget.LineKind.COST, cny("100.00"),
                cny("60.00"), null, List.of(cny("25.00"), cny("25.00"), cny("25.00"), cny("25.00")),
                List.of(cny("30.00"), cny("30.00")));
        PhasingRow p = ReviewReport.of(ReviewFixtures.with(null, new BudgetInput(null, null, List.of(line)), null,
                null, null, null, null)).budget().phasing().get(0);
        assertEquals(cny("50.00"), p.planToDate());
        assertRatio("1.2", p.executionToDate());
        assertRatio("30", p.burnRate());
        assertEquals(cny("110.00"), p.forecastAtCompletion());
        assertEquals(cny("10.00"), p.forecastVariance());
    }

    @Test
    void attributionModelsSideBySide() {
        // A > B converts 4, B converts 2: first touch A 4, B 2; last touch A 0, B 6
        AttributionInput a = new AttributionInput(List.of(
                new PathInput(List.of("A", "B"), dec("4"), dec("400.00"), dec("6")),
                new PathInput(List.of("B"), dec("2"), dec("200.00"), null)), null, null, List.of("first", "last"), null,
                null);
        AttributionSection s = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null, null, a))
                .attribution();
        assertEquals(List.of("first_touch", "last_touch"), s.models());
        AttributionRow rowA = s.channels().get(0);
        assertEquals("A", rowA.channel());
        assertEquals(4, rowA.credits().get(0).conversions().doubleValue(), 0);
        assertEquals(0, rowA.credits().get(1).conversions().doubleValue(), 0);
        assertEquals(cny("400.00"), rowA.credits().get(0).value());
        assertEquals(cny("600.00"), s.totalValue());
    }

    @Test
    void pathsWithoutNullsAreWarnedAbout() {
        // nulls absent on both paths default to 0: markov and shapley then see only converting journeys
        AttributionInput a = new AttributionInput(List.of(new PathInput(List.of("A", "B"), dec("4"), null, null),
                new PathInput(List.of("B"), dec("2"), null, null)), null, null, List.of("markov"), null, null);
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null, null, a));
        assertEquals(List.of("attribution||the paths have no non-converting journeys (nulls, 0 when absent): markov and"
                + " shapley credit depend on them, so check that they were not left out"), warnings(r));
        // one null anywhere is enough
        AttributionInput withNull = new AttributionInput(List.of(new PathInput(List.of("A"), dec("1"), null, dec("1"))),
                null, null, List.of("first"), null, null);
        assertEquals(List.of(), warnings(ReviewReport.of(ReviewFixtures.with(null, null, null, null, null, null,
                withNull))));
    }
}
