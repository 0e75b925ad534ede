package io.kpikit.json.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.budget.BudgetStatus;
import io.kpikit.budget.Favourability;
import io.kpikit.budget.MixShare;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.review.AttributionRow;
import io.kpikit.review.MixSection;
import io.kpikit.review.ModelCredit;
import io.kpikit.review.ReviewReport;
import io.kpikit.review.RoiRow;
import io.kpikit.review.ScoreRow;
import io.kpikit.review.VarianceRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example document reproduces the figures of the seed documents (shared/seeds). */
class AnnualReviewExampleTest {

    static final Path EXAMPLE = Path.of("..", "examples", "annual-review-2024.json");

    private static ReviewReport report;

    @BeforeAll
    static void read() throws Exception {
        report = ReviewReport.of(ReviewDocuments.read(EXAMPLE));
    }

    private static void assertRatio(String expected, Ratio r) {
        assertEquals(0, new BigDecimal(expected).compareTo(r.toBigDecimal()), () -> "was " + r);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void salesGrowthTargetOf20PercentIsMet98PercentOnLevel() {
        var sales = report.attainment().kpis().get(0);
        // base 100M, target +20%: target level 120M; actual 117.6M: 117.6 / 120 = 0.98
        assertEquals(0, new BigDecimal("120000000").compareTo(sales.targetLevel()));
        assertRatio("0.98", sales.attainment());
        assertEquals(AttainmentStatus.AT_RISK, sales.status());
        // growth reading: 17.6M / (100M × 0.20) = 0.88
        assertRatio("0.88", sales.growthAttainment());
    }

    @Test
    void quartersGrew25And15PercentOverLastYear() {
        var series = report.growth().kpis().get(0).series();
        // Q1 31.25M over 25M = +25%; Q2 28.75M over 25M = +15%
        assertRatio("0.25", series.get(0).changeOverBase());
        assertRatio("0.15", series.get(1).changeOverBase());
        // Q2 over Q1: (28.75 − 31.25) / 31.25 = −0.08
        assertRatio("-0.08", series.get(1).changeOverPrevious());
        // the four quarters add up to the year: 31.25 + 28.75 + 28 + 29.6 = 117.6M
        BigDecimal sum = series.stream().map(s -> s.actual()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("117600000").compareTo(sum));
    }

    @Test
    void marketShareTargetOfFivePointsAchievedSix() {
        var share = report.attainment().kpis().get(1);
        // 20% → 26%: +6 points against a target of +5: points reading 6 / 5 = 1.2;
        // scored on the level: 26% against 20% + 5 pts = 25%: 0.26 / 0.25 = 1.04
        assertRatio("6", share.pointChange().points());
        assertRatio("1.2", share.pointsAttainment());
        assertRatio("1.04", share.attainment());
        assertEquals(AttainmentStatus.MET, share.status());
        // the market section agrees: 26,000 of 100,000 units, last year 20,000 of 100,000
        assertRatio("0.26", report.market().share());
        assertRatio("6", report.market().shareChange().points());
        // competitor A lost 44% → 40% = 4 points, B 26% → 24% = 2 points: 4 + 2 = 6 taken
        assertRatio("4", report.market().players().get(1).takenPoints());
        assertRatio("2", report.market().players().get(2).takenPoints());
        // HHI = 26² + 40² + 24² + 10² = 676 + 1600 + 576 + 100 = 2952, "others" counted as one firm
        assertRatio("2952", report.market().hhi());
    }

    @Test
    void scorecardCompositeScoresEveryKpiOnItsLevel() {
        var card = report.attainment().scorecard();
        // 0.4 × 117.6/120 + 0.2 × 0.26/0.25 + 0.2 × 1.22/1.2 + 0.2 × 0.92/0.90
        // = 0.392 + 0.208 + 0.2 × (61/60 + 46/45) = 0.6 + 0.2 × 367/180 = 1.00777…
        assertEquals(1.0077777777777778, card.composite().doubleValue(), 1e-12);
        assertEquals(List.of("sales", "market share", "engagement", "satisfaction"),
                card.lines().stream().map(ScoreRow::name).toList());
        assertEquals(0.208, card.lines().get(1).contribution().doubleValue(), 1e-12);
        assertEquals("level: 1 + (actual - target) / |target|, target = base + points / 100",
                card.lines().get(1).reading());
    }

    @Test
    void engagementTargetOf20PercentAchieved22() {
        var engagement = report.attainment().kpis().get(2);
        // 1.22M / 1.2M = 1.0166…; growth reading 0.22 / 0.20 = 1.1
        assertRatio("1.1", engagement.growthAttainment());
        assertEquals(AttainmentStatus.MET, engagement.status());
    }

    @Test
    void satisfactionTargetOf90PercentAgainstCsat92() {
        var satisfaction = report.attainment().kpis().get(3);
        // 0.92 / 0.90 = 1.0222…, met from 100% under its own thresholds
        assertEquals(AttainmentStatus.MET, satisfaction.status());
        // CSAT 920 of 1,000 answers
        assertRatio("0.92", report.customers().csat());
    }

    @Test
    void budgetOfTenMillionExecuted95PercentFavourably() {
        VarianceRow total = report.budget().tree().get(0);
        assertEquals("", total.path());
        // 9.5M / 10M = 95%; variance 9.5M − 10M = −500,000, favourable for a cost
        assertEquals(cny("10000000.00"), total.budget());
        assertEquals(cny("9500000.00"), total.actual());
        assertRatio("0.95", total.executionRate());
        assertEquals(cny("-500000.00"), total.variance());
        assertEquals(Favourability.FAVOURABLE, total.favourability());
        assertEquals(BudgetStatus.WITHIN_TOLERANCE, total.status());
    }

    private static VarianceRow node(String path) {
        return report.budget().tree().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void budgetNodesRollUpTheirLines() {
        // brand: PR 1.2M + content 0.8M = 2.0M budgeted, 1.0M + 0.76M = 1.76M spent (88%)
        assertEquals(cny("2000000.00"), node("brand").budget());
        assertEquals(cny("1760000.00"), node("brand").actual());
        assertRatio("0.88", node("brand").executionRate());
        // digital: KOL 2M + ads 4M = 6.0M, 1.76M + 3.68M = 5.44M
        assertEquals(cny("6000000.00"), node("digital").budget());
        assertEquals(cny("5440000.00"), node("digital").actual());
        // offline: exhibitions 2.0M → 2.3M, 15% over
        assertEquals(cny("2000000.00"), node("offline").budget());
        assertEquals(cny("2300000.00"), node("offline").actual());
        assertEquals(BudgetStatus.OVERSPENT, node("offline").status());
    }

    @Test
    void provenExperimentalSplitIsEightyTwenty() {
        MixSection mix = report.budget().mixes().get(0);
        assertEquals("mix", mix.tagKey());
        // experimental: KOL 2M of 10M budgeted = 20%, 1.76M of 9.5M spent = 18.526…%
        // proven: ads 4M + exhibitions 2M + PR 1.2M + content 0.8M = 8M = 80%;
        // 3.68M + 2.3M + 1.0M + 0.76M = 7.74M of 9.5M = 81.473…%
        MixShare experimental = mix.groups().get(0);
        MixShare proven = mix.groups().get(1);
        assertEquals("experimental", experimental.group());
        assertEquals(cny("2000000.00"), experimental.budget());
        assertEquals(cny("1760000.00"), experimental.actual());
        assertRatio("0.2", experimental.budgetShare());
        assertEquals(0.18526315789, experimental.actualShare().doubleValue(), 1e-11);
        assertEquals("proven", proven.group());
        assertEquals(cny("8000000.00"), proven.budget());
        assertEquals(cny("7740000.00"), proven.actual());
        assertRatio("0.8", proven.budgetShare());
        assertEquals(0.81473684211, proven.actualShare().doubleValue(), 1e-11);
        assertEquals(2, mix.groups().size(), "every line is tagged");
    }

    @Test
    void kolTwelvePercentUnderDigitalAdsEightUnderExhibitionsFifteenOver() {
        List<VarianceRow> lines = report.budget().lines();
        // KOL 1.76M of 2M: −240,000 / 2M = −12%
        assertEquals("digital/KOL", lines.get(0).path());
        assertRatio("-0.12", lines.get(0).variancePercent());
        // digital ads 3.68M of 4M: −320,000 / 4M = −8%
        assertRatio("-0.08", lines.get(1).variancePercent());
        // exhibitions 2.3M of 2M: +300,000 / 2M = +15%, over the ±5% band
        assertRatio("0.15", lines.get(2).variancePercent());
        assertEquals(BudgetStatus.OVERSPENT, lines.get(2).status());
        assertEquals(Favourability.UNFAVOURABLE, lines.get(2).favourability());
    }

    @Test
    void roasOfTheFourChannelsIs42And35And28And19() {
        List<RoiRow> channels = report.roi().channels();
        // ranked by ROAS: SEM 6.72M / 1.6M = 4.2, feed 4.2M / 1.2M = 3.5,
        // short video 2.464M / 0.88M = 2.8, summit 4.37M / 2.3M = 1.9
        assertEquals(List.of("SEM", "feed", "short video", "industry summit"),
                channels.stream().map(RoiRow::channel).toList());
        assertEquals(List.of("1:4.2", "1:3.5", "1:2.8", "1:1.9"),
                channels.stream().map(RoiRow::roasNotation).toList());
        assertRatio("4.2", channels.get(0).roas());
        assertRatio("1.9", channels.get(3).roas());
        // SEM CAC 1.6M / 200 = 8,000
        assertEquals(cny("8000.00"), channels.get(0).cac().value());
        // totals: spend 1.6 + 1.2 + 0.88 + 2.3 = 5.98M; revenue 6.72 + 4.2 + 2.464 + 4.37 = 17.754M
        assertEquals(cny("5980000.00"), report.roi().totalSpend());
        assertEquals(cny("17754000.00"), report.roi().totalRevenue());
        // ROI (17.754 − 5.98) / 5.98 = 11.774 / 5.98 = 1.96889…; ROAS 17.754 / 5.98 = 1:3.0
        assertEquals(11.774 / 5.98, report.roi().roi().doubleValue(), 1e-12);
        assertEquals("1:3.0", report.roi().roasNotation());
    }

    @Test
    void fiveThousandCustomersWithTwelvePercentNew() {
        var c = report.customers();
        // 4,900 + 600 − 500 = 5,000; 600 / 5,000 = 12%
        assertEquals(5000, c.customersAtEnd());
        assertRatio("0.12", c.newCustomerShare());
        // AOV 117.6M / 50,000 orders = 2,352; NPS 50% − 20% = 30
        assertEquals(cny("2352.00"), c.aov().value());
        assertEquals(0, new BigDecimal("30").compareTo(c.nps().score().toBigDecimal()));
        // LTV = ARPU 23,520 × 0.35 ÷ churn (500 / 4,900) = 8,232 × 9.8 = 80,673.60
        assertEquals(cny("80673.60"), c.ltv().value());
        // retention (5,000 − 600) / 4,900 = 4,400 / 4,900; churn 500 / 4,900
        assertEquals(0, new BigDecimal("4400").compareTo(c.retention().numerator()));
        assertEquals(0, new BigDecimal("4900").compareTo(c.retention().denominator()));
        assertEquals(4400.0 / 4900, c.retention().doubleValue(), 1e-15);
        assertEquals(500.0 / 4900, c.churn().doubleValue(), 1e-15);
    }

    @Test
    void blendedAndPaidCacAndLtvToEach() {
        var c = report.customers();
        // blended: all marketing spend (the budget's cost actual, 9.5M) ÷ all 600 new = 15,833.33
        assertEquals(cny("15833.33"), c.blendedCac().value());
        assertEquals(cny("9500000.00"), c.blendedCac().amount());
        assertEquals("budget cost actual", c.blendedCacSpend());
        // paid: channel spend 5.98M ÷ the 200 + 150 + 100 + 50 = 500 new customers they brought = 11,960
        assertEquals(cny("11960.00"), c.paidCac().value());
        assertEquals(500, c.paidCac().count());
        assertEquals("channels", c.paidCacSpend());
        // LTV:CAC from the printed amounts: 80,673.60 / 15,833.33 = 5.0952…, 80,673.60 / 11,960 = 6.7453…
        assertEquals(0, new BigDecimal("80673.60").compareTo(c.ltvToBlendedCac().numerator()));
        assertEquals(0, new BigDecimal("15833.33").compareTo(c.ltvToBlendedCac().denominator()));
        assertEquals(80673.60 / 15833.33, c.ltvToBlendedCac().doubleValue(), 1e-12);
        assertEquals(80673.60 / 11960, c.ltvToPaidCac().doubleValue(), 1e-12);
    }

    @Test
    void funnelConvertsFivePercentOfAMillionVisits() {
        var f = report.funnel();
        // 50,000 / 1,000,000 = 5%, its Wilson interval around it
        assertRatio("0.05", f.overallConversion());
        assertTrue(f.lower().doubleValue() < 0.05 && f.upper().doubleValue() > 0.05);
        // the largest drop-off rate is product view → add to cart: 1 − 120,000 / 400,000 = 70%
        assertEquals(2, f.bottleneck());
    }

    @Test
    void everyAttributionModelCreditsAllHundredFiftyConversions() {
        assertEquals(8, report.attribution().models().size());
        for (int m = 0; m < 8; m++) {
            double sum = 0;
            for (AttributionRow row : report.attribution().channels()) {
                sum += row.credits().get(m).conversions().doubleValue();
            }
            assertEquals(150, sum, 1e-9);
        }
        // first touch: SEM opens "SEM" (30) and "SEM > direct" (20) = 50
        ModelCredit semFirst = report.attribution().channels().get(0).credits().get(0);
        assertEquals("first_touch", semFirst.model());
        assertEquals(50, semFirst.conversions().doubleValue(), 0);
    }

    @Test
    void theWarningsAreTheKpiWithoutATargetAndTheOthersBucketInTheHhi() {
        assertNull(report.attainment().kpis().get(4).attainment());
        assertEquals(List.of("attainment|exposure|the KPI has no target: no attainment or status",
                "market|hhi|hhi counts \"others\" as one firm, so 2952 is an upper bound: the bucket adds 100 of it,"
                        + " and spread over many small firms it would add almost nothing"),
                report.warnings().stream().map(w -> w.section() + "|" + w.item() + "|" + w.message()).toList());
    }
}
