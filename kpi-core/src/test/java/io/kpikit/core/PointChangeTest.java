package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointChangeTest {

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
    }

    @Test
    void shareFromTwentyToTwentySixPercentIsSixPointsAndThirtyPercent() {
        // points: 100 * (26*100 - 20*100) / (100*100) = 60000 / 10000 = 6
        // relative: (26*100 - 20*100) / (20*100) = 600 / 2000 = 0.3
        PointChange p = PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
        assertDecimal("60000", p.points().numerator());
        assertDecimal("10000", p.points().denominator());
        assertDecimal("6", p.points().toBigDecimal());
        assertEquals(6.0, p.points().doubleValue());
        assertDecimal("600", p.relative().numerator());
        assertDecimal("2000", p.relative().denominator());
        assertEquals(0.3, p.relative().doubleValue());
        assertEquals("30%", p.relative().toPercentString(0, RoundingMode.HALF_UP));
        assertEquals(Ratio.of(20, 100), p.before());
        assertEquals(Ratio.of(26, 100), p.after());
        assertEquals("20/100 = 0.2 → 26/100 = 0.26: +6 pts", p.toString());
    }

    @Test
    void pointsAsSignedText() {
        assertEquals("+6.0 pts", PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100))
                .toPointsString(1, RoundingMode.HALF_UP));
        assertEquals("-6 pts", PointChange.between(Ratio.of(26, 100), Ratio.of(20, 100))
                .toPointsString(0, RoundingMode.HALF_UP));
        // 1/4 = 25/100: no change, no sign
        assertEquals("0.0 pts", PointChange.between(Ratio.of(1, 4), Ratio.of(25, 100))
                .toPointsString(1, RoundingMode.HALF_UP));
        // 1/3 -> 1/3 + 0.0004: +0.04 points rounds to 0.0 without a sign
        assertEquals("0.0 pts", PointChange.between(Ratio.of(1, 3), Ratio.of(new BigDecimal("1.0012"),
                new BigDecimal("3"))).toPointsString(1, RoundingMode.HALF_UP));
    }

    @Test
    void aFallInPointsFromRatesWithDifferentDenominators() {
        // conversion 5% (50K of 1M) -> 4% (48K of 1.2M): -1 point; relative -0.01 / 0.05 = -20%
        PointChange p = PointChange.between(Ratio.of(50_000, 1_000_000), Ratio.of(48_000, 1_200_000));
        assertEquals(-1.0, p.points().doubleValue());
        assertEquals(-0.2, p.relative().doubleValue());
        assertEquals("-1.0 pts", p.toPointsString(1, RoundingMode.HALF_UP));
    }

    @Test
    void ratesAboveOneAndNegativeRatesAreAccepted() {
        // a non-strict funnel step 120% -> 150%: +30 points, relative 0.3 / 1.2 = +25%
        PointChange funnel = PointChange.between(Ratio.of(12, 10), Ratio.of(15, 10));
        assertEquals(30.0, funnel.points().doubleValue());
        assertEquals(0.25, funnel.relative().doubleValue());
        // a margin -10% -> +5%: +15 points; relative 0.15 / |-0.10| = +150% (up, though the base is negative)
        PointChange margin = PointChange.between(Ratio.of(-10, 100), Ratio.of(5, 100));
        assertEquals(15.0, margin.points().doubleValue());
        assertEquals(1.5, margin.relative().doubleValue());
    }

    @Test
    void negativeDenominatorsGiveTheSameValuesAsPositiveOnes() {
        // 20/100 written as -20/-100, 26/100 as 26/100: still +6 points and +30%
        PointChange p = PointChange.between(Ratio.of(-20, -100), Ratio.of(26, 100));
        assertEquals(6.0, p.points().doubleValue());
        assertEquals(0.3, p.relative().doubleValue());
        assertEquals(1, p.relative().denominator().signum());
        // -10% written as 10/-100 -> 5/100: +15 points, +150%; and 5% as -5/-100 after it
        PointChange q = PointChange.between(Ratio.of(10, -100), Ratio.of(-5, -100));
        assertEquals(15.0, q.points().doubleValue());
        assertEquals(1.5, q.relative().doubleValue());
        assertEquals(1, q.relative().denominator().signum());
        // a fall with one negative denominator: 26/100 -> -20/-100 is -6 points, -6/26
        PointChange r = PointChange.between(Ratio.of(26, 100), Ratio.of(-20, -100));
        assertEquals(-6.0, r.points().doubleValue());
        assertDecimal("-0.2307692307692307692307692307692308", r.relative().toBigDecimal());
    }

    @Test
    void anUndefinedRateMakesBothResultsUndefinedAndNamesIt() {
        PointChange p = PointChange.between(Ratio.of(0, 0), Ratio.of(26, 100));
        assertFalse(p.points().isDefined());
        assertEquals(Optional.of("rate before is undefined: 0/0 is undefined"), p.points().undefinedReason());
        assertEquals(Optional.of("rate before is undefined: 0/0 is undefined"), p.relative().undefinedReason());
        PointChange q = PointChange.between(Ratio.of(1, 4), Ratio.of(3, 0));
        assertEquals(Optional.of("rate after is undefined: division by zero: 3/0"), q.points().undefinedReason());
        assertEquals(Optional.of("rate after is undefined: division by zero: 3/0"), q.relative().undefinedReason());
        assertEquals("1/4 = 0.25 → 3/0 undefined: division by zero: 3/0: undefined: rate after is undefined:"
                + " division by zero: 3/0", q.toString());
        // the undefined points keep 100 * (3*4 - 1*0) / (4*0) = 1200/0
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> q.toPointsString(1, RoundingMode.HALF_UP));
        assertEquals("ratio 1200/0 is undefined: rate after is undefined: division by zero: 3/0", e.getMessage());
    }

    @Test
    void aZeroRateBeforeHasPointsButNoRelativeChange() {
        // 0% -> 3%: +3 points; relative change from a zero base is undefined
        PointChange p = PointChange.between(Ratio.of(0, 100), Ratio.of(3, 100));
        assertEquals(3.0, p.points().doubleValue());
        assertEquals(Optional.of("base is zero"), p.relative().undefinedReason());
    }

    @Test
    void resultsBeyondTheDoubleRangeAreUndefinedNotThrown() {
        // 1E-400 -> 1: relative change about 1E+400, beyond Double.MAX_VALUE
        PointChange p = PointChange.between(Ratio.of(new BigDecimal("1E-400"), BigDecimal.ONE), Ratio.of(1, 1));
        assertEquals(100.0, p.points().doubleValue(), 1e-12);
        assertEquals(Optional.of("relative change is outside the range of a double"), p.relative().undefinedReason());
        // 0 -> 1E+307: 1E+309 points
        PointChange q = PointChange.between(Ratio.of(0, 1), Ratio.of(new BigDecimal("1E+307"), BigDecimal.ONE));
        assertEquals(Optional.of("points change is outside the range of a double"), q.points().undefinedReason());
    }

    @Test
    void equalityFollowsTheRates() {
        PointChange p = PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
        assertEquals(p, PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100)));
        assertEquals(p.hashCode(), PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100)).hashCode());
        // same values, other inputs: a different change, as for Ratio
        assertNotEquals(p, PointChange.between(Ratio.of(1, 5), Ratio.of(26, 100)));
        assertNotEquals(p, PointChange.between(Ratio.of(26, 100), Ratio.of(20, 100)));
    }

    @Test
    void nullsAreRejected() {
        assertEquals("before", assertThrows(NullPointerException.class,
                () -> PointChange.between(null, Ratio.of(1, 2))).getMessage());
        assertEquals("after", assertThrows(NullPointerException.class,
                () -> PointChange.between(Ratio.of(1, 2), null)).getMessage());
        assertEquals("mode", assertThrows(NullPointerException.class,
                () -> PointChange.between(Ratio.of(1, 2), Ratio.of(1, 2)).toPointsString(1, null)).getMessage());
    }
}
