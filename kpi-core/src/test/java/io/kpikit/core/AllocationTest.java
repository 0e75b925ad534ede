package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new BigDecimal(values[i]);
        }
        return out;
    }

    @Test
    void largestRemaindersGetTheLeftoverUnits() {
        // 10.00 by 3:3:4 at scale 0: shares 3, 3, 4 exactly
        assertArrayEquals(decimals("3", "3", "4"), Allocation.largestRemainder(new BigDecimal("10"), 0, 3.0, 3.0, 4.0));
        // 10 by 1:1:1 -> 3.33.. each; one unit left goes to the first (ties break by position)
        assertArrayEquals(decimals("4", "3", "3"), Allocation.largestRemainder(new BigDecimal("10"), 0, 1.0, 1.0, 1.0));
        // 10 by 0.15:0.35:0.5 -> 1.5, 3.5, 5: floors 1,3,5 leave 1 unit; remainders .5,.5,0 -> first
        assertArrayEquals(decimals("2", "3", "5"), Allocation.largestRemainder(new BigDecimal("10"), 0, 0.15, 0.35, 0.5));
        // 1 by 0.2:0.7:0.1 -> .2, .7, .1: the whole unit goes to the largest remainder, the second part
        assertArrayEquals(decimals("0", "1", "0"), Allocation.largestRemainder(BigDecimal.ONE, 0, 0.2, 0.7, 0.1));
    }

    @Test
    void zeroWeightsGetNothing() {
        assertArrayEquals(decimals("0.00", "5.00"), Allocation.largestRemainder(new BigDecimal("5"), 2, 0.0, 2.0));
    }

    @Test
    void rejectsBadWeightsAndTotals() {
        assertEquals("weights[1] must be >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> Allocation.largestRemainder(BigDecimal.TEN, 2, 1.0, -1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Allocation.largestRemainder(BigDecimal.TEN, 2, 0.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Allocation.largestRemainder(BigDecimal.TEN, 2, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Allocation.largestRemainder(BigDecimal.TEN, 2, Double.NaN));
        assertEquals("total must have at most 2 decimal places, was 1.005", assertThrows(IllegalArgumentException.class,
                () -> Allocation.largestRemainder(new BigDecimal("1.005"), 2, 1.0)).getMessage());
    }
}
