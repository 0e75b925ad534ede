package io.kpikit.attainment;

import static io.kpikit.attainment.AttainmentTest.assertDecimal;
import static io.kpikit.core.Direction.HIGHER_IS_BETTER;
import static io.kpikit.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointTargetTest {

    private final PointTarget share = PointTarget.ofPoints(5, HIGHER_IS_BETTER);

    @Test
    void marketShareTargetInPoints() {
        // +5 pts targeted, +6 pts achieved: 6/5 = 1.2
        Ratio r = share.attainment(6);
        assertEquals(1.2, r.doubleValue());
        assertDecimal("6", r.numerator());
        assertDecimal("5", r.denominator());
    }

    @Test
    void sharesAsFractionsAreConvertedToPoints() {
        // 0.30 -> 0.36 is (0.36 - 0.30) * 100 = 6 points
        assertDecimal("6", PointTarget.pointsBetween(new BigDecimal("0.30"), new BigDecimal("0.36")));
        assertEquals(1.2, share.attainmentOfShares(new BigDecimal("0.30"), new BigDecimal("0.36")).doubleValue());
    }

    @Test
    void sharesAsRatios() {
        // 300/1000 = 30% -> 360/1000 = 36%: 6 points of 5
        assertEquals(1.2, share.attainment(Ratio.of(300, 1000), Ratio.of(360, 1000)).doubleValue());
        Ratio undefined = share.attainment(Ratio.of(0, 0), Ratio.of(360, 1000));
        assertEquals(Optional.of("rate before is undefined: 0/0 is undefined"), undefined.undefinedReason());
        assertEquals(Optional.of("rate after is undefined: division by zero: 3/0"),
                share.attainment(Ratio.of(1, 10), Ratio.of(3, 0)).undefinedReason());
    }

    @Test
    void aPointChangeFromAnotherPackage() {
        // conversion 1/3 -> 2/5: 100 * (2*3 - 1*5) / (3*5) = 100/15 = 6.666… points; of 5 that is 1.333…
        Ratio r = share.attainment(PointChange.between(Ratio.of(1, 3), Ratio.of(2, 5)));
        assertDecimal("1.333", r.toBigDecimal(3, RoundingMode.HALF_UP));
        assertDecimal("5", r.denominator());
        assertEquals("change", assertThrows(NullPointerException.class,
                () -> share.attainment((PointChange) null)).getMessage());
    }

    @Test
    void pointsAreNotARelativeChange() {
        // 30% -> 33% is +3 points (60% of a +5 pt target), though it is +10% relative growth
        assertEquals(0.6, share.attainmentOfShares(new BigDecimal("0.30"), new BigDecimal("0.33")).doubleValue());
    }

    @Test
    void lowerIsBetterPointTargetIsACut() {
        // churn -2 pts targeted, -1 pt achieved: -1/-2 = 0.5
        assertEquals(0.5, PointTarget.ofPoints(-2, LOWER_IS_BETTER).attainment(-1).doubleValue());
        // churn rose 1 pt: 1/-2 = -0.5, honestly negative
        assertEquals(-0.5, PointTarget.ofPoints(-2, LOWER_IS_BETTER).attainment(1).doubleValue());
    }

    @Test
    void zeroOrUnfavourableTargetIsUndefined() {
        assertEquals(Optional.of("attainment against a target change of 0 points is undefined"),
                PointTarget.ofPoints(0, HIGHER_IS_BETTER).attainment(1).undefinedReason());
        assertEquals(Optional.of("a point target must be < 0 for a LOWER_IS_BETTER KPI, was 1.0"),
                PointTarget.ofPoints(1, LOWER_IS_BETTER).attainment(1).undefinedReason());
    }

    @Test
    void invalidInputsNameTheField() {
        assertEquals("targetPoints must be a finite number, was NaN", assertThrows(IllegalArgumentException.class,
                () -> PointTarget.ofPoints(Double.NaN, HIGHER_IS_BETTER)).getMessage());
        assertEquals("achievedPoints must be a finite number, was -Infinity", assertThrows(
                IllegalArgumentException.class, () -> share.attainment(Double.NEGATIVE_INFINITY)).getMessage());
        assertEquals("+5.0 pts (HIGHER_IS_BETTER)", share.toString());
    }
}
