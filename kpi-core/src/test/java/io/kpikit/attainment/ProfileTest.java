package io.kpikit.attainment;

import static io.kpikit.attainment.AttainmentTest.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void shareDueAfterElapsedPeriods() {
        assertEquals(Ratio.of(6, 12), Profile.equal(12).shareThrough(6));
        // 1 + 1 + 1 of 1 + 1 + 1 + 2 = 3/5
        assertEquals(0.6, Profile.quarterly(1, 1, 1, 2).shareThrough(3).doubleValue());
        assertEquals(0.0, Profile.equal(4).shareThrough(0).doubleValue());
        assertEquals(1.0, Profile.equal(4).shareThrough(4).doubleValue());
    }

    @Test
    void weightsAreValidated() {
        assertEquals("weights[2] must be >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> Profile.of(1, 1, -1)).getMessage());
        assertEquals("weights[0] must be a finite number, was NaN", assertThrows(IllegalArgumentException.class,
                () -> Profile.of(Double.NaN)).getMessage());
        assertEquals("weights must not all be zero, were [0.0, 0.0]", assertThrows(IllegalArgumentException.class,
                () -> Profile.of(0, 0)).getMessage());
        assertEquals("weights must not be empty", assertThrows(IllegalArgumentException.class,
                () -> Profile.of(new double[0])).getMessage());
        assertEquals("a monthly profile must have 12 weights, was 11", assertThrows(IllegalArgumentException.class,
                () -> Profile.monthly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).getMessage());
        assertEquals("a quarterly profile must have 4 weights, was 3", assertThrows(IllegalArgumentException.class,
                () -> Profile.quarterly(1, 1, 1)).getMessage());
        assertEquals("periods must be > 0, was 0", assertThrows(IllegalArgumentException.class,
                () -> Profile.equal(0)).getMessage());
        assertEquals("elapsedPeriods must be in [0, 4], was 5", assertThrows(IllegalArgumentException.class,
                () -> Profile.equal(4).shareThrough(5)).getMessage());
    }

    @Test
    void equalityIsNumericAndOrdered() {
        assertEquals(Profile.of(new BigDecimal("1.0"), BigDecimal.ONE), Profile.equal(2));
        assertEquals(Profile.of(new BigDecimal("1.0"), BigDecimal.ONE).hashCode(), Profile.equal(2).hashCode());
        assertNotEquals(Profile.of(1, 2), Profile.of(2, 1));
        assertEquals("Profile[1, 1, 1, 2.0]", Profile.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("2.0")).toString());
        assertDecimal("2", Profile.quarterly(1, 1, 1, 2).weights().get(3));
    }
}
