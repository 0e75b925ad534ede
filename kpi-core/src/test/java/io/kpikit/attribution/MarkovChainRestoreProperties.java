package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A fitted chain restored from its stored inputs is equal to it, and so is every figure it derives. */
class MarkovChainRestoreProperties {

    private static MarkovChain restore(MarkovChain c) {
        return MarkovChain.restore(c.order(), c.channels(), c.stateWeights(), c.edges(),
                c.attribution().totalConversions(), c.attribution().totalValue());
    }

    @Test
    void aRestoredChainEqualsTheFittedOneToTheLastBit() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            PathSet paths = RandomPaths.build(RandomPaths.rows(r, 2 + r.nextInt(5)));
            MarkovChain fitted = MarkovModel.ofOrder(1 + r.nextInt(3)).fit(paths);
            MarkovChain back = restore(fitted);
            assertEquals(fitted, back);
            assertEquals(fitted.hashCode(), back.hashCode());
            // the derived figures are not part of equals: the same doubles, computed again
            assertEquals(Double.doubleToLongBits(fitted.conversionProbability()),
                    Double.doubleToLongBits(back.conversionProbability()));
            assertEquals(Double.doubleToLongBits(fitted.expectedValue()), Double.doubleToLongBits(back.expectedValue()));
            assertEquals(fitted.states(), back.states());
            assertEquals(fitted.transitions(), back.transitions());
            assertEquals(fitted.removalEffects(), back.removalEffects());
            assertEquals(fitted.attribution(), back.attribution());
        });
    }

    @Test
    void aChainSolvedIterativelyRestoresToTheLastBitToo() {
        // 400 random paths of 30 touches over 25 channels, order 2: one strongly connected
        // component of several hundred states, beyond the direct solver's 300, so Gauss–Seidel runs
        Random r = new Random(7);
        PathSet.Builder b = PathSet.builder(RandomPaths.CNY);
        for (int p = 0; p < 400; p++) {
            List<String> path = new java.util.ArrayList<>();
            for (int t = 0; t < 30; t++) {
                path.add("c" + r.nextInt(25));
            }
            int conv = r.nextInt(2);
            b.add(path, conv, java.math.BigDecimal.valueOf(conv * r.nextInt(100_000), 2), 1 - conv);
        }
        MarkovChain fitted = MarkovModel.ofOrder(2).fit(b.build());
        MarkovGraph graph = MarkovGraph.build(b.build(), 2);
        StrongComponents parts = StrongComponents.of(graph.stateCount, graph.rowStart, graph.col, null);
        int largest = 0;
        for (int k = 0; k < parts.count; k++) {
            largest = Math.max(largest, parts.size(k));
        }
        assertTrue(largest > AbsorptionSolver.DIRECT_LIMIT, "largest component " + largest);
        MarkovChain back = restore(fitted);
        assertEquals(fitted, back);
        assertEquals(fitted.removalEffects(), back.removalEffects());
        assertEquals(fitted.attribution(), back.attribution());
    }

    @Test
    void aChainOfChannelsNamedLikeStatesRestores() {
        // "A > B" as one channel and A, B as two make states that print alike; their channels differ
        PathSet paths = PathSet.builder(RandomPaths.CNY)
                .add(List.of("A > B", "C"), 1, java.math.BigDecimal.ONE, 1)
                .add(List.of("A", "B", "C"), 2, java.math.BigDecimal.TEN, 0)
                .build();
        MarkovChain fitted = MarkovModel.ofOrder(2).fit(paths);
        assertEquals(fitted, restore(fitted));
        assertEquals(fitted.removalEffects(), restore(fitted).removalEffects());
    }
}
