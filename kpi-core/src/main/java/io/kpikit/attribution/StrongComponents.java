package io.kpikit.attribution;

import java.util.Arrays;

/**
 * The strongly connected components of a graph in compressed sparse rows, by Tarjan's
 * algorithm run iteratively (an explicit stack, no recursion: a component can hold every
 * state of the chain).
 *
 * <p>Components are numbered in the order Tarjan completes them, which is a reverse
 * topological order: every edge leaving component {@code k} goes to a component with a
 * smaller number, so solving components {@code 0, 1, 2, …} in turn always finds the states
 * downstream already solved. States marked {@code removed} are left out (component −1) and so
 * are the edges into them.
 */
final class StrongComponents {

    /** The number of components. */
    final int count;
    /** Members of component k are members[start[k] .. start[k+1]). */
    final int[] start;
    final int[] members;
    /** The component of each state, −1 for removed states. */
    final int[] component;

    private StrongComponents(int count, int[] start, int[] members, int[] component) {
        this.count = count;
        this.start = start;
        this.members = members;
        this.component = component;
    }

    /** Decomposes the graph with {@code n} nodes, skipping the nodes in {@code removed} (may be null). */
    static StrongComponents of(int n, int[] rowStart, int[] col, boolean[] removed) {
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int[] component = new int[n];
        int[] members = new int[n];
        int[] start = new int[n + 1];
        Arrays.fill(component, -1);
        int next = 0;
        int top = 0;
        int count = 0;
        int filled = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0 || (removed != null && removed[root])) {
                continue;
            }
            int depth = 0;
            index[root] = next;
            low[root] = next++;
            stack[top++] = root;
            onStack[root] = true;
            callNode[depth] = root;
            callEdge[depth++] = rowStart[root];
            while (depth > 0) {
                int v = callNode[depth - 1];
                int e = callEdge[depth - 1];
                if (e < rowStart[v + 1]) {
                    callEdge[depth - 1] = e + 1;
                    int w = col[e];
                    if (removed != null && removed[w]) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = next;
                        low[w] = next++;
                        stack[top++] = w;
                        onStack[w] = true;
                        callNode[depth] = w;
                        callEdge[depth++] = rowStart[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int u = callNode[depth - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == index[v]) {
                    start[count] = filled;
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component[w] = count;
                        members[filled++] = w;
                    } while (w != v);
                    count++;
                }
            }
        }
        start[count] = filled;
        return new StrongComponents(count, Arrays.copyOf(start, count + 1),
                Arrays.copyOf(members, filled), component);
    }

    /** The number of states in component {@code k}. */
    int size(int k) {
        return start[k + 1] - start[k];
    }

    /**
     * The largest number of components with more than {@code limit} states on any chain of
     * components (following edges downstream), at least 1.
     */
    int largeDepth(int[] rowStart, int[] col, int limit) {
        int[] depth = new int[count];
        int max = 1;
        for (int k = 0; k < count; k++) {
            int below = 0;
            for (int i = start[k]; i < start[k + 1]; i++) {
                int s = members[i];
                for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                    int t = component[col[e]];
                    if (t >= 0 && t != k) {
                        below = Math.max(below, depth[t]);
                    }
                }
            }
            depth[k] = below + (size(k) > limit ? 1 : 0);
            max = Math.max(max, depth[k]);
        }
        return max;
    }
}
