package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code StrongComponents.largeDepth}: large components counted along the longest downstream chain. */
class StrongComponentsDepthTest {

    /*
     * 0 ⇄ 1 → 2 ⇄ 3 → 4: components {0, 1} → {2, 3} → {4}, one chain.
     * Rows: 0: [1]; 1: [0, 2]; 2: [3]; 3: [2, 4]; 4: [].
     */
    private static final int[] ROW_START = {0, 1, 3, 4, 6, 6};
    private static final int[] COL = {1, 0, 2, 3, 2, 4};

    @Test
    void countsTheComponentsLargerThanTheLimitOnTheLongestChain() {
        StrongComponents parts = StrongComponents.of(5, ROW_START, COL, null);
        assertEquals(3, parts.count);
        // limit 0: all three components are large, all on one chain
        assertEquals(3, parts.largeDepth(ROW_START, COL, 0));
        // limit 1: {0, 1} and {2, 3} (2 states each) are large: 2
        assertEquals(2, parts.largeDepth(ROW_START, COL, 1));
        // limit 2: none is large: at least 1
        assertEquals(1, parts.largeDepth(ROW_START, COL, 2));
    }

    @Test
    void aRemovedStateCutsTheChain() {
        // without 2: {0, 1} has no way on ({0, 1} → 2 is gone); {3} → {4} remains: depth 2 at limit 0
        boolean[] removed = {false, false, true, false, false};
        StrongComponents parts = StrongComponents.of(5, ROW_START, COL, removed);
        assertEquals(3, parts.count);
        assertEquals(-1, parts.component[2]);
        assertEquals(2, parts.largeDepth(ROW_START, COL, 0));
        // limit 1: only {0, 1} is large
        assertEquals(1, parts.largeDepth(ROW_START, COL, 1));
    }

    @Test
    void branchesTakeTheLongerChain() {
        // 0 → 1 ⇄ 2 and 0 → 3 (single): limit 0 gives 1 + max(1, 1) = 2; limit 1: {1, 2} only, 1
        int[] rowStart = {0, 2, 3, 4, 4};
        int[] col = {1, 3, 2, 1};
        StrongComponents parts = StrongComponents.of(4, rowStart, col, null);
        assertEquals(3, parts.count);
        assertEquals(2, parts.largeDepth(rowStart, col, 0));
        assertEquals(1, parts.largeDepth(rowStart, col, 1));
    }
}
