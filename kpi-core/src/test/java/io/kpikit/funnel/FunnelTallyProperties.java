package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
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
}
