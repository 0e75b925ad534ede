package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value sums per step: exact, independent of order and partitioning, and what they add up. */
class EventFunnelValuesTest {

    private static final FunnelDefinition ORDER = FunnelDefinition.of(List.of("order"));

    /** 10,000 users with +1e9 and 10,000 with -1e9: a running sum in millionths can pass 9.2e18. */
    private static List<EventFunnelAccumulator> halves() {
        EventFunnelAccumulator plus = new EventFunnelAccumulator(ORDER);
        EventFunnelAccumulator minus = new EventFunnelAccumulator(ORDER);
        for (int u = 0; u < 10_000; u++) {
            plus.add(u, 0, 0, 1e9);
            minus.add(100_000 + u, 0, 0, -1e9);
        }
        return List.of(plus, minus);
    }

    @Test
    void sumsBeyondTheLongRangeOfMillionthsAreExact() {
        List<EventFunnelAccumulator> h = halves();
        // 10,000 × 1,000,000,000 = 10,000,000,000,000 = 1e19 millionths > Long.MAX_VALUE (9.22e18)
        assertEquals(new BigDecimal("10000000000000.000000"), h.get(0).result().values().get(0));
        assertEquals(new BigDecimal("-10000000000000.000000"), h.get(1).result().values().get(0));
    }

    @Test
    void sumsDoNotDependOnTheOrderOfUsersOrMerges() {
        // one pass, positives first: the running sum goes to 1e19 millionths and back to 0
        EventFunnelAccumulator onePass = new EventFunnelAccumulator(ORDER);
        for (int u = 0; u < 10_000; u++) {
            onePass.add(u, 0, 0, 1e9);
        }
        for (int u = 0; u < 10_000; u++) {
            onePass.add(100_000 + u, 0, 0, -1e9);
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
        // 3 accumulators of +1e13 merged into one: 3e13 = 3e19 millionths, twice past Long.MAX_VALUE
        List<EventFunnelAccumulator> parts = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            EventFunnelAccumulator acc = new EventFunnelAccumulator(ORDER);
            for (int u = 0; u < 10_000; u++) {
                acc.add(p * 100_000L + u, 0, 0, 1e9);
            }
            parts.add(acc);
        }
        parts.get(0).merge(parts.get(1));
        parts.get(0).merge(parts.get(2));
        assertEquals(new BigDecimal("30000000000000.000000"), parts.get(0).result().values().get(0));
    }

    @Test
    void aStepSumsOnlyTheEventMatchedToIt() {
        FunnelDefinition d = FunnelDefinition.of(List.of("visit", "order"));
        EventFunnel f = EventFunnel.of(d, List.of(FunnelEvent.of("u", "visit", 0, 1.25),
                FunnelEvent.of("u", "order", 10, 50), FunnelEvent.of("u", "order", 20, 50),
                FunnelEvent.of("v", "visit", 5, 0.75), FunnelEvent.of("v", "visit", 6, 100)));
        // visit: u's visit 1.25 + v's first visit 0.75 = 2; order: u's first order only = 50, not 100
        assertEquals(List.of(new BigDecimal("2.000000"), new BigDecimal("50.000000")), f.values());
    }

    @Test
    void decimalValuesWithAtMostSixPlacesAreTakenExactly() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ORDER);
        double[] accepted = {0.1, 19.99, 0.000001, -0.000001, 123456.654321, 1e9, -1e9, 999999999.999999, 0, -0.0};
        for (int u = 0; u < accepted.length; u++) {
            acc.add(u, 0, 0, accepted[u]);
        }
        // 0.1 + 19.99 + 0.000001 - 0.000001 + 123456.654321 + 1e9 - 1e9 + 999999999.999999 = 1000123476.744320
        assertEquals(new BigDecimal("1000123476.744320"), acc.result().values().get(0));
    }

    @Test
    void valuesWithMoreThanSixPlacesOrOutOfRangeAreRejectedNamingUserAndEvent() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(FunnelDefinition.of(List.of("visit", "order")));
        assertEquals("value must have at most 6 decimal places, was 1.0E-7 (user 42, event \"order\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, 1e-7)).getMessage());
        assertEquals("value must have at most 6 decimal places, was 4.9E-7 (user 42, event \"order\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, 4.9e-7)).getMessage());
        // ties used to round asymmetrically (5e-7 to 1 millionth, -5e-7 to 0): both are rejected now
        assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, 5e-7));
        assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, -5e-7));
        assertEquals("value must have at most 6 decimal places, was 0.30000000000000004 (user 42, event \"visit\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, 0, 0, 0.1 + 0.2)).getMessage());
        assertEquals("value must be finite with magnitude at most 1.0E9, was 1.0000000000000001E9 (user 42, event \"order\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, Math.nextUp(1e9))).getMessage());
        assertEquals("value must be finite with magnitude at most 1.0E9, was NaN (user 42, event \"order\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, Double.NaN)).getMessage());
        assertEquals("value must be finite with magnitude at most 1.0E9, was -Infinity (user 42, event \"order\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, 1, 0, Double.NEGATIVE_INFINITY))
                        .getMessage());
        EventFunnelAccumulator objects = new EventFunnelAccumulator(ORDER);
        assertEquals("value must have at most 6 decimal places, was 1.0E-7 (user \"u\", event \"order\")",
                assertThrows(IllegalArgumentException.class, () -> objects.add(FunnelEvent.of("u", "order", 0, 1e-7)))
                        .getMessage());
        // values of events that are not steps are never used, so never checked
        acc.add(42, -1, 0, 1e-7);
        assertEquals(List.of(0L, 0L), acc.result().users());
    }
}
