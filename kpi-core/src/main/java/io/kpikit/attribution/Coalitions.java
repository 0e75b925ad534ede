package io.kpikit.attribution;

import java.util.Arrays;

/**
 * Paths grouped by their set of distinct channels (a bitmask), with the per-set worth
 * {@code r(T)} of {@link ShapleyModel}. Package-private.
 */
final class Coalitions {

    final long[] masks;
    final double[] convWorth;
    final double[] valueWorth;

    private Coalitions(long[] masks, double[] convWorth, double[] valueWorth) {
        this.masks = masks;
        this.convWorth = convWorth;
        this.valueWorth = valueWorth;
    }

    static Coalitions of(PathSet paths, boolean rate) {
        int[] offsets = paths.offsets();
        int[] touches = paths.touches();
        double[] conv = paths.conversionsArray();
        double[] nul = paths.nullsArray();
        double[] val = paths.valuesArray();
        int n = paths.size();
        long[] pathMask = new long[n];
        for (int p = 0; p < n; p++) {
            long m = 0;
            for (int t = offsets[p]; t < offsets[p + 1]; t++) {
                m |= 1L << touches[t];
            }
            pathMask[p] = m;
        }
        // group by mask: sort path indices by mask
        long[] sorted = pathMask.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        long[] masks = Arrays.copyOf(sorted, distinct);
        double[] c = new double[distinct];
        double[] j = new double[distinct];
        double[] v = new double[distinct];
        for (int p = 0; p < n; p++) {
            int k = Arrays.binarySearch(masks, pathMask[p]);
            c[k] += conv[p];
            j[k] += conv[p] + nul[p];
            v[k] += val[p];
        }
        if (rate) {
            for (int k = 0; k < distinct; k++) {
                c[k] = j[k] > 0 ? c[k] / j[k] : 0;
                v[k] = j[k] > 0 ? v[k] / j[k] : 0;
            }
        }
        return new Coalitions(masks, c, v);
    }
}
