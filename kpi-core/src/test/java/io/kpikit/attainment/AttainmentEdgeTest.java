package io.kpikit.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accessors, limits and messages of the attainment types that the main examples do not reach. */
class AttainmentEdgeTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertRatio(String numerator, String denominator, Ratio r) {
        assertEquals(0, d(numerator).compareTo(r.numerator()), r.toString());
        assertEquals(0, d(denominator).compareTo(r.denominator()), r.toString());
    }

    @Test
    void undefinedAttainmentsKeepTheConventionsOrder() {
        // higher is better reads actual / target, lower is better target / actual, even when undefined
        assertRatio("5", "0", Attainment.of(d("5"), d("0"), Direction.HIGHER_IS_BETTER).ratio());
        assertRatio("0", "5", Attainment.of(d("5"), d("0"), Direction.LOWER_IS_BETTER).ratio());
        assertRatio("5", "-2",
                Attainment.of(d("5"), d("-2"), Direction.HIGHER_IS_BETTER, AttainmentConvention.RATIO).ratio());
        assertRatio("-2", "5",
                Attainment.of(d("5"), d("-2"), Direction.LOWER_IS_BETTER, AttainmentConvention.RATIO).ratio());
    }

    @Test
    void attainmentExposesItsInputs() {
        Attainment a = Attainment.of(d("95"), d("100"), Direction.LOWER_IS_BETTER);
        assertEquals(d("95"), a.actual());
        assertEquals(d("100"), a.target());
        assertEquals(Direction.LOWER_IS_BETTER, a.direction());
    }

    @Test
    void feasibilityOfDecimalsUnderTheDefaultRule() {
        // history 5% a year, default rule twice history: threshold 10%; 100 → 121 in 2 years needs
        // exactly 10% a year (1.1² = 1.21), which is within history
        Feasibility f = Feasibility.of(d("100"), d("121"), 2, d("0.05"));
        assertEquals(d("100"), f.last());
        assertEquals(d("121"), f.target());
        assertEquals(2, f.periods());
        assertEquals(d("0.05"), f.historicalRate());
        assertEquals(FeasibilityRule.DEFAULT, f.rule());
        assertEquals(0, d("0.10").compareTo(f.threshold()));
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, f.verdict());
        assertEquals("100 to 121 in 2 period(s): required " + f.requiredCompoundRate() + ", history 0.05, WITHIN_HISTORY",
                f.toString());
    }

    @Test
    void afterAHistoryOfLosingEverythingOnlyAZeroTargetIsWithinHistory() {
        // history −100% a period with no margin: the threshold is −1, so (1 + t)^n = 0
        FeasibilityRule noMargin = FeasibilityRule.margin(0);
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, Feasibility.of(d("100"), d("0"), 2, d("-1"), noMargin).verdict());
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, Feasibility.of(d("100"), d("1"), 2, d("-1"), noMargin).verdict());
    }

    @Test
    void aFactorOfOneIsAllowedAndBelowIsNot() {
        // factor 1: the threshold is the historical rate itself
        assertEquals(0, d("0.15").compareTo(FeasibilityRule.factor(1).threshold(d("0.15"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeasibilityRule.factor(0.99));
        assertEquals("factor must be >= 1, was 0.99", e.getMessage());
    }

    @Test
    void pacingExposesItsInputs() {
        Pacing p = Pacing.of(d("1200"), d("540"), Profile.equal(12), 6, Direction.HIGHER_IS_BETTER);
        assertEquals(d("1200"), p.target());
        assertEquals(d("540"), p.yearToDate());
        assertEquals(Direction.HIGHER_IS_BETTER, p.direction());
    }

    @Test
    void growthTargetOfDecimals() {
        // +20% over 100: target level 120
        GrowthTarget g = GrowthTarget.of(d("100"), d("0.2"), Direction.HIGHER_IS_BETTER);
        assertEquals(d("100"), g.base());
        assertEquals(d("0.2"), g.targetGrowth());
        assertEquals(Direction.HIGHER_IS_BETTER, g.direction());
        assertEquals(0, d("120").compareTo(g.targetLevel()));
    }

    @Test
    void growthAttainmentAgainstAZeroOrWrongWayTargetSaysWhy() {
        assertEquals(Optional.of("growth attainment against a target growth of 0 is undefined; use level attainment"),
                GrowthTarget.growthAttainment(d("0.1"), d("0"), Direction.HIGHER_IS_BETTER).undefinedReason());
        assertEquals(Optional.of("growth attainment needs a target growth < 0 for a LOWER_IS_BETTER KPI, was 0.2; "
                        + "use level attainment"),
                GrowthTarget.growthAttainment(d("0.1"), d("0.2"), Direction.LOWER_IS_BETTER).undefinedReason());
    }

    @Test
    void pointTargetOfDecimals() {
        PointTarget t = PointTarget.ofPoints(d("5"), Direction.HIGHER_IS_BETTER);
        assertEquals(d("5"), t.targetPoints());
        assertEquals(Direction.HIGHER_IS_BETTER, t.direction());
        // 4 of 5 points = 0.8
        assertTrue(t.attainment(d("4")).hasSameValueAs(Ratio.of(4, 5)));
        assertEquals(Optional.of("a point target must be < 0 for a LOWER_IS_BETTER KPI, was 5"),
                PointTarget.ofPoints(d("5"), Direction.LOWER_IS_BETTER).attainment(d("4")).undefinedReason());
        assertEquals(Optional.of("a point target must be > 0 for a HIGHER_IS_BETTER KPI, was -5"),
                PointTarget.ofPoints(d("-5"), Direction.HIGHER_IS_BETTER).attainment(d("4")).undefinedReason());
    }

    @Test
    void statusBandsExposeTheirThresholdsAndHandleNegativeDenominators() {
        StatusBands b = StatusBands.DEFAULT;
        assertEquals(0, d("0.9").compareTo(b.atRisk()));
        assertEquals(0, d("1").compareTo(b.met()));
        assertEquals(0, d("1.1").compareTo(b.exceeded()));
        // −100/−100 is exactly 1 and −110/−100 exactly 1.1
        assertEquals(AttainmentStatus.MET, b.status(Ratio.of(-100, -100)));
        assertEquals(AttainmentStatus.EXCEEDED, b.status(Ratio.of(-110, -100)));
        assertEquals(AttainmentStatus.AT_RISK, b.status(Ratio.of(-90, -100)));
    }

    @Test
    void scorecardWeightLimitsAreInclusive() {
        ScorecardKpi only = ScorecardKpi.of("sales", Ratio.of(9, 10), 1);
        assertEquals(List.of(only), Scorecard.of(List.of(only)).kpis());
        // 0.5 + 0.500000001 = 1.000000001, exactly 1e-9 away from 1: accepted
        Scorecard nearlyOne = Scorecard.of(ScorecardKpi.of("a", Ratio.of(1, 1), 0.5),
                ScorecardKpi.of("b", Ratio.of(1, 1), 0.500000001));
        assertEquals(2, nearlyOne.kpis().size());
        // floor equal to cap is allowed
        assertEquals(0.8, ScorecardKpi.of("a", Ratio.of(1, 1), 1).withCap(0.8).withFloor(0.8).floor().getAsDouble());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScorecardKpi.of("a", Ratio.of(1, 1), 1).withFloor(Double.NaN));
        assertEquals("floor must be a finite number, was NaN (kpi \"a\")", e.getMessage());
    }
}
