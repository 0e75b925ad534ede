package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value sums per step: exact, independent of order and partitioning, and what they add up. */
class EventFunnelValuesTest {

    private static final FunnelDefinition ORDER = FunnelDefinition.of(List.of("order"));

    /** 1,100 users with +9e9 and 1,100 with -9e9: any running sum in millionths passes 9.2e18. */
    private static List<EventFunnelAccumulator> halves() {
        EventFunnelAccumulator plus = new EventFunnelAccumulator(ORDER);
        EventFunnelAccumulator minus = new EventFunnelAccumulator(ORDER);
        for (int u = 0; u < 1100; u++) {
            plus.add(u, 0, 0, 9e9);
            minus.add(10_000 + u, 0, 0, -9e9);
        }
        return List.of(plus, minus);
    }

    @Test
    void sumsBeyondTheLongRangeOfMillionthsAreExact() {
        List<EventFunnelAccumulator> h = halves();
        // 1,100 × 9,000,000,000 = 9,900,000,000,000 = 9.9e18 millionths > Long.MAX_VALUE (9.22e18)
        assertEquals(new BigDecimal("9900000000000.000000"), h.get(0).result().values().get(0));
        assertEquals(new BigDecimal("-9900000000000.000000"), h.get(1).result().values().get(0));
    }

    @Test
    void sumsDoNotDependOnTheOrderOfUsersOrMerges() {
        // one pass, positives first: the running sum goes to 9.9e18 millionths and back to 0
        EventFunnelAccumulator onePass = new EventFunnelAccumulator(ORDER);
        for (int u = 0; u < 1100; u++) {
            onePass.add(u, 0, 0, 9e9);
        }
        for (int u = 0; u < 1100; u++) {
            onePass.add(10_000 + u, 0, 0, -9e9);
        }
        assertEquals(new BigDecimal("0.000000"), onePass.result().values().get(0));
        List<EventFunnelAccumulator> h = halves();
        h.get(0).merge(h.get(1));
        assertEquals(onePass.result(), h.get(0).result());
        List<EventFunnelAccumulator> g = halves();
        g.get(1).merge(g.get(0));
        assertEquals(onePass.result(), g.get(1).result());
    }

    @Test
    void mergingManyLargeSumsCarriesExactly() {
        // 3 accumulators of +9.9e12 merged into one: 2.97e13 = 2.97e19 millionths, twice past Long.MAX_VALUE
        List<EventFunnelAccumulator> parts = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            EventFunnelAccumulator acc = new EventFunnelAccumulator(ORDER);
            for (int u = 0; u < 1100; u++) {
                acc.add(p * 10_000L + u, 0, 0, 9e9);
            }
            parts.add(acc);
        }
        parts.get(0).merge(parts.get(1));
        parts.get(0).merge(parts.get(2));
        assertEquals(new BigDecimal("29700000000000.000000"), parts.get(0).result().values().get(0));
    }
}
