package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The state-interning map hands out dense ids in first-seen order and keeps them as it grows. */
class LongIntMapTest {

    @Test
    void idsAreDenseStableAndSurviveGrowth() {
        LongIntMap m = new LongIntMap(4);
        int n = 5000; // far beyond the initial 16 slots: the table grows many times
        for (int i = 0; i < n; i++) {
            long key = (long) i * 0x1_0000_0001L - 7; // spread over the whole long range, negatives too
            assertEquals(i, m.intern(key));
            assertEquals(i, m.intern(key));
        }
        assertEquals(n, m.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, m.intern((long) i * 0x1_0000_0001L - 7));
        }
        assertEquals(n, m.size());
    }
}
