package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class MarkovChainProperties {

    /** P from the exposed transition matrix by a dense LU solve of (I − Q) h = b. */
    private static double denseConversionProbability(MarkovChain chain) {
        List<String> states = chain.states();
        int n = states.size();
        if (n == 0) {
            return 0; // every path had zero weight
        }
        RealMatrix a = new Array2DRowRealMatrix(n, n);
        RealVector b = new ArrayRealVector(n);
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            a.setEntry(i, i, 1);
        }
        for (MarkovTransition t : chain.transitions()) {
            if (t.from().equals(MarkovChain.START)) {
                start[states.indexOf(t.to())] = t.probability();
            } else if (t.to().equals(MarkovChain.CONVERSION)) {
                b.setEntry(states.indexOf(t.from()), t.probability());
            } else if (!t.to().equals(MarkovChain.NULL)) {
                int i = states.indexOf(t.from());
                int j = states.indexOf(t.to());
                a.addToEntry(i, j, -t.probability());
            }
        }
        RealVector h = new LUDecomposition(a).getSolver().solve(b);
        double p = 0;
        for (int i = 0; i < n; i++) {
            p += start[i] * h.getEntry(i);
        }
        return p;
    }

    @Test
    void theIterativeSolveAgreesWithADenseDirectSolve() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            PathSet paths = RandomPaths.build(RandomPaths.rows(new Random(seed), 4));
            for (int order = 1; order <= 2; order++) {
                MarkovChain chain = MarkovModel.ofOrder(order).fit(paths);
                double dense = denseConversionProbability(chain);
                assertEquals(dense, chain.conversionProbability(), 1e-12 * Math.max(dense, 1e-300) + 1e-15);
            }
        });
    }

    @Test
    void transitionProbabilitiesLeavingEveryStateSumToOne() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            PathSet paths = RandomPaths.build(RandomPaths.rows(new Random(seed), 4));
            MarkovChain chain = MarkovModel.ofOrder(2).fit(paths);
            java.util.Map<String, Double> out = new java.util.HashMap<>();
            chain.transitions().forEach(t -> out.merge(t.from(), t.probability(), Double::sum));
            out.forEach((state, sum) -> assertEquals(1.0, sum, 1e-12, state));
        });
    }
}
