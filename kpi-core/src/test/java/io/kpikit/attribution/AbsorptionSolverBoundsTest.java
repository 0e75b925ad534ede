package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AbsorptionSolver}: the value bound with fractional weights, the asked tolerance as a law, no start weight. */
class AbsorptionSolverBoundsTest {

    /** (A > B) × n once, with the given conversions, value and nulls. */
    private static PathSet loop(int n, double conversions, String value, double nulls) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            path.add("A");
            path.add("B");
        }
        return PathSet.builder(RandomPaths.CNY).add(path, conversions, new BigDecimal(value), nulls).build();
    }

    @Test
    void endWeightsBelowOneStillBoundTheValueFromAbove() {
        // B → conversion 0.25 (CNY 515.24), B → null 0.25: h = 0.25 / 0.5 = 1/2 and the value per
        // conversion is 515.24 / 0.25 = 2,060.96, so g = V = 1,030.48, above 515.24 × 0.5
        MarkovGraph graph = MarkovGraph.build(loop(50, 0.25, "515.24", 0.25), 1);
        AbsorptionSolver.Result r = new AbsorptionSolver(graph, 0, AbsorptionSolver.TOLERANCE).solve();
        assertEquals(0.5, r.conversion, 1e-12 * 0.5);
        assertEquals(1030.48, r.value, 1e-12 * 1030.48 * 4);
    }

    @Test
    void theIteratedAnswerIsWithinTheAskedToleranceOfTheExactOne() {
        // B → conversion 1 (CNY 1.00), B → null 99: h = 1/100, g = 1/100 × 1.00 = 0.01; the chain
        // leaves the loop once in 2,000 steps, so loose tolerances stop long before the floor
        MarkovGraph graph = MarkovGraph.build(loop(1_000, 1, "1.00", 99), 1);
        for (double tol : new double[] {1e-2, 1e-3, 1e-4, 1e-6, 1e-9}) {
            AbsorptionSolver.Result r = new AbsorptionSolver(graph, 0, tol).solve();
            assertTrue(Math.abs(r.conversion - 0.01) <= tol * 0.01, tol + ": P = " + r.conversion);
            assertTrue(Math.abs(r.value - 0.01) <= tol * 0.01, tol + ": V = " + r.value);
        }
    }

    @Test
    void removingAStateIsWithinTheAskedToleranceOfTheBaseAnswer() {
        // (A > B) × 1,000 and (A > C) × 1,000, each converting once (CNY 1.00) with 99 nulls:
        // P and V about 0.01, so the absolute tolerance tol × P is far below tol. Removing C
        // turns A → C into null and leaves the slow A ⇄ B loop to iterate; the answer without C
        // is checked against state elimination of the same chain
        PathSet paths = PathSet.builder(RandomPaths.CNY)
                .add(loopPath(1_000, "B"), 1, new BigDecimal("1.00"), 99)
                .add(loopPath(1_000, "C"), 1, new BigDecimal("1.00"), 99)
                .build();
        MarkovGraph graph = MarkovGraph.build(paths, 1);
        AbsorptionSolver exact = new AbsorptionSolver(graph, 1_000, AbsorptionSolver.TOLERANCE);
        AbsorptionSolver.Result exactBase = exact.solve();
        int c = paths.channels().indexOf("C");
        AbsorptionSolver.Result exactWithout = exact.solveWithout(graph.statesContaining(c), exactBase);
        assertTrue(exactBase.conversion < 0.02 && exactWithout.conversion > 0, exactBase.conversion + " "
                + exactWithout.conversion);
        for (double tol : new double[] {1e-2, 1e-3, 1e-4, 1e-6}) {
            AbsorptionSolver it = new AbsorptionSolver(graph, 0, tol);
            AbsorptionSolver.Result base = it.solve();
            AbsorptionSolver.Result without = it.solveWithout(graph.statesContaining(c), base);
            // the promise: an absolute error of tol × the base P and V
            assertTrue(Math.abs(without.conversion - exactWithout.conversion) <= tol * exactBase.conversion,
                    tol + ": P⁻ᶜ = " + without.conversion + " vs " + exactWithout.conversion);
            assertTrue(Math.abs(without.value - exactWithout.value) <= tol * exactBase.value,
                    tol + ": V⁻ᶜ = " + without.value + " vs " + exactWithout.value);
        }
    }

    /** (A > X) × n. */
    private static List<String> loopPath(int n, String x) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            path.add("A");
            path.add(x);
        }
        return path;
    }
    @Test
    void aRestoredChainWithoutStartWeightHasProbabilityZero() {
        // one state that only ends in null and is never entered: P = 0, V = 0 (not 0/0)
        MarkovChain chain = MarkovChain.restore(1, List.of("A"),
                List.of(new MarkovChain.State(List.of("A"), 0, 0, 1, 0)), List.of(), 0, Money.parse("CNY 0.00"));
        assertEquals(0.0, chain.conversionProbability());
        assertEquals(0.0, chain.expectedValue());
    }
}
