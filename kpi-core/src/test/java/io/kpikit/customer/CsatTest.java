package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Ratio;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsatTest {

    @Test
    void seedTargetOfNinetyPercent() {
        // 450 of 500 satisfied = 90%: meets the 90% target exactly; 449 of 500 = 89.8% does not
        Ratio csat = Csat.ofCounts(450, 500);
        assertEquals("90.0%", csat.toPercentString(1, RoundingMode.HALF_EVEN));
        assertTrue(Csat.meetsTarget(csat, 0.90));
        assertFalse(Csat.meetsTarget(Csat.ofCounts(449, 500), 0.90));
    }

    @Test
    void fivePointScaleCountsFourAndFive() {
        // 5, 4, 3, 5 -> 3 satisfied of 4 = 0.75
        assertEquals(0.75, Csat.ofScores(Csat.Scale.FIVE_POINT, 5, 4, 3, 5).doubleValue());
        // histogram of 1..5: 10, 10, 30, 30, 20 -> (30 + 20) / 100
        assertEquals(0.5, Csat.ofHistogram(Csat.Scale.FIVE_POINT, new long[] {10, 10, 30, 30, 20}).doubleValue());
    }

    @Test
    void sevenPointScaleWithItsOwnThreshold() {
        Csat.Scale seven = new Csat.Scale(1, 7, 6);
        assertEquals(7, seven.points());
        assertTrue(seven.isSatisfied(6));
        assertFalse(seven.isSatisfied(5));
        // 7, 6, 5, 5, 1 -> 2 of 5
        assertEquals(0.4, Csat.ofScores(seven, 7, 6, 5, 5, 1).doubleValue());
    }

    @Test
    void noResponsesIsUndefined() {
        Ratio none = Csat.ofScores(Csat.Scale.FIVE_POINT);
        assertEquals(Optional.of("no responses: CSAT is undefined"), none.undefinedReason());
        assertEquals("CSAT is undefined: no responses: CSAT is undefined",
                assertThrows(IllegalStateException.class, () -> Csat.meetsTarget(none, 0.9)).getMessage());
    }

    @Test
    void rejectsScoresOutsideTheScaleAndBadScales() {
        assertEquals("score must be in [1, 5], was 6 (scores[2])", assertThrows(IllegalArgumentException.class,
                () -> Csat.ofScores(Csat.Scale.FIVE_POINT, 5, 5, 6)).getMessage());
        assertEquals("score must be in [1, 5], was 0",
                assertThrows(IllegalArgumentException.class, () -> Csat.Scale.FIVE_POINT.isSatisfied(0)).getMessage());
        assertEquals("satisfiedFrom must be in [1, 7], was 8",
                assertThrows(IllegalArgumentException.class, () -> new Csat.Scale(1, 7, 8)).getMessage());
        assertEquals("max must be in (5, 105], was 5",
                assertThrows(IllegalArgumentException.class, () -> new Csat.Scale(5, 5, 5)).getMessage());
        assertEquals("countsByScore must have 5 elements (scores 1..5), was 3", assertThrows(
                IllegalArgumentException.class, () -> Csat.ofHistogram(Csat.Scale.FIVE_POINT, new long[3])).getMessage());
        assertEquals("count of score 2 must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> Csat.ofHistogram(Csat.Scale.FIVE_POINT, new long[] {0, -1, 0, 0, 0})).getMessage());
        assertEquals("satisfied must be <= responses (500), was 501",
                assertThrows(IllegalArgumentException.class, () -> Csat.ofCounts(501, 500)).getMessage());
        assertEquals("target must be in [0.0, 1.0], was 90.0",
                assertThrows(IllegalArgumentException.class,
                        () -> Csat.meetsTarget(Csat.ofCounts(1, 2), 90)).getMessage());
    }
}
