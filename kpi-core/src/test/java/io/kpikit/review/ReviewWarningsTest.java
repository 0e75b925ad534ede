package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The warnings of a {@link ReviewReport} for undefined or skipped figures, each in its section
 * and item, and the figures beside them with hand-checkable numbers.
 */
class ReviewWarningsTest {

    private static List<String> warnings(ReviewReport r) {
        return r.warnings().stream().map(w -> w.section() + "|" + w.item() + "|" + w.message()).toList();
    }

    private static boolean warns(ReviewReport r, String prefix) {
        return warnings(r).stream().anyMatch(w -> w.startsWith(prefix));
    }

    private static ReviewReport customers(CustomerInput c) {
        return ReviewReport.of(ReviewFixtures.with(null, null, null, c, null, null, null));
    }

    @Test
    void aScorecardNeedsOneNonZeroWeight() {
        ReviewReport none = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("a", "100", "90", "0"),
                ReviewFixtures.level("b", "100", "110", "0")), null, null, null, null, null, null));
        assertNull(none.attainment().scorecard());
        assertTrue(warnings(none).contains("attainment|scorecard|every weight is 0: no scorecard"), warnings(none)::toString);
        ReviewReport one = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("a", "100", "90", "0"),
                ReviewFixtures.level("b", "100", "110", "1")), null, null, null, null, null, null));
        assertNotNull(one.attainment().scorecard());
        assertFalse(warns(one, "attainment|scorecard"), warnings(one)::toString);
    }

    @Test
    void kpisWithoutWeightsHaveNoScorecardAndNoWarningAboutIt() {
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("a", "100", "90", null)),
                null, null, null, null, null, null));
        assertNull(r.attainment().scorecard());
        assertFalse(warns(r, "attainment|scorecard"), warnings(r)::toString);
    }

    @Test
    void theOthersBucketIsFlaggedOnlyWhenStrictlyLargerThanEveryNamedCompetitor() {
        String flag = "market|us|relativeShare is taken against \"Rest\"";
        // Rest 30 = A 30: not larger
        assertFalse(warns(market(Map.of("A", dec("30"), "Rest", dec("30"))), flag));
        assertTrue(warns(market(Map.of("A", dec("30"), "Rest", dec("31"))), flag));
        // the bucket alone: nothing to compare with
        assertFalse(warns(market(Map.of("Rest", dec("50"))), flag));
    }

    private static ReviewReport market(Map<String, BigDecimal> competitors) {
        MarketInput m = new MarketInput("units", "us", dec("20"), competitors, null, null, "Rest");
        return ReviewReport.of(ReviewFixtures.with(null, null, null, null, m, null, null));
    }

    @Test
    void oneWellDefinedCacIsEnoughAndRevenueLinesAreNotSpend() {
        String none = "customers|cac|no CAC is well defined";
        // blended only: 250 / 5 = 50
        ReviewReport blended = customers(new CustomerInput(100, 5, 10, null, null, null, cny("250"), null, null));
        assertEquals(cny("50.00"), blended.customers().blendedCac().value());
        assertFalse(warns(blended, none), warnings(blended)::toString);
        // paid only: channel spend 100 for 4 new customers = 25
        ReviewReport paid = ReviewReport.of(ReviewFixtures.with(null, null,
                List.of(new ChannelInput("Search", cny("100"), cny("400"), null, 4L)),
                new CustomerInput(100, 4, 10, null, null, null, null, null, null), null, null, null));
        assertEquals(cny("25.00"), paid.customers().paidCac().value());
        assertFalse(warns(paid, none), warnings(paid)::toString);
        // blended undefined (no new customers in total) but paid 100 / 4 = 25: no warning
        ReviewReport paidOnly = ReviewReport.of(ReviewFixtures.with(null, null,
                List.of(new ChannelInput("Search", cny("100"), cny("400"), null, 4L)),
                new CustomerInput(100, 0, 10, null, null, null, cny("250"), null, null), null, null, null));
        assertNull(paidOnly.customers().blendedCac().value());
        assertEquals(cny("25.00"), paidOnly.customers().paidCac().value());
        assertFalse(warns(paidOnly, none), warnings(paidOnly)::toString);
        // blended 250 / 5 = 50 but paid 100 / 0 undefined: no warning
        ReviewReport blendedOnly = ReviewReport.of(ReviewFixtures.with(null, null,
                List.of(new ChannelInput("Search", cny("100"), cny("400"), null, 0L)),
                new CustomerInput(100, 5, 10, null, null, null, cny("250"), null, null), null, null, null));
        assertEquals(cny("50.00"), blendedOnly.customers().blendedCac().value());
        assertNull(blendedOnly.customers().paidCac().value());
        assertFalse(warns(blendedOnly, none), warnings(blendedOnly)::toString);
        // both computed, neither with a value (no new customers anywhere): the warning
        ReviewReport neither = ReviewReport.of(ReviewFixtures.with(null, null,
                List.of(new ChannelInput("Search", cny("100"), cny("400"), null, 0L)),
                new CustomerInput(100, 0, 10, null, null, null, cny("250"), null, null), null, null, null));
        assertNull(neither.customers().blendedCac().value());
        assertNull(neither.customers().paidCac().value());
        assertTrue(warns(neither, none), warnings(neither)::toString);
        // a budget of revenue lines only has no spend: no blended CAC
        BudgetInput revenueOnly = new BudgetInput(null, null, List.of(new BudgetLineInput("sales", null,
                io.kpikit.budget.LineKind.REVENUE, cny("100"), cny("90"), null, null, null)));
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, revenueOnly, null,
                new CustomerInput(100, 4, 10, null, null, null, null, null, null), null, null, null));
        assertNull(r.customers().blendedCac());
        assertTrue(warns(r, none), warnings(r)::toString);
    }

    @Test
    void aLineWithAMonthlyPlanIsPhasedAndOneWithoutIsNot() {
        BudgetInput budget = new BudgetInput(null, null, List.of(
                new BudgetLineInput("media/tv", null, io.kpikit.budget.LineKind.COST, cny("10"), cny("9"), null,
                        List.of(cny("4"), cny("6")), List.of(cny("5"))),
                ReviewFixtures.cost("media/radio", "10", "9"),
                new BudgetLineInput("media/web", null, io.kpikit.budget.LineKind.COST, cny("10"), cny("0"), null,
                        List.of(cny("10")), null)));
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, budget, null, null, null, null, null));
        assertEquals(2, r.budget().phasing().size());
    }

    @Test
    void aChannelWithoutNewCustomersHasNoCacAndAGrossProfitRoiOnlyWithGrossProfit() {
        // Search: spend 100, gross profit 150: (150 - 100) / 100 = 0.5; no new customers: CAC undefined
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, List.of(
                new ChannelInput("Search", cny("100"), cny("400"), cny("150"), 0L),
                new ChannelInput("Email", cny("50"), cny("100"), null, null)), null, null, null, null));
        RoiRow search = r.roi().channels().get(0);
        assertEquals(0, search.grossProfitRoi().toBigDecimal().compareTo(new BigDecimal("0.5")));
        assertNull(search.cac().value());
        assertTrue(warns(r, "roi|Search|cac is undefined: "), warnings(r)::toString);
        RoiRow email = r.roi().channels().get(1);
        assertNull(email.grossProfitRoi());
        assertNull(email.cac());
        assertFalse(warns(r, "roi|Email|cac"), warnings(r)::toString);
    }

    @Test
    void undefinedCustomerFiguresWarnAtTheirItem() {
        // no new customers: blended CAC 1,000 / 0 is undefined; no NPS or CSAT answers
        CustomerInput c = new CustomerInput(100, 0, 10, null, cny("9000"), null, cny("1000"),
                new NpsInput(null, 0L, 0L, 0L), new CsatInput(0L, 0L, null, null));
        ReviewReport r = customers(c);
        assertTrue(warns(r, "customers|blendedCac|cac is undefined: "), warnings(r)::toString);
        assertTrue(warns(r, "customers|cac|no CAC is well defined"), warnings(r)::toString);
        assertTrue(warns(r, "customers|nps|nps is undefined: "), warnings(r)::toString);
        assertTrue(warns(r, "customers|csat|csat is undefined: "), warnings(r)::toString);
        assertFalse(r.customers().csat().isDefined());
    }

    @Test
    void ltvNeedsAChurnAboveZeroAndLtvToCacNeedsACac() {
        // 100 at start, none lost: churn 0, so LTV = ARPU × margin ÷ 0 is undefined
        ReviewReport noChurn = customers(new CustomerInput(100, 0, 0, null, cny("10000"), dec("0.5"), null, null, null));
        assertNull(noChurn.customers().ltv().value());
        assertTrue(warns(noChurn, "customers|ltv|ltv is undefined: "), warnings(noChurn)::toString);
        // no customers at start: churn itself is undefined
        ReviewReport noBase = customers(new CustomerInput(0, 10, 0, null, cny("1000"), dec("0.5"), null, null, null));
        assertNull(noBase.customers().ltv().value());
        assertTrue(noBase.customers().ltv().reason().startsWith("churn is undefined: "), noBase.customers().ltv()::reason);
        assertTrue(warns(noBase, "customers|ltv|ltv is undefined: churn is undefined: "), warnings(noBase)::toString);
        // 100 at start, 10 lost: churn 0.1; ARPU 9,000 / 90 = 100; LTV 100 × 0.5 ÷ 0.1 = 500; no CAC
        ReviewReport noCac = customers(new CustomerInput(100, 0, 10, null, cny("9000"), dec("0.5"), null, null, null));
        assertEquals(cny("500.00"), noCac.customers().ltv().value());
        assertNull(noCac.customers().ltvToBlendedCac());
        assertNull(noCac.customers().ltvToPaidCac());
        // with acquisition spend 250 for 5 new customers: CAC 50; ARPU 9,500 / 95 = 100, churn 0.1:
        // LTV 500, LTV:CAC 500 / 50 = 10
        ReviewReport withCac = customers(new CustomerInput(100, 5, 10, null, cny("9500"), dec("0.5"), cny("250"), null,
                null));
        assertEquals(0, withCac.customers().ltvToBlendedCac().toBigDecimal().compareTo(BigDecimal.TEN));
        // a CAC (250 / 5 = 50) but churn 0, so no LTV: no ratio
        ReviewReport noLtv = customers(new CustomerInput(100, 5, 0, null, cny("9500"), dec("0.5"), cny("250"), null,
                null));
        assertEquals(cny("50.00"), noLtv.customers().blendedCac().value());
        assertNull(noLtv.customers().ltvToBlendedCac());
        // an LTV (500) but no new customers, so the CAC has no value: no ratio
        ReviewReport cacUndefined = customers(new CustomerInput(100, 0, 10, null, cny("9000"), dec("0.5"), cny("250"),
                null, null));
        assertEquals(cny("500.00"), cacUndefined.customers().ltv().value());
        assertNull(cacUndefined.customers().ltvToBlendedCac());
    }

    @Test
    void pathsWithoutConversionsWarnThatEveryShareIsUndefined() {
        AttributionInput in = new AttributionInput(List.of(new PathInput(List.of("A", "B"), dec("0"), null, dec("5"))),
                null, null, List.of("first"), null, null);
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null, null, in));
        assertTrue(warnings(r).contains("attribution||the paths have no conversions: every share is undefined"),
                warnings(r)::toString);
        ReviewReport converting = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null, null,
                new AttributionInput(List.of(new PathInput(List.of("A"), dec("2"), null, dec("5"))), null, null,
                        List.of("first"), null, null)));
        assertFalse(warns(converting, "attribution||the paths have no conversions"), warnings(converting)::toString);
    }
}
