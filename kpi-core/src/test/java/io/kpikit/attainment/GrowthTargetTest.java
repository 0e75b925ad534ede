package io.kpikit.attainment;

import static io.kpikit.attainment.AttainmentTest.assertDecimal;
import static io.kpikit.core.Direction.HIGHER_IS_BETTER;
import static io.kpikit.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrowthTargetTest {

    private final GrowthTarget sales = GrowthTarget.of(100, 0.20, HIGHER_IS_BETTER);

    @Test
    void bothReadingsOfTheSameNumbers() {
        // target level 100 * 1.2 = 120
        assertDecimal("120", sales.targetLevel());
        // level attainment 117.6 / 120 = 0.98
        Attainment level = sales.levelAttainment(117.6);
        assertEquals(0.98, level.ratio().doubleValue());
        assertDecimal("117.6", level.ratio().numerator());
        assertDecimal("120", level.ratio().denominator());
        // growth attainment (117.6 - 100) / (100 * 0.2) = 17.6 / 20 = 0.88
        Ratio growth = sales.growthAttainment(117.6);
        assertEquals(0.88, growth.doubleValue());
        assertDecimal("17.6", growth.numerator());
        assertDecimal("20", growth.denominator());
    }

    @Test
    void seedGrowthAttainmentsFromRatesAlone() {
        // sales target +20%: Q1 +25% -> 25/20 = 1.25, Q2 +15% -> 15/20 = 0.75
        assertEquals(1.25, GrowthTarget.growthAttainment(0.25, 0.20, HIGHER_IS_BETTER).doubleValue());
        assertEquals(0.75, GrowthTarget.growthAttainment(0.15, 0.20, HIGHER_IS_BETTER).doubleValue());
        // engagement target +20%, achieved +22% -> 22/20 = 1.1
        assertEquals(1.1, GrowthTarget.growthAttainment(0.22, 0.20, HIGHER_IS_BETTER).doubleValue());
    }

    @Test
    void zeroTargetGrowthLeavesOnlyLevelAttainment() {
        GrowthTarget flat = GrowthTarget.of(100, 0, HIGHER_IS_BETTER);
        Ratio growth = flat.growthAttainment(105);
        assertFalse(growth.isDefined());
        assertEquals(Optional.of("growth attainment against a target growth of 0 is undefined; use level attainment"),
                growth.undefinedReason());
        // level: 105 / 100 = 1.05
        assertEquals(1.05, flat.levelAttainment(105).ratio().doubleValue());
        assertFalse(GrowthTarget.growthAttainment(0.05, 0, HIGHER_IS_BETTER).isDefined());
    }

    @Test
    void unfavourableTargetGrowthIsUndefinedRatherThanAWrongSign() {
        // "decline at most 10%": -5% / -10% would read a smaller decline as 50%.
        GrowthTarget decline = GrowthTarget.of(100, -0.10, HIGHER_IS_BETTER);
        assertEquals(Optional.of("growth attainment needs a target growth > 0 for a HIGHER_IS_BETTER KPI, was -0.1;"
                + " use level attainment"), decline.growthAttainment(95).undefinedReason());
        // level: 95 / 90 = 1.0555...
        assertDecimal("95", decline.levelAttainment(95).ratio().numerator());
        assertDecimal("90", decline.levelAttainment(95).ratio().denominator());
        assertTrue(decline.levelAttainment(95).ratio().doubleValue() > 1);
    }

    @Test
    void lowerIsBetterGrowthTargetIsACut() {
        // cut cost 10%, cut 5%: growth attainment (95 - 100) / (100 * -0.1) = -5 / -10 = 0.5
        GrowthTarget cut = GrowthTarget.of(100, -0.10, LOWER_IS_BETTER);
        assertEquals(0.5, cut.growthAttainment(95).doubleValue());
        // level (RELATIVE_GAP): 1 + (90 - 95)/90 = 85/90
        Attainment level = cut.levelAttainment(new BigDecimal("95"));
        assertDecimal("85", level.ratio().numerator());
        assertDecimal("90", level.ratio().denominator());
        // level (RATIO): 90/95
        assertDecimal("95", cut.levelAttainment(new BigDecimal("95"), AttainmentConvention.RATIO).ratio().denominator());
        // a cost target of +10% is not a goal a growth ratio can rank
        assertEquals(Optional.of("growth attainment needs a target growth < 0 for a LOWER_IS_BETTER KPI, was 0.1;"
                + " use level attainment"), GrowthTarget.of(100, 0.10, LOWER_IS_BETTER).growthAttainment(105)
                .undefinedReason());
    }

    @Test
    void growthFromAZeroOrNegativeBaseIsUndefined() {
        assertEquals(Optional.of("growth from a base of 0.0 is undefined: the base must be > 0"),
                GrowthTarget.of(0, 0.2, HIGHER_IS_BETTER).growthAttainment(10).undefinedReason());
        assertFalse(GrowthTarget.of(-50, 0.2, HIGHER_IS_BETTER).growthAttainment(10).isDefined());
    }

    @Test
    void missedGrowthIsNegativeGrowthAttainment() {
        // sales fell to 90: (90 - 100) / 20 = -0.5
        assertEquals(-0.5, sales.growthAttainment(90).doubleValue());
    }

    @Test
    void invalidInputsNameTheField() {
        assertEquals("targetGrowth must be a finite number, was Infinity", assertThrows(IllegalArgumentException.class,
                () -> GrowthTarget.of(100, Double.POSITIVE_INFINITY, HIGHER_IS_BETTER)).getMessage());
        assertEquals("actualLevel", assertThrows(NullPointerException.class,
                () -> sales.growthAttainment((BigDecimal) null)).getMessage());
        assertEquals("+0.2 over 100.0 (HIGHER_IS_BETTER)", sales.toString());
    }
}
