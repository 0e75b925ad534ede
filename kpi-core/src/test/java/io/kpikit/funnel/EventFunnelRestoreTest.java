package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link EventFunnel#restore}: rebuilding a stored event funnel and checking its figures. */
class EventFunnelRestoreTest {

    private static final long MIN = 60_000;
    private static final List<String> STEPS = List.of("visit", "cart", "order");

    /**
     * Three users: u1 visits only; u2 visits, carts after 1 min, orders 4 min later (value 30);
     * u3 visits, carts after 2 min, orders 2 min later (value 20). All on "ios" but u1 on "web".
     */
    private static EventFunnel counted() {
        List<FunnelEvent> events = List.of(
                new FunnelEvent("u1", "visit", 0, 0, Map.of("platform", "web")),
                new FunnelEvent("u2", "visit", 0, 0, Map.of("platform", "ios")),
                new FunnelEvent("u2", "cart", MIN, 0, Map.of()),
                new FunnelEvent("u2", "order", 5 * MIN, 30, Map.of()),
                new FunnelEvent("u3", "visit", 0, 0, Map.of("platform", "ios")),
                new FunnelEvent("u3", "cart", 2 * MIN, 0, Map.of()),
                new FunnelEvent("u3", "order", 4 * MIN, 20, Map.of()));
        return EventFunnel.of(FunnelDefinition.of(STEPS).withBreakdown("platform", BreakdownAttribution.FIRST_TOUCH),
                events);
    }

    private static List<TimeToConvert> times() {
        // visit→cart: 1, 2 min; visit→order: 5, 4 min; cart→order: 4, 2 min (median = lower middle, p90 = larger)
        return List.of(TimeToConvert.restore("visit", "cart", 2, 3 * MIN, MIN, 2 * MIN),
                TimeToConvert.restore("visit", "order", 2, 9 * MIN, 4 * MIN, 5 * MIN),
                TimeToConvert.restore("cart", "order", 2, 6 * MIN, 2 * MIN, 4 * MIN));
    }

    private static String rejected(List<Long> users, List<BigDecimal> values, Map<String, List<Long>> breakdown,
            List<TimeToConvert> times) {
        return assertThrows(IllegalArgumentException.class,
                () -> EventFunnel.restore(STEPS, users, values, breakdown, times)).getMessage();
    }

    private static final List<BigDecimal> VALUES = List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50"));

    @Test
    void restoreGivesBackTheFunnelCountedFromEvents() {
        EventFunnel f = counted();
        assertEquals(List.of(3L, 2L, 2L), f.users());
        assertEquals(times(), f.times());
        EventFunnel back = EventFunnel.restore(f.steps(), f.users(), f.values(), f.breakdown(), f.times());
        assertEquals(f, back);
        // by hand, with values at any scale up to 6 decimals: they are kept at scale 6
        EventFunnel byHand = EventFunnel.restore(STEPS, List.of(3L, 2L, 2L), VALUES,
                Map.of("web", List.of(1L, 0L, 0L), "ios", List.of(2L, 2L, 2L)), times());
        assertEquals(f, byHand);
        assertEquals(new BigDecimal("50.000000"), byHand.values().get(2));
        assertEquals(4, byHand.timeToConvert("visit", "order").median().toMinutes());
    }

    @Test
    void countsMustNeverIncreaseAndBreakdownsMustAddUp() {
        Map<String, List<Long>> none = Map.of();
        assertEquals("users[2] must be <= users[1] = 2, was 3", rejected(List.of(3L, 2L, 3L), VALUES, none, times()));
        assertEquals("users[0] must be >= 0, was -1", rejected(List.of(-1L, 2L, 2L), VALUES, none, times()));
        assertEquals("users must have one count per step (3), was 2", rejected(List.of(3L, 2L), VALUES, none, times()));
        assertEquals("breakdown counts of step \"visit\" must add up to users[0] = 3, was 2",
                rejected(List.of(3L, 2L, 2L), VALUES, Map.of("ios", List.of(2L, 2L, 2L)), times()));
        assertEquals("breakdown[\"ios\"][1] must be <= breakdown[\"ios\"][0] = 2, was 3",
                rejected(List.of(3L, 2L, 2L), VALUES, Map.of("ios", List.of(2L, 3L, 2L)), times()));
        assertEquals("breakdown[\"web\"][0] must be > 0 (only values under which a user entered are kept), was 0",
                rejected(List.of(3L, 2L, 2L), VALUES, Map.of("ios", List.of(3L, 2L, 2L), "web", List.of(0L, 0L, 0L)),
                        times()));
    }

    @Test
    void valuesMustFitTheCounts() {
        Map<String, List<Long>> none = Map.of();
        List<TimeToConvert> noOrders = List.of(times().get(0), TimeToConvert.restore("visit", "order", 0, 0, 0, 0),
                TimeToConvert.restore("cart", "order", 0, 0, 0, 0));
        assertEquals("values[2] must be 0 when users[2] is 0, was 50",
                rejected(List.of(3L, 2L, 0L), VALUES, none, noOrders));
        assertEquals("values[2] must have at most 6 decimal places, was 50.0000001",
                rejected(List.of(3L, 2L, 2L), List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50.0000001")),
                        none, times()));
        assertEquals("values must have one sum per step (3), was 1",
                rejected(List.of(3L, 2L, 2L), List.of(BigDecimal.ZERO), none, times()));
    }

    @Test
    void timesMustBeEveryPairInOrderWithTheUsersOfTheLaterStep() {
        Map<String, List<Long>> none = Map.of();
        List<Long> users = List.of(3L, 2L, 2L);
        List<TimeToConvert> swapped = List.of(times().get(1), times().get(0), times().get(2));
        assertEquals("times[0] must be from \"visit\" to \"cart\", was from \"visit\" to \"order\"",
                rejected(users, VALUES, none, swapped));
        assertEquals("times must have one entry per pair of steps (3), was 2",
                rejected(users, VALUES, none, times().subList(0, 2)));
        List<TimeToConvert> wrongCount = new ArrayList<>(times());
        wrongCount.set(2, TimeToConvert.restore("cart", "order", 1, 4 * MIN, 4 * MIN, 4 * MIN));
        assertEquals("times[2].count must equal users[2] = 2, was 1", rejected(users, VALUES, none, wrongCount));
        // cart→order cannot take longer in total than visit→order for the same users (9 min)
        List<TimeToConvert> longer = new ArrayList<>(times());
        longer.set(2, TimeToConvert.restore("cart", "order", 2, 10 * MIN, 5 * MIN, 5 * MIN));
        assertEquals("times[2].totalMillis must be <= 540000 (times[1], from \"visit\" to the same step), was 600000",
                rejected(users, VALUES, none, longer));
        List<TimeToConvert> slowerMedian = new ArrayList<>(times());
        slowerMedian.set(2, TimeToConvert.restore("cart", "order", 2, 8 * MIN + 2, 4 * MIN + 1, 4 * MIN + 1));
        assertEquals("times[2].medianMillis must be <= 240000 (times[1], from \"visit\" to the same step), was 240001",
                rejected(users, VALUES, none, slowerMedian));
    }

    @Test
    void stepsAreCheckedAsAFunnelDefinitionChecksThem() {
        assertEquals("step names must be unique, was \"visit\" twice", assertThrows(IllegalArgumentException.class,
                () -> EventFunnel.restore(List.of("visit", "visit"), List.of(1L, 1L), List.of(BigDecimal.ZERO,
                        BigDecimal.ZERO), Map.of(), List.of())).getMessage());
        // a one-step funnel has no times
        EventFunnel one = EventFunnel.restore(List.of("visit"), List.of(7L), List.of(BigDecimal.ONE), Map.of(),
                List.of());
        assertEquals(List.of(7L), one.users());
    }
}
