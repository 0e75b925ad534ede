package io.kpikit.attribution;

/**
 * A stable sort of a range of an {@code int[]} (indices or ids) by a comparator over
 * {@code int}s, so that nothing is boxed: insertion sort for ranges of up to
 * {@value #INSERTION_MAX} elements, else a top-down merge sort through a caller's buffer that
 * skips the merge when the halves are already in order. Stateless and thread-safe.
 */
final class IntSort {

    /** The longest range sorted by insertion. */
    static final int INSERTION_MAX = 24;

    /** Compares two {@code int}s, as {@link java.util.Comparator#compare} does. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    /**
     * Sorts {@code a[from, to)} by {@code c}; equal elements keep their order.
     *
     * @param tmp a buffer with at least {@code to} elements, overwritten in {@code [from, to)}
     */
    static void sort(int[] a, int from, int to, int[] tmp, IntComparator c) {
        if (to - from <= INSERTION_MAX) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && c.compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, from, mid, tmp, c);
        sort(a, mid, to, tmp, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        // k <= j throughout, so writing a[k] never overwrites an unread right-half element
        while (i < mid && j < to) {
            a[k++] = c.compare(a[j], tmp[i]) < 0 ? a[j++] : tmp[i++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
    }
}
