package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MarkovGraph}: many states, long grams keyed through the trie, equality. */
class MarkovGraphEdgeTest {

    @Test
    void moreThanAThousandStatesAreEachKept() {
        // 1,100 one-touch paths c0 … c1099, path i converting i + 1 times: 1,100 order-1 states,
        // state i starting and converting i + 1
        PathSet.Builder b = PathSet.builder(RandomPaths.CNY);
        for (int i = 0; i < 1_100; i++) {
            b.add(List.of("c" + i), i + 1, BigDecimal.ZERO, 0);
        }
        MarkovGraph g = MarkovGraph.build(b.build(), 1);
        assertEquals(1_100, g.stateCount);
        for (int s = 0; s < 1_100; s += 99) {
            assertEquals(s + 1.0, g.startWeight[s]);
            assertEquals(s + 1.0, g.convWeight[s]);
            assertEquals(1, g.gramOffsets[s + 1] - g.gramOffsets[s]);
        }
    }

    @Test
    void longGramsThatShareTheirLastChannelAreDifferentStates() {
        // order 10 over 100 channels: 10 × log2(101) ≈ 66.6 bits, beyond a rolling long key.
        // c0 … c99 gives 91 states (c0..c9), (c1..c10), …; c1 c0 c2 … c9 one more, which ends
        // in c9 like the first but is a different gram: 92 states
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            all.add("c" + i);
        }
        List<String> swapped = new ArrayList<>(List.of("c1", "c0"));
        swapped.addAll(all.subList(2, 10));
        PathSet paths = PathSet.builder(RandomPaths.CNY)
                .add(all, 1, BigDecimal.ZERO, 0)
                .add(swapped, 0, BigDecimal.ZERO, 1)
                .build();
        MarkovGraph g = MarkovGraph.build(paths, 10);
        assertEquals(92, g.stateCount);
        assertEquals(1.0, g.startWeight[0]);
        assertEquals(1.0, g.startWeight[91]);
        assertEquals(1.0, g.nullWeight[91]);
        assertEquals(0.0, g.nullWeight[0]);
    }

    @Test
    void aGraphEqualsOnlyGraphsAndDifferentGraphsHashApart() {
        PathSet ab = PathSet.builder(RandomPaths.CNY).add(List.of("A", "B"), 1, BigDecimal.ZERO, 0).build();
        PathSet ba = PathSet.builder(RandomPaths.CNY).add(List.of("B", "A"), 1, BigDecimal.ZERO, 0)
                .add(List.of("A"), 1, BigDecimal.ZERO, 0).build();
        MarkovGraph g = MarkovGraph.build(ab, 1);
        assertNotEquals(g, (Object) "graph");
        assertEquals(g, MarkovGraph.build(ab, 1));
        assertEquals(g.hashCode(), MarkovGraph.build(ab, 1).hashCode());
        // start weights 1, 0 against 1, 1: both the graphs and their hashes differ
        MarkovGraph h = MarkovGraph.build(ba, 1);
        assertNotEquals(g, h);
        assertNotEquals(g.hashCode(), h.hashCode());
    }
}
