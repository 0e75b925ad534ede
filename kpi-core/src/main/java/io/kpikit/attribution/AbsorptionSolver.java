package io.kpikit.attribution;

import java.util.Arrays;

/**
 * Solves the absorption equations of a {@link MarkovGraph} exactly, to a stated tolerance.
 *
 * <p>For transient states the probability of ending in conversion, {@code h}, and the
 * expected conversion value collected, {@code g}, satisfy {@code h = Q h + b} and
 * {@code g = Q g + c}, with {@code Q} the transient-to-transient probabilities,
 * {@code b(s) = p(s → conversion)} and {@code c(s) = p(s → conversion) · μ(s)}. The chain's
 * value {@code V = Σ_s x(s) · p(s → conversion) · μ(s)}, with {@code x} the expected visits from
 * start, equals {@code Σ_s p(start → s) · g(s)}: both are {@code π (I − Q)⁻¹ c}.
 *
 * <p>Method: the transient states are split into strongly connected components
 * ({@link StrongComponents}) and the components are solved one at a time, downstream first,
 * so that every transition leaving a component lands on a state already solved and enters
 * the right-hand side. How long the chain cycles inside a component does not matter:
 * <ul>
 *   <li>A component of at most {@link #DIRECT_LIMIT} states is solved directly, by state
 *       elimination in the Grassmann–Taksar–Heyman form: eliminating a state moves its
 *       transitions onto the states that lead to it, and the probability of leaving a state
 *       that is eliminated is computed as the sum of its remaining exits, never as
 *       {@code 1 − q(s → s)}. Every step adds, multiplies or divides non-negative numbers,
 *       so no digits cancel and the relative error of each result is a few units of
 *       rounding per elimination step (about 1e-16 each), however ill-conditioned
 *       {@code I − Q} is: a plain LU factorisation of a two-state loop left once in 150,000
 *       steps loses about five digits, this loses none. At most 300 states keep the
 *       {@code m³/3} elimination under ten million operations and its accumulated rounding
 *       far below 1e-12; the dense cross-check property verifies it.</li>
 *   <li>A larger component is solved by Gauss–Seidel sweeps over its sparse rows (states in
 *       reverse order of first appearance), run twice at once: from below (starting at 0) and
 *       from above (starting at a super-solution: the largest of 1, resp. the largest
 *       {@code value / (conversions + nulls)} of a state, and the values already solved
 *       downstream; exactly 0 for states that cannot reach a conversion, found by a reverse
 *       graph search). Because {@code Q} is non-negative both sequences are monotone and
 *       bracket the component's exact solution, so the gap between them bounds the error.
 *       A sweep stops when every state's gap is at most {@code 1e-12 / d} of its value (the
 *       base chain), or of the base chain's {@code P} and {@code V} (removal solves), with
 *       {@code d} the most large components on any downstream chain; errors passed on from
 *       downstream are never amplified (rows of {@code (I − Q)⁻¹ R} sum to at most 1), so
 *       the errors of {@code P}, {@code V}, {@code P⁻ᶜ} and {@code V⁻ᶜ} stay within 1e-12
 *       of the base chain's {@code P} and {@code V}.
 *       <p>Rounding puts a floor under the gap: each sweep rounds every bound by about an ulp,
 *       and a component the chain leaves once in {@code N} steps carries that on for about
 *       {@code N} steps, so there the bounds stop moving some {@code N} ulps apart (relative
 *       1.3e-13 for {@code N} = 600, 2e-12 for {@code N} = 20,000), which can be above the
 *       {@code 1e-12 / d} asked. Both bounds are clamped to move only towards each other, so
 *       in floating point too they reach a fixpoint, a sweep that changes no bound, within a
 *       sweep of stalling; there the sweeps stop, the gap being as small as double arithmetic
 *       makes it, and it is accepted up to {@link #FLOOR_FACTOR} times the tolerance (else
 *       {@link IllegalStateException}). So the errors above are within 1e-12 or that floor,
 *       whichever is larger, and never beyond 1e-9 (up to rounding of the floor's own size:
 *       the bounds are computed in floating point). A stalling component ends at once; only
 *       one that still converges, too slowly (a million sweeps), runs into the sweep
 *       limit.</li>
 * </ul>
 *
 * <p>Removing a channel sets {@code h} and {@code g} of every state containing it to 0 (every
 * transition into it goes to null); the components are recomputed without those states.
 */
final class AbsorptionSolver {

    /** Relative tolerance of every probability and value this solver returns, where rounding allows. */
    static final double TOLERANCE = 1e-12;
    /** The largest component solved directly; larger ones are iterated. */
    static final int DIRECT_LIMIT = 300;
    /**
     * How far beyond the tolerance an iterated component may stay where double arithmetic
     * cannot reach the tolerance: its bounds stop moving with a larger gap (1e-9 in all).
     */
    static final int FLOOR_FACTOR = 1000;
    private static final int MAX_SWEEPS = 1_000_000;

    private final MarkovGraph graph;
    private final int directLimit;
    private final double tolerance;
    private final double[] prob;
    private final double[] bConv;
    private final double[] bValue;
    private final double[] startProb;
    private final double valueBound;
    /** Whether a state can reach conversion / a conversion with value; where not, h / g is exactly 0. */
    private final boolean[] canConvert;
    private final boolean[] canEarn;

    AbsorptionSolver(MarkovGraph graph) {
        this(graph, DIRECT_LIMIT, TOLERANCE);
    }

    /**
     * A solver that solves components of at most {@code directLimit} states directly and
     * iterates larger ones to {@code tolerance} (tests use 0 and other tolerances).
     */
    AbsorptionSolver(MarkovGraph graph, int directLimit, double tolerance) {
        this.graph = graph;
        this.directLimit = directLimit;
        this.tolerance = tolerance;
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

        Result(double conversion, double value) {
            this.conversion = conversion;
            this.value = value;
        }
    }

    /** Solves the full chain, to the relative tolerance (see the class comment for the floor). */
    Result solve() {
        return solve(null, -1, -1);
    }

    /**
     * Solves the chain with the states in {@code removed} turned into null, to an absolute
     * error of the tolerance times the base chain's {@code P} and {@code V}.
     */
    Result solveWithout(boolean[] removed, Result base) {
        return solve(removed, tolerance * base.conversion, tolerance * base.value);
    }

    /** Solves every component downstream first; {@code pAbs < 0} asks for relative tolerance. */
    private Result solve(boolean[] removed, double pAbs, double vAbs) {
        int n = graph.stateCount;
        StrongComponents parts = StrongComponents.of(n, graph.rowStart, graph.col, removed);
        int depth = parts.largeDepth(graph.rowStart, graph.col, directLimit);
        // solved states have lo == hi; removed states stay 0
        double[] hLo = new double[n];
        double[] hHi = new double[n];
        double[] gLo = new double[n];
        double[] gHi = new double[n];
        int[] local = new int[n];
        double hMax = 1;
        double gMax = valueBound;
        for (int k = 0; k < parts.count; k++) {
            if (parts.size(k) <= directLimit) {
                direct(parts, k, local, hLo, gLo);
            } else if (pAbs < 0) {
                iterate(parts, k, hLo, hHi, gLo, gHi, hMax, gMax, 0, 0, tolerance / depth);
            } else {
                iterate(parts, k, hLo, hHi, gLo, gHi, hMax, gMax,
                        pAbs / (2 * depth), vAbs / (2 * depth), tolerance / (2 * depth));
            }
            for (int i = parts.start[k]; i < parts.start[k + 1]; i++) {
                int s = parts.members[i];
                hHi[s] = hLo[s];
                gHi[s] = gLo[s];
                hMax = Math.max(hMax, hLo[s]);
                gMax = Math.max(gMax, gLo[s]);
            }
        }
        double p = 0;
        double v = 0;
        for (int s = 0; s < n; s++) {
            double w = startProb[s];
            if (w != 0) {
                p += w * hLo[s];
                v += w * gLo[s];
            }
        }
        return new Result(p, v);
    }

    /**
     * Solves component {@code k} by state elimination on its transition weights (rows are
     * left unnormalised: the elimination only uses ratios within a row), writing {@code h}
     * and {@code g} of its states.
     */
    private void direct(StrongComponents parts, int k, int[] local, double[] h, double[] g) {
        int from = parts.start[k];
        int m = parts.size(k);
        int[] rowStart = graph.rowStart;
        int[] col = graph.col;
        int[] component = parts.component;
        for (int i = 0; i < m; i++) {
            local[parts.members[from + i]] = i;
        }
        double[] q = new double[m * m];
        double[] exit = new double[m];
        double[] bh = new double[m];
        double[] bg = new double[m];
        for (int i = 0; i < m; i++) {
            int s = parts.members[from + i];
            double out = graph.convWeight[s] + graph.nullWeight[s];
            double rh = graph.convWeight[s];
            double rg = graph.valueEnd[s];
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                int t = col[e];
                double w = graph.weight[e];
                if (component[t] == k) {
                    q[i * m + local[t]] += w;
                } else {
                    // leaves the component: to a solved state (or a removed one, which is 0)
                    out += w;
                    rh += w * h[t];
                    rg += w * g[t];
                }
            }
            exit[i] = out;
            bh[i] = rh;
            bg[i] = rg;
        }
        double[] leave = new double[m];
        for (int j = m - 1; j >= 0; j--) {
            int row = j * m;
            double d = exit[j];
            for (int c = 0; c < j; c++) {
                d += q[row + c];
            }
            leave[j] = d;
            for (int i = 0; i < j; i++) {
                double qij = q[i * m + j];
                if (qij == 0) {
                    continue;
                }
                double f = qij / d;
                int ri = i * m;
                for (int c = 0; c < j; c++) {
                    q[ri + c] += f * q[row + c];
                }
                exit[i] += f * exit[j];
                bh[i] += f * bh[j];
                bg[i] += f * bg[j];
            }
        }
        double[] xh = new double[m];
        double[] xg = new double[m];
        for (int j = 0; j < m; j++) {
            int row = j * m;
            double sh = bh[j];
            double sg = bg[j];
            for (int c = 0; c < j; c++) {
                sh += q[row + c] * xh[c];
                sg += q[row + c] * xg[c];
            }
            xh[j] = sh / leave[j];
            xg[j] = sg / leave[j];
            int s = parts.members[from + j];
            h[s] = xh[j];
            g[s] = xg[j];
        }
    }

    /**
     * Solves component {@code k} by bracketed Gauss–Seidel sweeps, leaving the midpoint in
     * {@code hLo} and {@code gLo}. A state has converged when its gap is at most
     * {@code pAbs} (resp. {@code vAbs}) or {@code rel} times its upper bound. Both bounds only
     * ever move towards each other (clamped, so in floating point too), so unless every state
     * converges they reach a fixpoint, a sweep that changes neither bound of any state, as soon
     * as rounding stops their progress: there the gaps are as small as double arithmetic can
     * make them and are accepted if within {@link #FLOOR_FACTOR} times the tolerance.
     */
    private void iterate(StrongComponents parts, int k, double[] hLo, double[] hHi, double[] gLo, double[] gHi,
                         double hMax, double gMax, double pAbs, double vAbs, double rel) {
        int[] rowStart = graph.rowStart;
        int[] col = graph.col;
        int[] members = Arrays.copyOfRange(parts.members, parts.start[k], parts.start[k + 1]);
        Arrays.sort(members);
        for (int s : members) {
            hLo[s] = 0;
            gLo[s] = 0;
            hHi[s] = canConvert[s] ? hMax : 0;
            gHi[s] = canEarn[s] ? gMax : 0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean done = true;
            boolean moved = false;
            for (int i = members.length - 1; i >= 0; i--) {
                int s = members[i];
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
                hl = Math.max(hl, hLo[s]);
                hh = Math.min(hh, hHi[s]);
                gl = Math.max(gl, gLo[s]);
                gh = Math.min(gh, gHi[s]);
                if (!moved && (hl != hLo[s] || hh != hHi[s] || gl != gLo[s] || gh != gHi[s])) {
                    moved = true;
                }
                hLo[s] = hl;
                hHi[s] = hh;
                gLo[s] = gl;
                gHi[s] = gh;
                if (done && (hh - hl > Math.max(pAbs, rel * hh) || gh - gl > Math.max(vAbs, rel * gh))) {
                    done = false;
                }
            }
            if (done || !moved) {
                if (!done) {
                    checkFloor(members, hLo, hHi, gLo, gHi, FLOOR_FACTOR * pAbs, FLOOR_FACTOR * vAbs,
                            FLOOR_FACTOR * rel);
                }
                for (int s : members) {
                    hLo[s] = (hLo[s] + hHi[s]) / 2;
                    gLo[s] = (gLo[s] + gHi[s]) / 2;
                }
                return;
            }
        }
        throw new IllegalStateException("Markov absorption probabilities must converge within " + MAX_SWEEPS
                + " sweeps, did not for a component of " + members.length + " states");
    }

    /**
     * Throws if a state's gap at a fixpoint is beyond {@code pAbs} (resp. {@code vAbs}) and
     * beyond {@code rel} times its upper bound.
     */
    private void checkFloor(int[] members, double[] hLo, double[] hHi, double[] gLo, double[] gHi,
                                   double pAbs, double vAbs, double rel) {
        for (int s : members) {
            double hGap = hHi[s] - hLo[s];
            double gGap = gHi[s] - gLo[s];
            if (hGap > Math.max(pAbs, rel * hHi[s]) || gGap > Math.max(vAbs, rel * gHi[s])) {
                throw new IllegalStateException("Markov absorption probabilities must converge to within "
                        + FLOOR_FACTOR + " × " + tolerance + ", stalled for a component of " + members.length
                        + " states at conversion [" + hLo[s] + ", " + hHi[s] + "] and value [" + gLo[s] + ", "
                        + gHi[s] + "]");
            }
        }
    }
}
