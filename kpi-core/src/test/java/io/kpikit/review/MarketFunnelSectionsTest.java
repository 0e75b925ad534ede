package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Ratio;
import io.kpikit.funnel.FunnelStage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Competitors of one period only, the others bucket, and warnings for undefined changes and intervals. */
class MarketFunnelSectionsTest {

    private static void assertRatio(String expected, Ratio r) {
        assertEquals(0, dec(expected).compareTo(r.toBigDecimal()), () -> "was " + r);
    }

    private static ReviewReport market(MarketInput m) {
        return ReviewReport.of(ReviewFixtures.with(null, null, null, null, m, null, null));
    }

    private static List<String> warnings(ReviewReport r) {
        return r.warnings().stream().map(w -> w.section() + "|" + w.item() + "|" + w.message()).toList();
    }

    @Test
    void competitorOnlyInLastPeriodIsReportedWithZeroSales() {
        // now: us 30, A 50, others 20 (of 100); last: us 20, A 40, B 20, others 20 (of 100)
        // us +10 pts; A +10; B 20% → 0% = −20 pts, the only loser, so all 10 points were taken from B
        MarketInput m = new MarketInput("units", "us", dec("30"), Map.of("A", dec("50"), "others", dec("20")),
                dec("20"), Map.of("A", dec("40"), "B", dec("20"), "others", dec("20")), "others");
        ReviewReport r = market(m);
        List<PlayerRow> players = r.market().players();
        assertEquals(List.of("us", "A", "B", "others"), players.stream().map(PlayerRow::name).toList());
        PlayerRow b = players.get(2);
        assertEquals(0, b.sales().signum());
        assertRatio("0", b.share());
        assertEquals(0, dec("20").compareTo(b.salesLastPeriod()));
        assertRatio("-20", b.shareChange().points());
        assertRatio("10", b.takenPoints());
        assertRatio("0", players.get(1).takenPoints());
        // HHI 30² + 50² + 0² + 20² = 900 + 2,500 + 400 = 3,800, of which the bucket adds 20² = 400
        assertRatio("3800", r.market().hhi());
        assertEquals(List.of("market|B|competitor has sales only last period: reported with sales 0 this period",
                "market|hhi|hhi counts \"others\" as one firm, so 3800 is an upper bound: the bucket adds 400 of it,"
                        + " and spread over many small firms it would add almost nothing"), warnings(r));
    }

    @Test
    void relativeShareAgainstTheBucketIsWarnedAbout() {
        // us 30, A 20, others 50: relative share 30 / 50 = 0.6 is taken against the bucket
        MarketInput m = new MarketInput(null, "us", dec("30"), Map.of("A", dec("20"), "others", dec("50")), null, null,
                "others");
        ReviewReport r = market(m);
        assertRatio("0.6", r.market().relativeShare());
        assertTrue(warnings(r).contains("market|us|relativeShare is taken against \"others\", the bucket of the rest"
                + " of the market, which is larger than any named competitor"), warnings(r)::toString);
    }

    @Test
    void undefinedRelativeShareChangeIsWarnedAbout() {
        // last: us 0 of 100, so the own relative change (30% − 0%) / 0% is undefined; C is new (0% → 20%)
        MarketInput m = new MarketInput(null, "us", dec("30"), Map.of("A", dec("50"), "C", dec("20")), dec("0"),
                Map.of("A", dec("100")), null);
        ReviewReport r = market(m);
        assertRatio("30", r.market().shareChange().points());
        assertFalse(r.market().shareChange().relative().isDefined());
        List<String> w = warnings(r);
        assertTrue(w.contains("market|C|competitor has sales only this period: its sales last period are taken as 0"),
                w::toString);
        assertTrue(w.stream().anyMatch(x -> x.startsWith("market|us|relative shareChange is undefined: ")), w::toString);
        assertTrue(w.stream().anyMatch(x -> x.startsWith("market|C|relative shareChange is undefined: ")), w::toString);
        assertEquals(0, r.market().players().get(2).salesLastPeriod().signum(), "C last period is taken as 0");
    }

    @Test
    void nonStrictStepAboveOneHasAnUndefinedIntervalAndAWarning() {
        // events counted, not people: 100 visits, 120 page views: step conversion 1.2, no Wilson interval
        FunnelInput f = new FunnelInput(List.of(new FunnelStage("visit", 100), new FunnelStage("view", 120),
                new FunnelStage("order", 30)), false, null, null, null, null);
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, null, null, null, null, f, null));
        StepRow first = r.funnel().steps().get(0);
        assertRatio("1.2", first.stepConversion());
        assertFalse(first.lower().isDefined());
        assertEquals(List.of("funnel|visit > view|95% interval of stepConversion is undefined: rate above 1: 120"
                + " exceeds 100 (non-strict funnel); a Wilson interval needs a proportion"), warnings(r));
        // the second step (30 of 120) and overall (30 of 100) have intervals
        assertTrue(r.funnel().steps().get(1).lower().isDefined() && r.funnel().lower().isDefined());
    }
}
