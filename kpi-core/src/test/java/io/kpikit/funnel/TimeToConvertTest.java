package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeToConvertTest {

    private static final long MIN = 60_000;

    private static String rejected(long count, long total, long median, long p90) {
        return assertThrows(IllegalArgumentException.class,
                () -> TimeToConvert.restore("cart", "order", count, total, median, p90)).getMessage();
    }

    @Test
    void restoreRebuildsTheFiguresOfOneSetOfDurations() {
        // 1, 2 and 10 minutes: total 13 min, median 2 min (rank 2 of 3), p90 10 min (rank 3)
        TimeToConvert t = TimeToConvert.restore("cart", "order", 3, 13 * MIN, 2 * MIN, 10 * MIN);
        assertEquals(3, t.count());
        assertEquals(13 * MIN, t.totalMillis());
        assertEquals(Duration.ofMinutes(2), t.median());
        assertEquals(Duration.ofMinutes(10), t.p90());
        assertEquals(13.0 / 3 * MIN, t.mean().doubleValue(), 1e-6);
        // the same durations counted from events give an equal result
        List<FunnelEvent> events = List.of(
                new FunnelEvent("u1", "cart", 0, 0, Map.of()), new FunnelEvent("u1", "order", MIN, 0, Map.of()),
                new FunnelEvent("u2", "cart", 0, 0, Map.of()), new FunnelEvent("u2", "order", 2 * MIN, 0, Map.of()),
                new FunnelEvent("u3", "cart", 0, 0, Map.of()), new FunnelEvent("u3", "order", 10 * MIN, 0, Map.of()));
        TimeToConvert counted = EventFunnel.of(FunnelDefinition.of(List.of("cart", "order")), events)
                .timeToConvert(0, 1);
        assertEquals(counted, t);
        assertEquals(counted, TimeToConvert.restore(counted.from(), counted.to(), counted.count(),
                counted.totalMillis(), counted.median().toMillis(), counted.p90().toMillis()));
    }

    @Test
    void restoreOfNoDurationsIsUndefined() {
        TimeToConvert none = TimeToConvert.restore("cart", "order", 0, 0, 0, 0);
        assertFalse(none.isDefined());
        assertEquals(Optional.of("no user reached both steps"), none.undefinedReason());
        assertEquals("totalMillis, medianMillis and p90Millis must be 0 when count is 0, were 5, 0 and 0 "
                + "(from \"cart\" to \"order\")", rejected(0, 5, 0, 0));
    }

    @Test
    void restoreBoundsTheTotalByTheMedianAndPercentile() {
        // 3 durations, median 2, p90 10: ranks 2..2 at least 2, rank 3 at least 10 → total >= 12;
        // the p90 is the largest (rank 3 of 3), so total <= 2 · 2 + 1 · 10 = 14
        assertEquals(12 * MIN, TimeToConvert.restore("a", "b", 3, 12 * MIN, 2 * MIN, 10 * MIN).totalMillis());
        assertEquals(14 * MIN, TimeToConvert.restore("a", "b", 3, 14 * MIN, 2 * MIN, 10 * MIN).totalMillis());
        assertEquals("totalMillis must be >= 720000 for 3 durations with median 120000 and p90 600000, was 700000 "
                + "(from \"cart\" to \"order\")", rejected(3, 700_000, 2 * MIN, 10 * MIN));
        assertEquals("totalMillis must be <= 840000 for 3 durations with median 120000 and p90 600000 (the p90 is "
                + "the largest), was 840001 (from \"cart\" to \"order\")", rejected(3, 14 * MIN + 1, 2 * MIN, 10 * MIN));
        // 11 durations: the p90 is rank 10, so rank 11 may be any longer and the total has no upper bound
        TimeToConvert eleven = TimeToConvert.restore("a", "b", 11, Long.MAX_VALUE / 2, MIN, MIN);
        assertEquals(Long.MAX_VALUE / 2, eleven.totalMillis());
        // ... but at least (10 − 6) · 1 + (11 − 10 + 1) · 1 = 6 minutes
        assertEquals("totalMillis must be >= 360000 for 11 durations with median 60000 and p90 60000, was 359999 "
                + "(from \"cart\" to \"order\")", rejected(11, 6 * MIN - 1, MIN, MIN));
    }

    @Test
    void restoreRejectsFiguresNoDurationsCouldHave() {
        assertEquals("medianMillis must be <= p90Millis = 60000, was 120000 (from \"cart\" to \"order\")",
                rejected(3, 10 * MIN, 2 * MIN, MIN));
        assertEquals("p90Millis must equal medianMillis = 60000 for a single duration, was 120000 "
                + "(from \"cart\" to \"order\")", rejected(1, MIN, MIN, 2 * MIN));
        assertEquals("count must be >= 0, was -1", rejected(-1, 0, 0, 0));
        assertEquals("medianMillis must be >= 0, was -5", rejected(2, 0, -5, 0));
        assertEquals("from", assertThrows(NullPointerException.class,
                () -> TimeToConvert.restore(null, "b", 0, 0, 0, 0)).getMessage());
    }
}
