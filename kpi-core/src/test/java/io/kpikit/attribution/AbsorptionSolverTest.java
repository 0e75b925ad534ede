package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AbsorptionSolver} on chains that cycle so tightly that Gauss–Seidel's bounds stop
 * moving, from rounding, before they are 1e-12 apart.
 */
class AbsorptionSolverTest {

    /**
     * (A > B) repeated {@code n} times, 1 conversion worth CNY 515.24 and 1 null, order 1:
     * start → A 2; A → B 2n; B → A 2(n − 1), B → conversion 1, B → null 1. So h(A) = h(B) and
     * h(B) = 1/(2n) + (n − 1)/n · h(B), h = 1/2 exactly: P = 1/2, V = 515.24 / 2 = 257.62.
     * The chain leaves the loop once in 2n steps.
     */
    private static PathSet loop(int n) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            path.add("A");
            path.add("B");
        }
        return PathSet.builder(RandomPaths.CNY).add(path, 1, new BigDecimal("515.24"), 1).build();
    }

    @Test
    void boundsThatStopMovingAboveTheToleranceGiveTheAnswerToTheirFloor() {
        // n = 10,000: the bounds stop moving about 2e-12 apart relative (2^-53 ≈ 1.1e-16 per step,
        // 20,000 steps per exit), above the 1e-12 asked; the solver used to sweep 1e6 times and throw
        MarkovGraph graph = MarkovGraph.build(loop(10_000), 1);
        AbsorptionSolver.Result r = new AbsorptionSolver(graph, 0, AbsorptionSolver.TOLERANCE).solve();
        assertEquals(0.5, r.conversion, 1e-11 * 0.5);
        assertEquals(257.62, r.value, 1e-11 * 257.62);
        // the same loop solved directly, which never subtracts: as exact as double allows
        AbsorptionSolver.Result exact = new AbsorptionSolver(graph).solve();
        assertEquals(0.5, exact.conversion, 1e-15);
        assertEquals(257.62, exact.value, 1e-15 * 257.62 * 4);
    }

    @Test
    void boundsThatStopMovingBeyondTheAcceptedFloorThrowAtOnce() {
        // tolerance 1e-20, floor accepted up to 1e-17: unreachable, so the stalled bounds are
        // reported (not the 1e6-sweep limit), with an interval that holds the exact 1/2 and 257.62
        MarkovGraph graph = MarkovGraph.build(loop(300), 1);
        String message = assertThrows(IllegalStateException.class,
                () -> new AbsorptionSolver(graph, 0, 1e-20).solve()).getMessage();
        assertTrue(message.startsWith("Markov absorption probabilities must converge to within 1000 × 1.0E-20, "
                + "stalled for a component of 2 states at conversion [0.4999"), message);
        assertTrue(message.contains(", 0.5000") && message.contains("] and value [257.61")
                && message.contains(", 257.62"), message);
    }

    @Test
    void aTightLoopInsideAComponentTooLargeToEliminateIsSolvedByFitToo() {
        // a ring c0 > c1 > … > c319 > c0 makes one component of 320 states, beyond the 300 the
        // direct solver takes, so fit iterates; (c0 > c1) × 10,000 inside it stalls as above
        List<String> ring = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            ring.add("c" + i);
        }
        ring.add("c0");
        List<String> tight = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            tight.add("c0");
            tight.add("c1");
        }
        PathSet paths = PathSet.builder(RandomPaths.CNY)
                .add(ring, 1, new BigDecimal("100.00"), 1)
                .add(tight, 1, new BigDecimal("515.24"), 1)
                .build();
        MarkovGraph graph = MarkovGraph.build(paths, 1);
        assertEquals(320, graph.stateCount);
        MarkovChain chain = MarkovModel.ofOrder(1).fit(paths);
        // against state elimination of the whole component, exact to rounding
        AbsorptionSolver.Result exact = new AbsorptionSolver(graph, 320, AbsorptionSolver.TOLERANCE).solve();
        assertEquals(exact.conversion, chain.conversionProbability(), 1e-11 * exact.conversion);
        assertEquals(exact.value, chain.expectedValue(), 1e-11 * exact.value);
    }
}
