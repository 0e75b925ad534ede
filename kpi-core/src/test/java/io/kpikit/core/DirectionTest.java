package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void favourableFollowsPolarity() {
        assertTrue(Direction.HIGHER_IS_BETTER.isFavourable(0.22));
        assertFalse(Direction.HIGHER_IS_BETTER.isFavourable(-0.08));
        assertTrue(Direction.LOWER_IS_BETTER.isFavourable(-0.08));
        assertFalse(Direction.LOWER_IS_BETTER.isFavourable(0.15));
        assertFalse(Direction.LOWER_IS_BETTER.isFavourable(0.0));
        assertThrows(IllegalArgumentException.class, () -> Direction.LOWER_IS_BETTER.isFavourable(Double.NaN));
    }

    @Test
    void meetsOrBeats() {
        assertTrue(Direction.HIGHER_IS_BETTER.meetsOrBeats(120, 100));
        assertTrue(Direction.HIGHER_IS_BETTER.meetsOrBeats(100, 100));
        assertFalse(Direction.HIGHER_IS_BETTER.meetsOrBeats(98, 100));
        assertTrue(Direction.LOWER_IS_BETTER.meetsOrBeats(2800, 3000));
        assertFalse(Direction.LOWER_IS_BETTER.meetsOrBeats(3200, 3000));
    }
}
