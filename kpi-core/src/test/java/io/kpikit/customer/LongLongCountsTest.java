package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongLongCountsTest {

    @Test
    void capacityIsThePowerOfTwoAtLeastTwiceTheExpectedKeys() {
        assertEquals(16, LongLongCounts.capacityFor(0));
        assertEquals(16, LongLongCounts.capacityFor(8));    // 8 keys in 16 slots: half full
        assertEquals(32, LongLongCounts.capacityFor(9));    // 18 > 16
        assertEquals(2048, LongLongCounts.capacityFor(1000));
        assertEquals(2048, LongLongCounts.capacityFor(1024));
        assertEquals(1 << 30, LongLongCounts.capacityFor(LongLongCounts.MAX_KEYS)); // 2^29 keys, 2^30 slots
    }

    @Test
    void aSizedTableHoldsTheExpectedKeysWithoutGrowingAndGrowsPastThem() {
        for (int expected : new int[] {0, 1, 8, 9, 1000, 5000}) {
            LongLongCounts counts = new LongLongCounts(expected);
            int capacity = counts.capacity();
            for (int key = 0; key < expected; key++) {
                counts.add(key * 31L, 1);
            }
            assertEquals(capacity, counts.capacity(), "capacity after " + expected + " keys");
            for (long key = expected; key <= capacity / 2; key++) {
                counts.add(key * 31L, 1);
            }
            // capacity / 2 + 1 keys: more than half full, so the table doubled
            assertEquals(2 * capacity, counts.capacity(), "capacity after " + (capacity / 2 + 1) + " keys");
            assertEquals(capacity / 2 + 1, counts.size());
        }
    }

    /** Keys from a small range (many repeats), or near zero and the extremes of long. */
    private static long key(Random r) {
        switch (r.nextInt(3)) {
            case 0:
                return r.nextInt(40);
            case 1:
                return (r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE - 40) + r.nextInt(40);
            default:
                return r.nextLong();
        }
    }

    @Test
    void countsEqualAHashMapForAnySizeHint() {
        qt().forAll(longs().all(), integers().between(0, 300), integers().between(0, 200)).checkAssert((seed, n, hint) -> {
            Random r = new Random(seed);
            LongLongCounts counts = new LongLongCounts(hint);
            Map<Long, Long> expected = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long key = key(r);
                long add = 1 + r.nextInt(3);
                long before = expected.getOrDefault(key, 0L);
                assertEquals(before, counts.add(key, add));
                expected.put(key, before + add);
            }
            assertEquals(expected.size(), counts.size());
            Map<Long, Long> slots = new HashMap<>();
            for (int i = 0; i < counts.capacity(); i++) {
                if (counts.countAt(i) != 0) {
                    slots.put(counts.keyAt(i), counts.countAt(i));
                }
            }
            assertEquals(expected, slots);
            for (int i = 0; i < 20; i++) {
                long key = key(r);
                assertEquals(expected.getOrDefault(key, 0L), counts.get(key), "count of " + key);
            }
        });
    }
}
