package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kpikit.attainment.AttainmentConvention;
import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every attainment and the scorecard use the level reading; the change readings are shown beside it. */
class AttainmentSectionsTest {

    private static void assertRatio(String expected, Ratio r) {
        assertEquals(0, dec(expected).compareTo(r.toBigDecimal()), () -> "was " + r);
    }

    private static final KpiInput SALES = new KpiInput("sales", null, Direction.HIGHER_IS_BETTER, TargetKind.GROWTH,
            dec("100"), dec("0.20"), dec("117.6"), dec("2"), null, null);
    private static final KpiInput SHARE = new KpiInput("share", null, Direction.HIGHER_IS_BETTER, TargetKind.POINTS,
            dec("0.20"), dec("5"), dec("0.26"), dec("1"), null, null);
    private static final KpiInput COST = new KpiInput("cost", null, Direction.LOWER_IS_BETTER, TargetKind.LEVEL, null,
            dec("100"), dec("110"), dec("1"), null, null);

    private static AttainmentSection section() {
        return ReviewReport.of(ReviewFixtures.with(List.of(SALES, SHARE, COST), null, null, null, null, null, null))
                .attainment();
    }

    @Test
    void growthTargetIsScoredOnTheLevelWithTheGrowthReadingBeside() {
        KpiRow sales = section().kpis().get(0);
        // target level 100 × 1.2 = 120; 117.6 / 120 = 0.98; growth 17.6 / 20 = 0.88
        assertRatio("0.98", sales.attainment());
        assertRatio("0.88", sales.growthAttainment());
        assertEquals("level: 1 + (actual - target) / |target|, target = base × (1 + growth)", sales.reading());
        assertEquals(AttainmentConvention.RELATIVE_GAP, sales.convention());
        assertNull(sales.pointsAttainment());
    }

    @Test
    void pointsTargetIsScoredOnTheShareLevelWithThePointsReadingBeside() {
        KpiRow share = section().kpis().get(1);
        // target level 0.20 + 5 / 100 = 0.25; 1 + (0.26 − 0.25) / 0.25 = 1.04; points 6 / 5 = 1.2
        assertEquals(0, dec("0.25").compareTo(share.targetLevel()));
        assertRatio("1.04", share.attainment());
        assertEquals(AttainmentStatus.MET, share.status());
        assertRatio("1.2", share.pointsAttainment());
        assertRatio("6", share.pointChange().points());
        assertEquals("level: 1 + (actual - target) / |target|, target = base + points / 100", share.reading());
    }

    @Test
    void lowerIsBetterNamesItsConvention() {
        KpiRow cost = section().kpis().get(2);
        // RELATIVE_GAP: 1 + (100 − 110) / 100 = 0.9
        assertRatio("0.9", cost.attainment());
        assertEquals("level: 1 + (target - actual) / |target|", cost.reading());
        assertEquals(AttainmentConvention.RELATIVE_GAP, cost.convention());
    }

    @Test
    void compositeScoresEveryKpiOnItsLevelReading() {
        ScorecardSection card = section().scorecard();
        // weights 2 : 1 : 1 → 0.5, 0.25, 0.25; 0.5 × 0.98 + 0.25 × 1.04 + 0.25 × 0.9 = 0.49 + 0.26 + 0.225 = 0.975
        // (the points reading 1.2 would give 1.015)
        assertEquals(0, dec("0.975").compareTo(card.composite().toBigDecimal()), card.composite()::toString);
        ScoreRow share = card.lines().get(1);
        assertRatio("1.04", share.attainment());
        assertEquals("level: 1 + (actual - target) / |target|, target = base + points / 100", share.reading());
        assertEquals(AttainmentConvention.RELATIVE_GAP, card.lines().get(2).convention());
    }

    @Test
    void kpiWithoutTargetHasNoReading() {
        KpiRow row = ReviewReport.of(ReviewFixtures.with(List.of(ReviewFixtures.level("x", null, "5", null)), null,
                null, null, null, null, null)).attainment().kpis().get(0);
        assertNull(row.reading());
        assertNull(row.convention());
    }
}
