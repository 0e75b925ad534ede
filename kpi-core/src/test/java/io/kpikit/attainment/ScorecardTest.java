package io.kpikit.attainment;

import static io.kpikit.attainment.AttainmentTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Direction;
import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private final ScorecardKpi sales = ScorecardKpi.of("sales", Ratio.of(150, 100), 0.6).withCap(1.2);
    private final ScorecardKpi cac = ScorecardKpi.of("cac", Attainment.of(110, 100, Direction.LOWER_IS_BETTER), 0.4);

    @Test
    void compositeIsTheWeightedSumOfClampedScores() {
        // sales 150% capped at 120%: 0.6 * 1.2 = 0.72; cac 1 + (100 - 110)/100 = 0.9: 0.4 * 0.9 = 0.36
        ScorecardResult r = Scorecard.of(sales, cac).score();
        assertDecimal("1.08", r.composite().toBigDecimal());
        assertEquals("108.0%", r.composite().toPercentString(1, RoundingMode.HALF_UP));
        ScorecardLine s = r.lines().get(0);
        assertEquals("sales", s.name());
        assertDecimal("1.2", s.score().toBigDecimal()); // capped
        assertEquals(Ratio.of(150, 100), s.attainment()); // the raw attainment stays alongside
        assertDecimal("0.72", s.contribution().toBigDecimal());
        ScorecardLine c = r.lines().get(1);
        assertSame(cac.attainment(), c.attainment()); // the attainment itself, inputs kept
        assertEquals(Figure.of(new BigDecimal("0.9")), c.score()); // unclamped: the attainment's value
        assertDecimal("0.36", c.contribution().toBigDecimal());
        assertFalse(c.excluded());
    }

    @Test
    void contributionsSumExactlyToTheComposite() {
        // thirds: 1/3 * 0.9 + 1/3 * 1.0 + 1/3 * 1.1 = 1.0
        Scorecard card = Scorecard.normalised(ScorecardKpi.of("a", Ratio.of(9, 10), 1),
                ScorecardKpi.of("b", Ratio.of(10, 10), 1), ScorecardKpi.of("c", Ratio.of(11, 10), 1));
        ScorecardResult r = card.score();
        BigDecimal sum = BigDecimal.ZERO;
        for (ScorecardLine line : r.lines()) {
            sum = sum.add(line.contribution().toBigDecimal());
        }
        assertEquals(0, sum.compareTo(r.composite().toBigDecimal()));
        assertEquals(1.0, r.composite().doubleValue(), 1e-30);
    }

    @Test
    void floorStopsANegativeCostAttainmentFromDraggingTheScoreBelowZero() {
        // cost 250 vs 100: 1 + (100 - 250)/100 = -0.5, floored at 0
        ScorecardKpi cost = ScorecardKpi.of("cost", Attainment.of(250, 100, Direction.LOWER_IS_BETTER), 0.5)
                .withFloor(0);
        ScorecardKpi reach = ScorecardKpi.of("reach", Ratio.of(1, 1), 0.5);
        // 0.5 * 0 + 0.5 * 1 = 0.5
        assertDecimal("0.5", Scorecard.of(cost, reach).score().composite().toBigDecimal());
        assertEquals(0.0, cost.floor().getAsDouble());
        assertFalse(cost.cap().isPresent());
    }

    @Test
    void normalisedScorecardRescalesWeights() {
        // weights 3 and 1 -> 0.75 and 0.25; 0.75 * 1.0 + 0.25 * 0.8 = 0.95
        Scorecard card = Scorecard.normalised(List.of(ScorecardKpi.of("a", Ratio.of(1, 1), 3),
                ScorecardKpi.of("b", Ratio.of(8, 10), 1)));
        assertDecimal("0.75", card.weights().get(0));
        assertDecimal("0.25", card.weights().get(1));
        assertDecimal("0.95", card.score().composite().toBigDecimal());
        assertEquals("Scorecard[a 0.75, b 0.25]", card.toString());
    }

    @Test
    void undefinedAttainmentMakesTheCompositeUndefinedAndNamesTheKpi() {
        ScorecardKpi share = ScorecardKpi.of("share", Attainment.of(5, 0, Direction.HIGHER_IS_BETTER), 0.4);
        ScorecardResult r = Scorecard.of(ScorecardKpi.of("sales", Ratio.of(1, 1), 0.6), share).score();
        assertFalse(r.composite().isDefined());
        assertEquals(Optional.of("attainment of kpi \"share\" is undefined: attainment against a target of 0 is"
                + " undefined; compare actual - target instead"), r.composite().undefinedReason());
        assertEquals(Optional.of("attainment of kpi \"share\" is undefined: attainment against a target of 0 is"
                + " undefined; compare actual - target instead"), r.lines().get(1).contribution().undefinedReason());
        assertEquals(Optional.of("attainment against a target of 0 is undefined; compare actual - target instead"),
                r.lines().get(1).score().undefinedReason());
    }

    @Test
    void excludingUndefinedOnRequestRenormalisesTheRest() {
        ScorecardKpi share = ScorecardKpi.of("share", Ratio.of(5, 0), 0.2);
        Scorecard card = Scorecard.of(ScorecardKpi.of("sales", Ratio.of(12, 10), 0.6),
                ScorecardKpi.of("cac", Ratio.of(9, 10), 0.2), share);
        ScorecardResult r = card.scoreExcludingUndefined();
        // weights 0.6/0.8 = 0.75 and 0.2/0.8 = 0.25: 0.75 * 1.2 + 0.25 * 0.9 = 0.9 + 0.225 = 1.125
        assertDecimal("1.125", r.composite().toBigDecimal());
        assertTrue(r.lines().get(2).excluded());
        assertDecimal("0", r.lines().get(2).weight());
        assertDecimal("0.75", r.lines().get(0).weight());
        // with nothing undefined it is the plain score
        assertEquals(Scorecard.of(sales, cac).score(), Scorecard.of(sales, cac).scoreExcludingUndefined());
    }

    @Test
    void excludingEverythingLeavesAnUndefinedComposite() {
        ScorecardResult r = Scorecard.of(ScorecardKpi.of("a", Ratio.of(1, 0), 0.5),
                ScorecardKpi.of("b", Ratio.of(1, 1), 0.0), ScorecardKpi.of("c", Ratio.of(0, 0), 0.5))
                .scoreExcludingUndefined();
        assertEquals(Optional.of("no kpi with a defined attainment has a positive weight"),
                r.composite().undefinedReason());
    }

    @Test
    void strictWeightsAreCheckedAndMessagesNameTheKpi() {
        assertEquals("weight must be in [0, 1], was 1.2 (kpi \"sales\")", assertThrows(IllegalArgumentException.class,
                () -> Scorecard.of(ScorecardKpi.of("sales", Ratio.of(1, 1), 1.2))).getMessage());
        assertEquals("weights must sum to 1 (within 1e-9), was 0.9 {\"sales\": 0.6, \"cac\": 0.3}; use"
                        + " Scorecard.normalised to rescale them", assertThrows(IllegalArgumentException.class,
                () -> Scorecard.of(ScorecardKpi.of("sales", Ratio.of(1, 1), 0.6),
                        ScorecardKpi.of("cac", Ratio.of(1, 1), 0.3))).getMessage());
        assertEquals("weight must be a finite number >= 0, was -0.1 (kpi \"cac\")", assertThrows(
                IllegalArgumentException.class, () -> ScorecardKpi.of("cac", Ratio.of(1, 1), -0.1)).getMessage());
        assertEquals("weight must be a finite number >= 0, was NaN (kpi \"cac\")", assertThrows(
                IllegalArgumentException.class, () -> ScorecardKpi.of("cac", Ratio.of(1, 1), Double.NaN)).getMessage());
        // 0.1 + 0.2 + 0.7 sums to 1 exactly as decimals; 1 + 1e-10 is within tolerance
        Scorecard.of(ScorecardKpi.of("a", Ratio.of(1, 1), 0.1), ScorecardKpi.of("b", Ratio.of(1, 1), 0.2),
                ScorecardKpi.of("c", Ratio.of(1, 1), 0.7));
        Scorecard.of(ScorecardKpi.of("a", Ratio.of(1, 1), 0.5), ScorecardKpi.of("b", Ratio.of(1, 1), 0.5 + 1e-10));
    }

    @Test
    void structuralErrors() {
        assertEquals("kpi names must be unique, was \"sales\" twice", assertThrows(IllegalArgumentException.class,
                () -> Scorecard.of(ScorecardKpi.of("sales", Ratio.of(1, 1), 0.5),
                        ScorecardKpi.of("sales", Ratio.of(1, 1), 0.5))).getMessage());
        assertEquals("kpis must not be empty", assertThrows(IllegalArgumentException.class,
                () -> Scorecard.of(List.of())).getMessage());
        assertEquals("weights must not all be zero, were {\"a\": 0.0}", assertThrows(IllegalArgumentException.class,
                () -> Scorecard.normalised(ScorecardKpi.of("a", Ratio.of(1, 1), 0))).getMessage());
        assertEquals("floor must be <= cap (1.2), was 1.5 (kpi \"sales\")", assertThrows(IllegalArgumentException.class,
                () -> sales.withFloor(1.5)).getMessage());
        assertEquals("cap must be a finite number, was Infinity (kpi \"sales\")", assertThrows(
                IllegalArgumentException.class, () -> sales.withCap(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("name must not be blank, was \" \"", assertThrows(IllegalArgumentException.class,
                () -> ScorecardKpi.of(" ", Ratio.of(1, 1), 1)).getMessage());
    }

    @Test
    void aScorecardTellsWhetherItsWeightsWereNormalised() {
        ScorecardKpi sales = ScorecardKpi.of("sales", Ratio.of(150, 100), 0.6);
        ScorecardKpi cac = ScorecardKpi.of("cac", Ratio.of(90, 100), 0.4);
        assertFalse(Scorecard.of(sales, cac).isNormalised());
        // weights that already sum to 1 are still normalised when asked: 0.6 / 1 = 0.6
        Scorecard asked = Scorecard.normalised(sales, cac);
        assertTrue(asked.isNormalised());
        assertEquals(0, new BigDecimal("0.6").compareTo(asked.weights().get(0)));
        // 3 and 1 → 0.75 and 0.25
        Scorecard rescaled = Scorecard.normalised(List.of(ScorecardKpi.of("sales", Ratio.of(150, 100), 3),
                ScorecardKpi.of("cac", Ratio.of(90, 100), 1)));
        assertEquals(0, new BigDecimal("0.75").compareTo(rescaled.weights().get(0)));
        assertTrue(rescaled.isNormalised());
        Scorecard again = rescaled.isNormalised() ? Scorecard.normalised(rescaled.kpis()) : Scorecard.of(rescaled.kpis());
        assertEquals(rescaled.weights(), again.weights());
        assertEquals(rescaled.score(), again.score());
    }
}
