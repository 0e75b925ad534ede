package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointChangeTest {

    @Test
    void shareFromTwentyToTwentySixPercentIsSixPointsAndThirtyPercent() {
        // points: (0.26 - 0.20) * 100 = 6; relative: 0.06 / 0.20 = 0.3
        PointChange p = PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
        assertEquals(0, new BigDecimal("6").compareTo(p.points().toBigDecimal()));
        assertEquals(6.0, p.points().doubleValue());
        assertEquals(0.3, p.relative().doubleValue());
        assertEquals("30%", p.relative().toPercentString(0, RoundingMode.HALF_UP));
        assertEquals(Ratio.of(20, 100), p.previous());
        assertEquals(Ratio.of(26, 100), p.current());
        assertEquals("0.2 -> 0.26: 6.00 points", p.toString());
    }

    @Test
    void aFallInPoints() {
        // conversion 5% (50K of 1M) -> 4% (48K of 1.2M): -1 point, relative -0.01 / 0.05 = -20%
        PointChange p = PointChange.between(Ratio.of(50_000, 1_000_000), Ratio.of(48_000, 1_200_000));
        assertEquals(-1.0, p.points().doubleValue());
        assertEquals(-0.2, p.relative().doubleValue());
    }

    @Test
    void anUndefinedRateGivesUndefinedPoints() {
        PointChange p = PointChange.between(Ratio.of(0, 0), Ratio.of(26, 100));
        assertFalse(p.points().isDefined());
        assertEquals(Optional.of("previous rate is undefined: 0/0 is undefined"), p.points().undefinedReason());
        assertEquals(Optional.of("previous rate is undefined: 0/0 is undefined"), p.relative().undefinedReason());
        PointChange q = PointChange.between(Ratio.of(1, 4), Ratio.of(3, 0));
        assertEquals(Optional.of("current rate is undefined: division by zero: 3/0"), q.points().undefinedReason());
        assertEquals("0.25 -> undefined: undefined: current rate is undefined: division by zero: 3/0", q.toString());
    }

    @Test
    void aZeroPreviousRateHasPointsButNoRelativeChange() {
        // 0% -> 3%: +3 points; relative change from a zero base is undefined
        PointChange p = PointChange.between(Ratio.of(0, 100), Ratio.of(3, 100));
        assertEquals(3.0, p.points().doubleValue());
        assertEquals(Optional.of("base is zero"), p.relative().undefinedReason());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> PointChange.between(null, Ratio.of(1, 2)));
        assertThrows(NullPointerException.class, () -> PointChange.between(Ratio.of(1, 2), null));
    }
}
