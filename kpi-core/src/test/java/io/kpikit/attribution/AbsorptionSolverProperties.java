package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * The component-wise solver (direct and iterative) against one dense LU solve of the whole
 * chain, on small random path sets that include long repeated cycles.
 */
class AbsorptionSolverProperties {

    /** Random rows plus, half the time, a path that repeats a 2–3 channel cycle up to 400 times. */
    private static List<RandomPaths.Row> rowsWithCycles(long seed) {
        Random r = new Random(seed);
        List<RandomPaths.Row> rows = new ArrayList<>(RandomPaths.rows(r, 4));
        int cycles = r.nextInt(3);
        for (int c = 0; c < cycles; c++) {
            int period = 2 + r.nextInt(2);
            List<String> cycle = new ArrayList<>();
            for (int j = 0; j < period; j++) {
                cycle.add("ch" + r.nextInt(4));
            }
            List<String> path = new ArrayList<>();
            int repeats = 1 + r.nextInt(400);
            for (int i = 0; i < repeats; i++) {
                path.addAll(cycle);
            }
            double conv = r.nextInt(3);
            BigDecimal value = conv == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(100_000), 2);
            rows.add(new RandomPaths.Row(path, conv, value, r.nextInt(3)));
        }
        return rows;
    }

    /** P and V of the chain from its exposed transitions, states containing {@code removed} set to 0. */
    private static double[] dense(MarkovChain chain, List<RandomPaths.Row> rows, String removed) {
        List<String> states = chain.states();
        int n = states.size();
        Map<String, double[]> ends = new HashMap<>(); // last state → {conversions, value}
        for (RandomPaths.Row row : rows) {
            List<String> ch = row.channels();
            if (row.conversions() + row.nulls() > 0) {
                String last = String.join(" > ", ch.subList(Math.max(0, ch.size() - chain.order()), ch.size()));
                double[] e = ends.computeIfAbsent(last, k -> new double[2]);
                e[0] += row.conversions();
                e[1] += row.value().doubleValue();
            }
        }
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            gone[i] = removed != null && Arrays.asList(states.get(i).split(" > ")).contains(removed);
        }
        RealMatrix a = new Array2DRowRealMatrix(n, n);
        RealVector b = new ArrayRealVector(n);
        RealVector c = new ArrayRealVector(n);
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            a.setEntry(i, i, 1);
        }
        for (MarkovTransition t : chain.transitions()) {
            if (t.from().equals(MarkovChain.START)) {
                start[states.indexOf(t.to())] = t.probability();
                continue;
            }
            int i = states.indexOf(t.from());
            if (gone[i]) {
                continue; // h = g = 0
            }
            if (t.to().equals(MarkovChain.CONVERSION)) {
                double[] e = ends.get(t.from());
                b.setEntry(i, t.probability());
                c.setEntry(i, t.probability() * e[1] / e[0]); // p(s → conversion) · μ(s)
            } else if (!t.to().equals(MarkovChain.NULL)) {
                a.addToEntry(i, states.indexOf(t.to()), -t.probability());
            }
        }
        DecompositionSolver lu = new LUDecomposition(a).getSolver();
        RealVector h = lu.solve(b);
        RealVector g = lu.solve(c);
        double p = 0;
        double v = 0;
        for (int i = 0; i < n; i++) {
            p += start[i] * h.getEntry(i);
            v += start[i] * g.getEntry(i);
        }
        return new double[] {p, v};
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected) + 1e-300, what);
    }

    @Test
    void conversionValueAndEveryRemovalAgreeWithADenseSolveOfTheWholeChain() {
        qt().forAll(longs().all()).checkAssert(AbsorptionSolverProperties::agreesWithDenseSolve);
    }

    @Test
    void aRemovalWhoseBoundsStallAboveTheToleranceAgreesToo() {
        // found by -Dkpi.qt.examples=10000 -Dkpi.qt.seed=31655: order 2 without ch2 leaves a loop
        // ch3 > ch0 ⇄ ch0 > ch3 left once in about 600 steps, whose value bounds stop moving
        // 1.3e-13 apart relative, above the 1.25e-13 asked; the solver threw after 1e6 sweeps
        agreesWithDenseSolve(-217477671411540L);
    }

    /** Checks the chain of {@code rowsWithCycles(seed)}, orders 1 and 2, against {@link #dense}. */
    private static void agreesWithDenseSolve(long seed) {
        List<RandomPaths.Row> rows = rowsWithCycles(seed);
        PathSet paths = RandomPaths.build(rows);
        for (int order = 1; order <= 2; order++) {
            MarkovChain chain = MarkovModel.ofOrder(order).fit(paths);
            if (chain.stateCount() == 0) {
                continue;
            }
            double[] full = dense(chain, rows, null);
            assertClose(full[0], chain.conversionProbability(), "P");
            assertClose(full[1], chain.expectedValue(), "V");
            MarkovGraph graph = MarkovGraph.build(paths, order);
            AbsorptionSolver iterative = new AbsorptionSolver(graph, 0, AbsorptionSolver.TOLERANCE);
            AbsorptionSolver.Result base = iterative.solve();
            assertClose(full[0], base.conversion, "P, iterated");
            assertClose(full[1], base.value, "V, iterated");
            for (RemovalEffect re : chain.removalEffects()) {
                int ch = paths.channels().indexOf(re.channel());
                double[] without = dense(chain, rows, re.channel());
                AbsorptionSolver.Result it = iterative.solveWithout(graph.statesContaining(ch), base);
                if (full[0] == 0) {
                    assertFalse(re.conversions().isDefined());
                } else {
                    // an error of 1e-12 · P in P and in P⁻ᶜ moves RE by at most 2e-12
                    assertEquals(1 - without[0] / full[0], re.conversions().doubleValue(), 2e-12, re.channel());
                    assertEquals(without[0], it.conversion, 1e-12 * full[0], re.channel() + " iterated");
                }
                if (full[1] > 0) {
                    assertEquals(1 - without[1] / full[1], re.value().doubleValue(), 2e-12, re.channel());
                    assertEquals(without[1], it.value, 1e-12 * full[1], re.channel() + " iterated");
                }
            }
        }
    }
}
