package io.kpikit.attainment;

import static io.kpikit.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text of the attainment value types. */
class ValueSemanticsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void attainmentsAreEqualByNumericInputsDirectionAndConvention() {
        assertValueSemantics(Attainment.of(d("95"), d("100"), Direction.HIGHER_IS_BETTER),
                Attainment.of(d("95.0"), d("100.00"), Direction.HIGHER_IS_BETTER),
                Attainment.of(d("96"), d("100"), Direction.HIGHER_IS_BETTER),
                Attainment.of(d("95"), d("101"), Direction.HIGHER_IS_BETTER),
                Attainment.of(d("95"), d("100"), Direction.LOWER_IS_BETTER),
                Attainment.of(d("95"), d("100"), Direction.HIGHER_IS_BETTER, AttainmentConvention.RATIO));
    }

    @Test
    void profilesAreEqualByNumericWeightsInOrder() {
        assertValueSemantics(Profile.of(d("1"), d("2"), d("3")), Profile.of(d("1.0"), d("2"), d("3.00")),
                Profile.of(d("3"), d("2"), d("1")),
                Profile.of(d("1"), d("2")),
                Profile.of(d("1"), d("2"), d("4")));
    }

    @Test
    void statusBandsAreEqualByTheirThreeThresholds() {
        assertValueSemantics(StatusBands.DEFAULT, StatusBands.of(0.9, 1.0, 1.1),
                StatusBands.of(0.8, 1.0, 1.1),
                StatusBands.of(0.9, 1.05, 1.1),
                StatusBands.of(0.9, 1.0, 1.2));
    }

    @Test
    void feasibilityRulesAreEqualByKindAndAmount() {
        assertValueSemantics(FeasibilityRule.DEFAULT, FeasibilityRule.factor(2.0),
                FeasibilityRule.factor(3),
                FeasibilityRule.margin(2));
        assertEquals("factor 2", FeasibilityRule.DEFAULT.toString());
        assertEquals("margin 0.1", FeasibilityRule.margin(0.1).toString());
    }

    @Test
    void texts() {
        assertEquals("540 of 1200 at elapsed share 6/12 = 0.5 (HIGHER_IS_BETTER)",
                Pacing.of(d("1200"), d("540"), Profile.equal(12), 6, Direction.HIGHER_IS_BETTER).toString());
        assertEquals("sales: 9/10 = 0.9, weight 0.6",
                ScorecardKpi.of("sales", io.kpikit.core.Ratio.of(9, 10), 0.6).toString());
        assertEquals("sales: 9/10 = 0.9, weight 0.6, floor 0.5, cap 1.2",
                ScorecardKpi.of("sales", io.kpikit.core.Ratio.of(9, 10), 0.6).withFloor(0.5).withCap(1.2).toString());
        assertEquals("+0.2 over 100 (HIGHER_IS_BETTER)",
                GrowthTarget.of(d("100"), d("0.2"), Direction.HIGHER_IS_BETTER).toString());
    }
}
