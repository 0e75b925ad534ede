package io.kpikit.attribution;

import java.util.Arrays;

/**
 * Solves the absorption equations of a {@link MarkovGraph} exactly, to a certified tolerance.
 *
 * <p>For transient states the probability of ending in conversion, {@code h}, and the
 * expected conversion value collected, {@code g}, satisfy {@code h = Q h + b} and
 * {@code g = Q g + c}, with {@code Q} the transient-to-transient probabilities,
 * {@code b(s) = p(s → conversion)} and {@code c(s) = p(s → conversion) · μ(s)}. The chain's
 * value {@code V = Σ_s x(s) · p(s → conversion) · μ(s)}, with {@code x} the expected visits from
 * start, equals {@code Σ_s p(start → s) · g(s)}: both are {@code π (I − Q)⁻¹ c}.
 *
 * <p>Method: Gauss–Seidel sweeps over the sparse rows (states in reverse order of first
 * appearance, which resolves acyclic parts in one sweep), run twice at once: from below
 * (starting at 0) and from above (starting at a super-solution: 1 for {@code h}, the largest
 * {@code value / (conversions + nulls)} of a state for {@code g}; exactly 0 for states that
 * cannot reach a conversion, found by a reverse graph search). Because {@code Q} is
 * non-negative both sequences are monotone and bracket the exact solution, so the gap between
 * them bounds the error; iteration stops when the gap of {@code P} and of {@code V} from start
 * is at most the requested tolerance, and the midpoint is returned.
 *
 * <p>Removing a channel sets {@code h} and {@code g} of every state containing it to 0 (every
 * transition into it goes to null).
 */
final class AbsorptionSolver {

    /** Relative tolerance of every probability and value this solver returns. */
    static final double TOLERANCE = 1e-12;
    private static final int MAX_SWEEPS = 1_000_000;

    private final MarkovGraph graph;
    private final double[] prob;
    private final double[] bConv;
    private final double[] bValue;
    private final double[] startProb;
    private final double valueBound;
    /** Whether a state can reach conversion / a conversion with value; where not, h / g is exactly 0. */
    private final boolean[] canConvert;
    private final boolean[] canEarn;

    AbsorptionSolver(MarkovGraph graph) {
        this.graph = graph;
        int n = graph.stateCount;
        prob = new double[graph.col.length];
        bConv = new double[n];
        bValue = new double[n];
        startProb = new double[n];
        double bound = 0;
        for (int s = 0; s < n; s++) {
            double out = graph.outWeight[s];
            for (int e = graph.rowStart[s]; e < graph.rowStart[s + 1]; e++) {
                prob[e] = graph.weight[e] / out;
            }
            bConv[s] = graph.convWeight[s] / out;
            bValue[s] = graph.valueEnd[s] / out;
            double ends = graph.convWeight[s] + graph.nullWeight[s];
            if (ends > 0) {
                bound = Math.max(bound, graph.valueEnd[s] / ends);
            }
            startProb[s] = graph.startTotal > 0 ? graph.startWeight[s] / graph.startTotal : 0;
        }
        this.valueBound = bound;
        this.canConvert = reaching(graph.convWeight);
        this.canEarn = reaching(graph.valueEnd);
    }

    /** Marks the states from which some state with a positive {@code end} weight is reachable. */
    private boolean[] reaching(double[] end) {
        int n = graph.stateCount;
        int[] rowStart = graph.rowStart;
        int[] col = graph.col;
        int[] revStart = new int[n + 1];
        for (int e = 0; e < col.length; e++) {
            revStart[col[e] + 1]++;
        }
        for (int s = 0; s < n; s++) {
            revStart[s + 1] += revStart[s];
        }
        int[] fill = Arrays.copyOf(revStart, n);
        int[] rev = new int[col.length];
        for (int s = 0; s < n; s++) {
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                rev[fill[col[e]]++] = s;
            }
        }
        boolean[] marked = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        for (int s = 0; s < n; s++) {
            if (end[s] > 0) {
                marked[s] = true;
                stack[top++] = s;
            }
        }
        while (top > 0) {
            int t = stack[--top];
            for (int e = revStart[t]; e < revStart[t + 1]; e++) {
                int s = rev[e];
                if (!marked[s]) {
                    marked[s] = true;
                    stack[top++] = s;
                }
            }
        }
        return marked;
    }

    /** The probability of conversion {@code P} and the expected value {@code V} from start. */
    static final class Result {
        final double conversion;
        final double value;
        final double[] conversionUpper;
        final double[] valueUpper;

        Result(double conversion, double value, double[] conversionUpper, double[] valueUpper) {
            this.conversion = conversion;
            this.value = value;
            this.conversionUpper = conversionUpper;
            this.valueUpper = valueUpper;
        }
    }

    /** Solves the full chain, to relative tolerance {@link #TOLERANCE}. */
    Result solve() {
        double[] hHi = new double[graph.stateCount];
        double[] gHi = new double[graph.stateCount];
        for (int s = 0; s < graph.stateCount; s++) {
            hHi[s] = canConvert[s] ? 1 : 0;
            gHi[s] = canEarn[s] ? valueBound : 0;
        }
        return iterate(null, hHi, gHi, -1, -1);
    }

    /**
     * Solves the chain with the states in {@code removed} turned into null, starting from the
     * upper bounds of {@code base} (a super-solution, since removal only lowers), to an absolute
     * gap of {@link #TOLERANCE} times the base chain's {@code P} and {@code V}.
     */
    Result solveWithout(boolean[] removed, Result base) {
        return iterate(removed, base.conversionUpper.clone(), base.valueUpper.clone(),
                TOLERANCE * base.conversion, TOLERANCE * base.value);
    }

    private Result iterate(boolean[] removed, double[] hHi, double[] gHi, double pTol, double vTol) {
        int n = graph.stateCount;
        int[] rowStart = graph.rowStart;
        int[] col = graph.col;
        double[] hLo = new double[n];
        double[] gLo = new double[n];
        if (removed != null) {
            for (int s = 0; s < n; s++) {
                if (removed[s]) {
                    hHi[s] = 0;
                    gHi[s] = 0;
                }
            }
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            for (int s = n - 1; s >= 0; s--) {
                if (removed != null && removed[s]) {
                    continue;
                }
                double hl = bConv[s];
                double hh = hl;
                double gl = bValue[s];
                double gh = gl;
                for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                    int t = col[e];
                    double p = prob[e];
                    hl += p * hLo[t];
                    hh += p * hHi[t];
                    gl += p * gLo[t];
                    gh += p * gHi[t];
                }
                hLo[s] = hl;
                hHi[s] = Math.min(hh, hHi[s]);
                gLo[s] = gl;
                gHi[s] = Math.min(gh, gHi[s]);
            }
            double pLo = 0;
            double pHi = 0;
            double vLo = 0;
            double vHi = 0;
            for (int s = 0; s < n; s++) {
                double w = startProb[s];
                if (w != 0) {
                    pLo += w * hLo[s];
                    pHi += w * hHi[s];
                    vLo += w * gLo[s];
                    vHi += w * gHi[s];
                }
            }
            double pt = pTol >= 0 ? pTol : TOLERANCE * pHi;
            double vt = vTol >= 0 ? vTol : TOLERANCE * vHi;
            if (pHi - pLo <= pt && vHi - vLo <= vt) {
                return new Result((pLo + pHi) / 2, (vLo + vHi) / 2, hHi, gHi);
            }
        }
        throw new IllegalStateException("Markov absorption probabilities must converge within " + MAX_SWEEPS
                + " sweeps, did not for " + n + " states");
    }
}
