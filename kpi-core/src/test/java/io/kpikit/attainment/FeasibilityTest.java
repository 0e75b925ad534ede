package io.kpikit.attainment;

import static io.kpikit.attainment.AttainmentTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeasibilityTest {

    @Test
    void seedTenfoldTargetExceedsHistory() {
        // 100K -> 1M in one year: (1,000,000 - 100,000) / 100,000 = 9 = 900%
        Feasibility f = Feasibility.of(100_000, 1_000_000, 1, 0.15);
        assertEquals(9.0, f.requiredGrowth().doubleValue());
        assertDecimal("900000", f.requiredGrowth().numerator());
        assertEquals(Figure.of(9), f.requiredCompoundRate()); // one period: the required growth's value
        // default rule: twice 15% = 30%; 900% > 30%
        assertDecimal("0.30", f.threshold());
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, f.verdict());
    }

    @Test
    void compoundRateOverSeveralPeriods() {
        // 100K -> 1M over 3 years: 10^(1/3) - 1 = 1.15443469...; still far above 30%
        Feasibility f = Feasibility.of(100_000, 1_000_000, 3, 0.15);
        assertEquals(9.0, f.requiredGrowth().doubleValue());
        assertEquals(1.1544346900318838, f.requiredCompoundRate().doubleValue(), 1e-15);
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, f.verdict());
        // 100 -> 121 over 2 years is 10% a year, within twice 15%
        Feasibility modest = Feasibility.of(100, 121, 2, 0.15);
        assertEquals(0.1, modest.requiredCompoundRate().doubleValue(), 1e-15);
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, modest.verdict());
    }

    @Test
    void boundaryIsInclusive() {
        // 100 -> 130 in one year needs exactly 30% = 2 * 15%: within history
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, Feasibility.of(100, 130, 1, 0.15).verdict());
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, Feasibility.of(100, 130.01, 1, 0.15).verdict());
        // 300 -> 400 needs 100/300 = 1/3. Against a threshold of 0.333…3 (34 threes, history + margin 0) it
        // exceeds history, though the growth's 34-digit value equals the threshold: the verdict is exact
        BigDecimal thirtyFourThrees = new BigDecimal("0." + "3".repeat(34));
        Feasibility third = Feasibility.of(new BigDecimal("300"), new BigDecimal("400"), 1, thirtyFourThrees,
                FeasibilityRule.margin(0));
        assertEquals(0, thirtyFourThrees.compareTo(third.requiredCompoundRate().toBigDecimal()));
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, third.verdict());
    }

    @Test
    void marginAndFactorRules() {
        // margin 10 points: 15% + 10% = 25%; 30% needed is flagged
        Feasibility f = Feasibility.of(100, 130, 1, 0.15, FeasibilityRule.margin(0.10));
        assertDecimal("0.25", f.threshold());
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, f.verdict());
        // factor 2 after a 10% decline: -10% + |-10%| = 0; any growth is flagged, a further decline is not
        assertDecimal("0", FeasibilityRule.factor(2).threshold(new BigDecimal("-0.10")));
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, Feasibility.of(100, 101, 1, -0.10).verdict());
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, Feasibility.of(100, 95, 1, -0.10).verdict());
        assertEquals(FeasibilityRule.DEFAULT, FeasibilityRule.factor(2.0));
        assertEquals("margin 0.1", FeasibilityRule.margin(0.1).toString());
    }

    @Test
    void nonPositiveLastIsUndefined() {
        Feasibility f = Feasibility.of(0, 1_000, 1, 0.15);
        String reason = "growth from a last value of 0.0 is undefined: it must be > 0";
        assertEquals(Optional.of(reason), f.requiredGrowth().undefinedReason());
        assertEquals(Optional.of(reason), f.requiredCompoundRate().undefinedReason());
        assertEquals(FeasibilityVerdict.UNDEFINED, f.verdict());
        assertEquals(FeasibilityVerdict.UNDEFINED, Feasibility.of(-10, 1_000, 2, 0.15).verdict());
    }

    @Test
    void zeroAndNegativeTargets() {
        // a target of 0 needs -100%, in one or in three periods
        assertEquals(-1.0, Feasibility.of(100, 0, 1, 0.15).requiredGrowth().doubleValue());
        assertEquals(-1.0, Feasibility.of(100, 0, 3, 0.15).requiredCompoundRate().doubleValue());
        // a negative target over 2 periods has no real compound rate; over 1 it is the simple rate (-150%)
        Feasibility twoYears = Feasibility.of(100, -50, 2, 0.15);
        assertEquals(-1.5, twoYears.requiredGrowth().doubleValue());
        assertEquals(Optional.of("a compound rate to a negative target over 2 periods has no real value"),
                twoYears.requiredCompoundRate().undefinedReason());
        assertEquals(FeasibilityVerdict.UNDEFINED, twoYears.verdict());
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, Feasibility.of(100, -50, 1, 0.15).verdict());
    }

    @Test
    void invalidInputsNameTheField() {
        assertEquals("periods must be > 0, was 0", assertThrows(IllegalArgumentException.class,
                () -> Feasibility.of(100, 200, 0, 0.1)).getMessage());
        assertEquals("historicalRate must be >= -1, was -1.5", assertThrows(IllegalArgumentException.class,
                () -> Feasibility.of(100, 200, 1, -1.5)).getMessage());
        assertEquals("factor must be >= 1, was 0.5", assertThrows(IllegalArgumentException.class,
                () -> FeasibilityRule.factor(0.5)).getMessage());
        assertEquals("margin must be >= 0, was -0.1", assertThrows(IllegalArgumentException.class,
                () -> FeasibilityRule.margin(-0.1)).getMessage());
        assertEquals("last must be a finite number, was NaN", assertThrows(IllegalArgumentException.class,
                () -> Feasibility.of(Double.NaN, 1, 1, 0.1)).getMessage());
        assertFalse(Feasibility.of(0, 1, 1, 0.1).requiredGrowth().isDefined());
        assertEquals(Ratio.class, Feasibility.of(1, 2, 1, 0.1).requiredGrowth().getClass());
    }

    @Test
    void compoundVerdictIsExactAtTheThreshold() {
        // History 5%/yr, default factor 2: threshold 5% + (2 − 1) × 5% = 10%/yr.
        // 100 → 121 in 2 years needs exactly 10%/yr (1.1² = 1.21): on the threshold, not above it,
        // although Math.pow(1.21, 0.5) − 1 = 0.10000000000000009 in double.
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, Feasibility.of(100, 121, 2, 0.05).verdict());
        // 1.1³ = 1.331: 100 → 133.1 in 3 years is exactly 10%/yr.
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY, Feasibility.of(100, 133.1, 3, 0.05).verdict());
        // One hundredth more than 121 needs a little over 10%/yr.
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY, Feasibility.of(100, 121.01, 2, 0.05).verdict());
        // History 15%, margin 15 points: threshold 30%; 100 → 169 in 2 years is exactly 30%/yr (1.3² = 1.69).
        assertEquals(FeasibilityVerdict.WITHIN_HISTORY,
                Feasibility.of(100, 169, 2, 0.15, FeasibilityRule.margin(0.15)).verdict());
        assertEquals(FeasibilityVerdict.EXCEEDS_HISTORY,
                Feasibility.of(100, 169.0001, 2, 0.15, FeasibilityRule.margin(0.15)).verdict());
    }

    @Test
    void aRuleTellsItsFormAndAmountSoItCanBeRebuilt() {
        assertEquals(FeasibilityRule.Form.FACTOR, FeasibilityRule.DEFAULT.form());
        assertEquals(0, new BigDecimal("2").compareTo(FeasibilityRule.DEFAULT.amount()));
        FeasibilityRule margin = FeasibilityRule.margin(0.1);
        assertEquals(FeasibilityRule.Form.MARGIN, margin.form());
        assertEquals(new BigDecimal("0.1"), margin.amount()); // the shortest decimal of the double, not 0.1000000000000000055…
        // threshold of a margin rule over a 15% history: 0.15 + 0.1 = 0.25
        assertEquals(0, new BigDecimal("0.25").compareTo(margin.threshold(new BigDecimal("0.15"))));
        for (FeasibilityRule r : new FeasibilityRule[] {FeasibilityRule.DEFAULT, margin, FeasibilityRule.factor(1.5)}) {
            FeasibilityRule again = r.form() == FeasibilityRule.Form.FACTOR
                    ? FeasibilityRule.factor(r.amount().doubleValue()) : FeasibilityRule.margin(r.amount().doubleValue());
            assertEquals(r, again);
        }
    }
}
