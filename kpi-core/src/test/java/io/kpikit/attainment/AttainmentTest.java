package io.kpikit.attainment;

import static io.kpikit.core.Direction.HIGHER_IS_BETTER;
import static io.kpikit.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void higherIsBetterIsActualOverTarget() {
        // 117.6 / 120 = 0.98
        Attainment a = Attainment.of(117.6, 120, HIGHER_IS_BETTER);
        assertEquals(0.98, a.ratio().doubleValue());
        assertDecimal("117.6", a.ratio().numerator());
        assertDecimal("120", a.ratio().denominator());
        assertEquals("98.0%", a.ratio().toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(AttainmentConvention.RELATIVE_GAP, a.convention());
        // Both conventions give actual / target for a positive target.
        assertEquals(a.ratio(), Attainment.of(117.6, 120, HIGHER_IS_BETTER, AttainmentConvention.RATIO).ratio());
    }

    @Test
    void lowerIsBetterOverTargetUnderBothConventions() {
        // CAC 110 against target 100.
        // RELATIVE_GAP: 1 + (100 - 110)/100 = 0.9, as (2*100 - 110)/100 = 90/100
        Attainment gap = Attainment.of(110, 100, LOWER_IS_BETTER);
        assertDecimal("90", gap.ratio().numerator());
        assertDecimal("100", gap.ratio().denominator());
        assertEquals(0.9, gap.ratio().doubleValue());
        // RATIO: 100/110 = 0.90909...
        Attainment ratio = Attainment.of(110, 100, LOWER_IS_BETTER, AttainmentConvention.RATIO);
        assertDecimal("100", ratio.ratio().numerator());
        assertDecimal("110", ratio.ratio().denominator());
        assertEquals("90.91%", ratio.ratio().toPercentString(2, RoundingMode.HALF_UP));
    }

    @Test
    void lowerIsBetterUnderTargetIsAboveOneHundredPercent() {
        // churn 4% against target 5%: RELATIVE_GAP 1 + 1/5 = 1.2; RATIO 5/4 = 1.25
        assertEquals(1.2, Attainment.of(0.04, 0.05, LOWER_IS_BETTER).ratio().doubleValue());
        assertEquals(1.25, Attainment.of(0.04, 0.05, LOWER_IS_BETTER, AttainmentConvention.RATIO).ratio().doubleValue());
    }

    @Test
    void relativeGapIsLinearAndCanGoNegativeWhileRatioStaysPositive() {
        // cost 250 against 100: 1 + (100 - 250)/100 = -0.5; RATIO 100/250 = 0.4
        assertEquals(-0.5, Attainment.of(250, 100, LOWER_IS_BETTER).ratio().doubleValue());
        assertEquals(0.4, Attainment.of(250, 100, LOWER_IS_BETTER, AttainmentConvention.RATIO).ratio().doubleValue());
    }

    @Test
    void zeroActualIsUndefinedForTargetOverActualButDefinedForRelativeGap() {
        Attainment ratio = Attainment.of(0, 5, LOWER_IS_BETTER, AttainmentConvention.RATIO);
        assertFalse(ratio.isDefined());
        assertEquals(Optional.of("target / actual needs a positive actual, was 0.0; use RELATIVE_GAP for an actual"
                + " of zero or below"), ratio.undefinedReason());
        // zero churn against 5: 1 + (5 - 0)/5 = 2
        assertEquals(2.0, Attainment.of(0, 5, LOWER_IS_BETTER).ratio().doubleValue());
    }

    @Test
    void negativeActualIsUndefinedForTargetOverActualRatherThanANegativeRate() {
        Attainment a = Attainment.of(-10, 100, LOWER_IS_BETTER, AttainmentConvention.RATIO);
        assertFalse(a.isDefined());
        assertTrue(a.undefinedReason().orElseThrow().contains("was -10.0"));
        // higher-is-better: a loss against a profit target is honestly negative: -50/100
        assertEquals(-0.5, Attainment.of(-50, 100, HIGHER_IS_BETTER, AttainmentConvention.RATIO).ratio().doubleValue());
    }

    @Test
    void zeroTargetIsUndefinedUnderEveryConvention() {
        for (AttainmentConvention c : AttainmentConvention.values()) {
            for (Direction d : Direction.values()) {
                Attainment a = Attainment.of(5, 0, d, c);
                assertFalse(a.isDefined());
                assertEquals(Optional.of("attainment against a target of 0 is undefined; compare actual - target instead"),
                        a.undefinedReason());
            }
        }
    }

    @Test
    void negativeTargetIsUndefinedAsARatioAndImprovementBasedAsARelativeGap() {
        // budgeted loss of 100, actual loss of 50: RATIO would say -50/-100 = 50%, the wrong way round.
        Attainment ratio = Attainment.of(-50, -100, HIGHER_IS_BETTER, AttainmentConvention.RATIO);
        assertEquals(Optional.of("attainment as a ratio needs a positive target, was -100.0; use RELATIVE_GAP for a"
                + " target below zero"), ratio.undefinedReason());
        // RELATIVE_GAP: 1 + (-50 - -100)/|-100| = 1.5
        assertEquals(1.5, Attainment.of(-50, -100, HIGHER_IS_BETTER).ratio().doubleValue());
        // a loss of 200 against a budgeted loss of 100: 1 + (-100)/100 = 0
        assertEquals(0.0, Attainment.of(-200, -100, HIGHER_IS_BETTER).ratio().doubleValue());
        // lower-is-better, target -100, actual -120 (lower, so better): 1 + (-100 + 120)/100 = 1.2
        assertEquals(1.2, Attainment.of(-120, -100, LOWER_IS_BETTER).ratio().doubleValue());
    }

    @Test
    void actualEqualToTargetIsExactlyOneHundredPercent() {
        for (AttainmentConvention c : AttainmentConvention.values()) {
            for (Direction d : Direction.values()) {
                Ratio r = Attainment.of(new BigDecimal("37.25"), new BigDecimal("37.25"), d, c).ratio();
                assertDecimal("1", r.toBigDecimal());
            }
        }
    }

    @Test
    void moneyMustShareACurrency() {
        Attainment a = Attainment.of(Money.parse("CNY 9500000.00"), Money.parse("CNY 10000000.00"), HIGHER_IS_BETTER);
        assertEquals(0.95, a.ratio().doubleValue());
        assertThrows(CurrencyMismatchException.class,
                () -> Attainment.of(Money.parse("CNY 1.00"), Money.parse("USD 1.00"), HIGHER_IS_BETTER));
    }

    @Test
    void invalidInputsAreRejectedWithTheFieldName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Attainment.of(Double.NaN, 1, HIGHER_IS_BETTER));
        assertEquals("actual must be a finite number, was NaN", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class,
                () -> Attainment.of(BigDecimal.ONE, BigDecimal.ONE, null));
        assertEquals("direction", n.getMessage());
        assertEquals("convention", assertThrows(NullPointerException.class,
                () -> Attainment.of(1, 1, HIGHER_IS_BETTER, null)).getMessage());
    }

    @Test
    void formulasAreNamedForReports() {
        assertEquals("target / actual", AttainmentConvention.RATIO.formula(LOWER_IS_BETTER));
        assertEquals("actual / target", AttainmentConvention.RATIO.formula(HIGHER_IS_BETTER));
        assertEquals("1 + (target - actual) / |target|", AttainmentConvention.RELATIVE_GAP.formula(LOWER_IS_BETTER));
        assertEquals("1 + (actual - target) / |target|", AttainmentConvention.RELATIVE_GAP.formula(HIGHER_IS_BETTER));
    }

    @Test
    void equalityIsNumericAndToStringShowsTheInputs() {
        assertEquals(Attainment.of(new BigDecimal("1.0"), BigDecimal.TEN, HIGHER_IS_BETTER),
                Attainment.of(BigDecimal.ONE, new BigDecimal("10.00"), HIGHER_IS_BETTER));
        assertEquals(Attainment.of(new BigDecimal("1.0"), BigDecimal.TEN, HIGHER_IS_BETTER).hashCode(),
                Attainment.of(BigDecimal.ONE, new BigDecimal("10.00"), HIGHER_IS_BETTER).hashCode());
        assertFalse(Attainment.of(1, 10, HIGHER_IS_BETTER).equals(Attainment.of(1, 10, LOWER_IS_BETTER)));
        assertEquals("attainment of 117.6 vs target 120 (HIGHER_IS_BETTER, RELATIVE_GAP): 117.6/120 = 0.98",
                Attainment.of(new BigDecimal("117.6"), new BigDecimal("120"), HIGHER_IS_BETTER).toString());
    }
}
