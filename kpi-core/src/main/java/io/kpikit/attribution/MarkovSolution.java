package io.kpikit.attribution;

/**
 * The absorption probabilities of a {@link MarkovGraph}: {@code P} and {@code V} of the chain
 * and of the chain without each channel, solved by {@link AbsorptionSolver}. The one solve of
 * {@link MarkovChain#fit} and {@link MarkovChain#restore}.
 */
final class MarkovSolution {

    final double conversion;
    final double value;
    final double[] conversionWithout;
    final double[] valueWithout;

    MarkovSolution(MarkovGraph graph, int c) {
        double[] pWithout = new double[c];
        double[] vWithout = new double[c];
        double p = 0;
        double v = 0;
        if (graph.stateCount > 0) {
            AbsorptionSolver solver = new AbsorptionSolver(graph);
            AbsorptionSolver.Result base = solver.solve();
            p = base.conversion;
            v = base.value;
            for (int ch = 0; ch < c; ch++) {
                boolean[] removed = graph.statesContaining(ch);
                if (p == 0 || !any(removed)) {
                    pWithout[ch] = p;
                    vWithout[ch] = v;
                } else {
                    AbsorptionSolver.Result r = solver.solveWithout(removed, base);
                    pWithout[ch] = Math.min(p, r.conversion);
                    vWithout[ch] = Math.min(v, r.value);
                }
            }
        }
        this.conversion = p;
        this.value = v;
        this.conversionWithout = pWithout;
        this.valueWithout = vWithout;
    }

    double[] conversionWeights() {
        double[] w = new double[conversionWithout.length];
        for (int ch = 0; ch < w.length; ch++) {
            w[ch] = conversion - conversionWithout[ch];
        }
        return w;
    }

    double[] valueWeights() {
        double[] w = new double[valueWithout.length];
        for (int ch = 0; ch < w.length; ch++) {
            w[ch] = value - valueWithout[ch];
        }
        return w;
    }

    /** Whether some channel has a positive removal effect, as {@link Attribution} needs to credit one. */
    boolean creditsAChannel() {
        for (double w : conversionWeights()) {
            if (w > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }
}
