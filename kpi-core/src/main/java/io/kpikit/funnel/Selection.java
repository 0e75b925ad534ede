package io.kpikit.funnel;

import java.util.Arrays;

/**
 * Order statistics without a full sort: {@link #select} puts the element of a given rank in
 * its sorted place, smaller-or-equal elements before it and greater-or-equal after it.
 * Quickselect (Hoare, 1961) with a median-of-three pivot; if it has not converged after
 * {@code 2 log2 n} partitions it sorts the remaining range, so the worst case is O(n log n)
 * and the usual case O(n).
 */
final class Selection {

    private Selection() {
    }

    /** Rearranges {@code a[from, to)} so that {@code a[k]} holds the element of rank k. */
    static void select(long[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from)));
        while (hi > lo) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int mid = lo + (hi - lo) / 2;
            long pivot = medianOfThree(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static long medianOfThree(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
