package io.kpikit.funnel;

import java.util.Arrays;

/**
 * Finds how far one user got through a funnel and which of their events form the counted path.
 *
 * <p>Input: the user's relevant events in time order as parallel arrays (event id, timestamp);
 * events the funnel ignores are not passed. Output: the furthest step reached (or -1) and, in
 * {@link #path()}, the position of the event matched to each step up to it.
 *
 * <p>ORDERED and STRICT: every occurrence of step 0 starts an attempt. Within an attempt an
 * occurrence {@code q} of step {@code s > 0} is <em>feasible</em> when the latest feasible
 * occurrence {@code p} of step {@code s - 1} before it exists, lies within the conversion
 * window of the entry and the step window of {@code s}, has no exclusion event cutting link
 * {@code s} between {@code p} and {@code q}, and (STRICT) is the funnel event immediately
 * before {@code q}. Taking the latest predecessor is exact: a later {@code p} only shortens the
 * gap and the stretch an exclusion could fall into. The attempt reaches the deepest step with a
 * feasible occurrence; the path is rebuilt backwards from the earliest feasible occurrence of
 * that step, taking at each step the earliest feasible occurrence compatible with the next. The
 * first attempt (earliest entry) that reaches the furthest step is the user's counted path.
 *
 * <p>ANY_ORDER: every funnel event starts a window; within it, the first occurrence of each
 * step after the start is taken; the depth is the longest prefix of steps all present, and the
 * start must be one of them (so the window starts at the path's earliest event).
 *
 * <p>Cost per user: O(events × entries). Not thread-safe; reused across users.
 */
final class PathEvaluator {

    private final int k;
    private final FunnelOrder order;
    private final long window;
    private final long[] stepWindow;
    private final int[] exclusionMasks;
    private final int[] latest;
    private final int[] lastExclusion;
    private final int[] path;
    private int[] stamp = new int[16];
    private int attempt;

    PathEvaluator(FunnelDefinition definition) {
        this.k = definition.stepCount();
        this.order = definition.order();
        this.window = definition.conversionWindowMillis();
        this.stepWindow = new long[k];
        for (int s = 0; s < k; s++) {
            stepWindow[s] = definition.stepWindowMillis(s);
        }
        this.exclusionMasks = new int[definition.eventIdCount()];
        for (int id = 0; id < exclusionMasks.length; id++) {
            exclusionMasks[id] = definition.exclusionMask(id);
        }
        this.latest = new int[k];
        this.lastExclusion = new int[k];
        this.path = new int[k];
    }

    /** The positions of the events matched to steps 0..depth of the last evaluation. */
    int[] path() {
        return path;
    }

    /**
     * Evaluates one user.
     *
     * @return the furthest step reached, or -1 if the user never entered
     */
    int evaluate(int n, int[] ids, long[] ts) {
        if (stamp.length < n) {
            stamp = new int[Math.max(n, stamp.length * 2)];
            attempt = 0;
        }
        return order == FunnelOrder.ANY_ORDER ? anyOrder(n, ids, ts) : ordered(n, ids, ts);
    }

    private int ordered(int n, int[] ids, long[] ts) {
        boolean strict = order == FunnelOrder.STRICT;
        int best = -1;
        for (int e = 0; e < n && best < k - 1; e++) {
            if (ids[e] != 0) {
                continue;
            }
            if (attempt == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                attempt = 0;
            }
            int mark = ++attempt;
            Arrays.fill(latest, -1);
            Arrays.fill(lastExclusion, -1);
            latest[0] = e;
            stamp[e] = mark;
            int depth = 0;
            int deepest = e;
            int lastFunnel = e;
            for (int q = e + 1; q < n; q++) {
                if (ts[q] - ts[e] > window) {
                    break;
                }
                int id = ids[q];
                if (id >= k) {
                    for (int m = exclusionMasks[id]; m != 0; m &= m - 1) {
                        lastExclusion[Integer.numberOfTrailingZeros(m)] = q;
                    }
                    continue;
                }
                if (id > 0) {
                    int p = latest[id - 1];
                    if (p >= 0 && p > lastExclusion[id] && ts[q] - ts[p] <= stepWindow[id]
                            && (!strict || p == lastFunnel)) {
                        latest[id] = q;
                        stamp[q] = mark;
                        if (id > depth) {
                            depth = id;
                            deepest = q;
                            if (depth == k - 1) {
                                break;
                            }
                        }
                    }
                }
                lastFunnel = q;
            }
            if (depth > best) {
                best = depth;
                rebuild(e, depth, deepest, mark, strict, ids, ts);
            }
        }
        return best;
    }

    private void rebuild(int entry, int depth, int deepest, int mark, boolean strict, int[] ids, long[] ts) {
        path[depth] = deepest;
        for (int s = depth - 1; s >= 1; s--) {
            int q = path[s + 1];
            int chosen = -1;
            for (int p = q - 1; p > entry; p--) {
                if (ts[q] - ts[p] > stepWindow[s + 1]) {
                    break;
                }
                int id = ids[p];
                if (id >= k) {
                    if ((exclusionMasks[id] >>> (s + 1) & 1) != 0) {
                        break;
                    }
                    continue;
                }
                if (id == s && stamp[p] == mark) {
                    chosen = p;
                }
                if (strict) {
                    break;
                }
            }
            path[s] = chosen;
        }
        path[0] = entry;
    }

    private int anyOrder(int n, int[] ids, long[] ts) {
        int best = -1;
        int[] first = latest;
        for (int e = 0; e < n && best < k - 1; e++) {
            int start = ids[e];
            if (start >= k) {
                continue;
            }
            Arrays.fill(first, -1);
            int found = 0;
            for (int q = e; q < n && found < k; q++) {
                if (ts[q] - ts[e] > window) {
                    break;
                }
                int id = ids[q];
                if (id < k && first[id] < 0) {
                    first[id] = q;
                    found++;
                }
            }
            int depth = -1;
            while (depth + 1 < k && first[depth + 1] >= 0) {
                depth++;
            }
            if (depth >= start && depth > best) {
                best = depth;
                System.arraycopy(first, 0, path, 0, depth + 1);
            }
        }
        return best;
    }
}
