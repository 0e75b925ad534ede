package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SelectionProperties {

    @Test
    void selectedElementIsTheOneASortWouldPutThere() {
        qt().forAll(lists().of(longs().between(0, 20)).ofSizeBetween(1, 200), integers().between(0, 1000))
                .checkAssert((values, pick) -> {
                    long[] a = values.stream().mapToLong(Long::longValue).toArray();
                    long[] sorted = a.clone();
                    Arrays.sort(sorted);
                    int k = pick % a.length;
                    Selection.select(a, 0, a.length, k);
                    assertEquals(sorted[k], a[k]);
                    for (int i = 0; i < a.length; i++) {
                        assertEquals(true, i < k ? a[i] <= a[k] : a[i] >= a[k]);
                    }
                    long[] back = a.clone();
                    Arrays.sort(back);
                    assertEquals(Arrays.toString(sorted), Arrays.toString(back));
                });
    }
}
