package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringIdsTest {

    @Test
    void idsAreDenseInOrderOfFirstAppearanceAndStable() {
        StringIds ids = new StringIds();
        assertEquals(0, ids.intern("b"));
        assertEquals(1, ids.intern("a"));
        assertEquals(0, ids.intern(new String("b")));   // equal, not identical
        assertEquals(2, ids.intern(""));
        assertEquals(3, ids.intern(" a"));               // kept as given, not trimmed
        assertEquals(4, ids.size());
        assertEquals(" a", ids.name(3));
        // string order: "" < " a" < "a" < "b"
        assertArrayEquals(new int[] {3, 2, 0, 1}, ids.ranks());
    }

    @Test
    void manyStringsSurviveTheTableDoublingAndRankInStringOrder() {
        StringIds ids = new StringIds();
        List<String> names = new ArrayList<>();
        // "Aa" and "BB" have the same hash code: colliding keys are told apart by equals
        for (int i = 0; i < 20_000; i++) {
            String s = (i % 2 == 0 ? "Aa" : "BB") + (i / 2);
            names.add(s);
            assertEquals(i, ids.intern(s));
        }
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, ids.intern(names.get(i)));
            assertEquals(names.get(i), ids.name(i));
        }
        assertEquals(20_000, ids.size());
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        int[] rank = ids.ranks();
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i), sorted[rank[i]]);
        }
    }
}
