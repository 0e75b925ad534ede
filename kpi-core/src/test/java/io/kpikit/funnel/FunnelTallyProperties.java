package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FunnelTallyProperties {

    /** Mostly values near ±Long.MAX_VALUE, so sums leave the long range in both directions. */
    private static long value(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return Long.MAX_VALUE - r.nextInt(1000);
            case 1:
                return Long.MIN_VALUE + r.nextInt(1000);
            case 2:
                return r.nextInt(2001) - 1000;
            default:
                return r.nextLong();
        }
    }

    @Test
    void valueSumsAreExactInAnyOrderAndAnyPartitioning() {
        qt().forAll(longs().all(), integers().between(0, 60), integers().between(1, 5)).checkAssert((seed, n, parts) -> {
            Random r = new Random(seed);
            List<Long> values = new ArrayList<>();
            BigInteger exact = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                long v = value(r);
                values.add(v);
                exact = exact.add(BigInteger.valueOf(v));
            }
            List<FunnelTally> tallies = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                tallies.add(new FunnelTally(2));
            }
            Collections.shuffle(values, r);
            for (long v : values) {
                tallies.get(r.nextInt(parts)).addValue(1, v);
            }
            Collections.shuffle(tallies, r);
            FunnelTally total = new FunnelTally(2);
            for (FunnelTally t : tallies) {
                total.mergeFrom(t);
            }
            assertEquals(exact, total.valueMicros(1));
            assertEquals(BigInteger.ZERO, total.valueMicros(0));
            assertEquals(exact, total.copy().valueMicros(1));
        });
    }

    /**
     * Adds {@code n} random rows to {@code t} and to {@code model}: {@code [depth, time of step 0,
     * ..., time of step k - 1]}, where steps past the depth are never read.
     */
    private static void addRows(FunnelTally t, List<long[]> model, Random r, int n) {
        int k = t.k;
        long[] times = new long[k];
        for (int i = 0; i < n; i++) {
            int depth = 1 + r.nextInt(k - 1);
            times[0] = r.nextInt(1_000_000);
            for (int s = 1; s <= depth; s++) {
                times[s] = times[s - 1] + r.nextInt(100_000);
            }
            long[] row = new long[k + 1];
            row[0] = depth;
            System.arraycopy(times, 0, row, 1, k);
            t.addRow(depth, times);
            model.add(row);
        }
    }

    /** The durations from a to b of the rows that reached b, in row order, straight from the model. */
    private static long[] durations(List<long[]> model, int a, int b) {
        return model.stream().filter(row -> row[0] >= b).mapToLong(row -> row[1 + b] - row[1 + a]).toArray();
    }

    @Test
    void rowsKeepTheirOrderAcrossChunksMergesAndATakenBackRow() {
        // a tally and up to three more of up to 1,323 rows each: runs that start and end at any offset
        // within a chunk of FunnelTally.CHUNK_ROWS rows, on either side of a merge
        qt().withExamples(100).forAll(longs().all(), integers().between(2, 5), integers().between(1, 3))
                .checkAssert((seed, k, parts) -> {
                    Random r = new Random(seed);
                    FunnelTally total = new FunnelTally(k);
                    List<long[]> model = new ArrayList<>();
                    addRows(total, model, r, r.nextInt(FunnelTally.CHUNK_ROWS + 300));
                    for (int p = 0; p < parts; p++) {
                        FunnelTally part = new FunnelTally(k);
                        List<long[]> partModel = new ArrayList<>();
                        addRows(part, partModel, r, r.nextInt(FunnelTally.CHUNK_ROWS + 300));
                        total.mergeFrom(part);
                        model.addAll(partModel);
                        assertEquals(partModel.size(), part.rowCount); // the merged tally is unchanged
                    }
                    // a row added and taken back leaves the rows as they were, and its room is reused
                    List<long[]> extra = new ArrayList<>();
                    addRows(total, extra, r, 1);
                    total.removeLastRow();
                    addRows(total, model, r, r.nextInt(3));
                    assertEquals(model.size(), total.rowCount);
                    long[] buffer = new long[total.rowCount];
                    for (int a = 0; a < k; a++) {
                        for (int b = a + 1; b < k; b++) {
                            long[] expected = durations(model, a, b);
                            assertEquals(expected.length, total.durations(a, b, buffer));
                            assertArrayEquals(expected, Arrays.copyOf(buffer, expected.length),
                                    "durations from step " + a + " to " + b);
                        }
                    }
                });
    }
}
