package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntSortProperties {

    @Test
    void sortsARangeStablyAndLeavesTheRestAlone() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            // lengths around the insertion-sort cut-off and well past it
            int n = r.nextInt(4) == 0 ? r.nextInt(300) : r.nextInt(2 * IntSort.INSERTION_MAX + 2);
            int[] a = new int[n];
            int[] keys = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
                keys[i] = r.nextInt(1 + r.nextInt(20));   // few distinct keys: many ties
            }
            int from = n == 0 ? 0 : r.nextInt(n + 1);
            int to = from + r.nextInt(n - from + 1);
            // expected: List.sort is stable; elements are indices, so ties keep index order
            List<Integer> range = new ArrayList<>();
            for (int i = from; i < to; i++) {
                range.add(a[i]);
            }
            range.sort(Comparator.comparingInt(i -> keys[i]));
            int[] expected = a.clone();
            for (int i = from; i < to; i++) {
                expected[i] = range.get(i - from);
            }
            IntSort.sort(a, from, to, new int[n], (x, y) -> Integer.compare(keys[x], keys[y]));
            assertArrayEquals(expected, a);
        });
    }
}
