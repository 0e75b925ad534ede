package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partitioning rules of the event funnel accumulator that the main examples do not reach. */
class EventFunnelAccumulatorEdgeTest {

    private static final FunnelDefinition AB = FunnelDefinition.of(List.of("A", "B"));

    @Test
    void aNamedUserMayNotSpanTwoAccumulators() {
        EventFunnelAccumulator left = new EventFunnelAccumulator(AB);
        left.add(FunnelEvent.of("u", "A", 0));
        EventFunnelAccumulator right = new EventFunnelAccumulator(AB);
        right.add(FunnelEvent.of("u", "B", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> left.merge(right));
        assertEquals("user \"u\" must be in one accumulator only, was in both; partition by user", e.getMessage());
        // different users merge
        EventFunnelAccumulator other = new EventFunnelAccumulator(AB);
        other.add(FunnelEvent.of("v", "A", 0));
        left.merge(other);
        assertEquals(List.of(2L, 0L), left.result().users());
    }

    @Test
    void aNumberedUserMayNotSpanTwoAccumulators() {
        EventFunnelAccumulator left = new EventFunnelAccumulator(AB);
        left.add(7, 0, 0, 0);
        EventFunnelAccumulator right = new EventFunnelAccumulator(AB);
        right.add(7, 1, 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> left.merge(right));
        assertEquals("user 7 must be in one accumulator only, was in both; partition by user", e.getMessage());
        EventFunnelAccumulator other = new EventFunnelAccumulator(AB);
        other.add(8, 0, 0, 0);
        other.add(8, 1, 5, 0);
        left.merge(other);
        assertEquals(List.of(2L, 1L), left.result().users());
    }

    @Test
    void sortingRejectsANullEvent() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> EventFunnelAccumulator.sortByUserAndTime(Arrays.asList(FunnelEvent.of("u", "A", 0), null)));
        assertEquals("event", e.getMessage());
    }
}
