package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFunnelAccumulatorTest {

    private static final FunnelDefinition ABC = FunnelDefinition.of(List.of("A", "B", "C"));

    @Test
    void primitivePathMatchesTheEventPath() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ABC);
        int a = ABC.eventId("A");
        int b = ABC.eventId("B");
        int c = ABC.eventId("C");
        int other = ABC.eventId("scroll");
        acc.add(1, a, 0, 0);
        acc.add(1, other, 5, 0);
        acc.add(1, b, 10, 0);
        acc.add(2, a, 0, 0);
        acc.add(2, b, 10, 0);
        acc.add(2, c, 20, 9.99);
        EventFunnel expected = EventFunnel.of(ABC, List.of(FunnelEvent.of("1", "A", 0), FunnelEvent.of("1", "scroll", 5),
                FunnelEvent.of("1", "B", 10), FunnelEvent.of("2", "A", 0), FunnelEvent.of("2", "B", 10),
                FunnelEvent.of("2", "C", 20, 9.99)));
        assertEquals(expected, acc.result());
        assertEquals(List.of(2L, 2L, 1L), acc.result().users());
    }

    @Test
    void resultDoesNotEndTheUserInProgress() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ABC);
        acc.add(FunnelEvent.of("u", "A", 0));
        acc.add(FunnelEvent.of("u", "B", 1));
        assertEquals(List.of(1L, 1L, 0L), acc.result().users());
        acc.add(FunnelEvent.of("u", "C", 2));
        assertEquals(List.of(1L, 1L, 1L), acc.result().users());
    }

    @Test
    void usersMayComeInAnyOrderAsLongAsEachUsersEventsAreTogether() {
        // descending ids, and an order no collation gives: only contiguity per user is required
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ABC);
        for (String user : List.of("c", "B", "a", "Ä")) {
            acc.add(FunnelEvent.of(user, "A", 0));
            acc.add(FunnelEvent.of(user, "B", 1));
        }
        assertEquals(List.of(4L, 4L, 0L), acc.result().users());
        EventFunnelAccumulator prim = new EventFunnelAccumulator(ABC);
        prim.add(9, 0, 0, 0);
        prim.add(5, 0, 0, 0);
        prim.add(-3, 0, 0, 0);
        assertEquals(List.of(3L, 0L, 0L), prim.result().users());
    }

    @Test
    void aUserComingBackRightAfterAnotherAndDecreasingTimestampsAreRejected() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ABC);
        acc.add(FunnelEvent.of("b", "A", 0));
        acc.add(FunnelEvent.of("c", "A", 0));
        assertEquals("events of user \"b\" must be contiguous, was interrupted by user \"c\"",
                assertThrows(IllegalArgumentException.class, () -> acc.add(FunnelEvent.of("b", "B", 1))).getMessage());
        acc.add(FunnelEvent.of("c", "scroll", 50));
        assertEquals("timestamps of user \"c\" must not decrease: 40 came after 50",
                assertThrows(IllegalArgumentException.class, () -> acc.add(FunnelEvent.of("c", "B", 40))).getMessage());
        EventFunnelAccumulator prim = new EventFunnelAccumulator(ABC);
        prim.add(9, 0, 100, 0);
        prim.add(5, 0, 0, 0);
        assertEquals("events of user 9 must be contiguous, was interrupted by user 5",
                assertThrows(IllegalArgumentException.class, () -> prim.add(9, 1, 200, 0)).getMessage());
        prim.add(5, 1, 100, 0);
        assertEquals("timestamps of user 5 must not decrease: 99 came after 100",
                assertThrows(IllegalArgumentException.class, () -> prim.add(5, 1, 99, 0)).getMessage());
        assertEquals("an accumulator takes either FunnelEvent or primitive adds, not both",
                assertThrows(IllegalStateException.class, () -> prim.add(FunnelEvent.of("z", "A", 0))).getMessage());
    }

    @Test
    void invalidPrimitiveArgumentsAreRejected() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ABC);
        assertEquals("eventId must be in [-1, 2], was 3",
                assertThrows(IllegalArgumentException.class, () -> acc.add(1, 3, 0, 0)).getMessage());
        assertEquals("timestampMillis must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> acc.add(1, 0, -1, 0)).getMessage());
        assertEquals("value must be finite with magnitude at most 1.0E9, was NaN (user 1, event \"A\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(1, 0, 0, Double.NaN)).getMessage());
        assertEquals("breakdownId must be in [0, 0], was 1",
                assertThrows(IllegalArgumentException.class, () -> acc.add(1, 0, 0, 0, 1)).getMessage());
        assertEquals("value must be a finite number, was Infinity", assertThrows(IllegalArgumentException.class,
                () -> new FunnelEvent("u", "A", 0, Double.POSITIVE_INFINITY, Map.of())).getMessage());
    }

    @Test
    void mergeRejectsSharedUsersAndOtherFunnels() {
        EventFunnelAccumulator x = new EventFunnelAccumulator(ABC);
        EventFunnelAccumulator y = new EventFunnelAccumulator(ABC);
        x.add(7, 0, 0, 0);
        y.add(7, 1, 0, 0);
        assertEquals("user 7 must be in one accumulator only, was in both; partition by user",
                assertThrows(IllegalArgumentException.class, () -> x.merge(y)).getMessage());
        assertEquals("other must be a different accumulator, was this one",
                assertThrows(IllegalArgumentException.class, () -> x.merge(x)).getMessage());
        EventFunnelAccumulator strict = new EventFunnelAccumulator(ABC.withOrder(FunnelOrder.STRICT));
        assertEquals("definition of other must be ORDERED[A, B, C], was STRICT[A, B, C]",
                assertThrows(IllegalArgumentException.class, () -> x.merge(strict)).getMessage());
    }

    @Test
    void mergeLeavesOtherUnchangedAndKeepsBreakdownIds() {
        FunnelDefinition d = ABC.withBreakdown("ch", BreakdownAttribution.FIRST_TOUCH);
        EventFunnelAccumulator x = new EventFunnelAccumulator(d);
        EventFunnelAccumulator y = new EventFunnelAccumulator(d);
        int seoY = y.breakdownId("seo");
        y.add(2, 0, 0, 0, seoY);
        int adsX = x.breakdownId("ads");
        x.add(1, 0, 0, 0, adsX);
        x.merge(y);
        assertEquals(Map.of("ads", List.of(1L, 0L, 0L), "seo", List.of(1L, 0L, 0L)), x.result().breakdown());
        assertEquals(Map.of("seo", List.of(1L, 0L, 0L)), y.result().breakdown());
        y.add(2, 1, 1, 0, seoY);
        assertEquals(Map.of("seo", List.of(1L, 1L, 0L)), y.result().breakdown());
    }

    @Test
    void definitionValidation() {
        assertEquals("step names must be unique, was \"A\" twice", assertThrows(IllegalArgumentException.class,
                () -> FunnelDefinition.of(List.of("A", "A"))).getMessage());
        assertEquals("number of steps must be in [1, 32], was 0", assertThrows(IllegalArgumentException.class,
                () -> FunnelDefinition.of(List.of())).getMessage());
        assertEquals("order must be ORDERED or STRICT to use exclusions, was ANY_ORDER",
                assertThrows(IllegalArgumentException.class, () -> ABC.withExclusion(new FunnelExclusion("x", 0, 1))
                        .withOrder(FunnelOrder.ANY_ORDER)).getMessage());
        assertEquals("order must be ORDERED or STRICT to use step windows, was ANY_ORDER",
                assertThrows(IllegalArgumentException.class, () -> ABC.withOrder(FunnelOrder.ANY_ORDER)
                        .withStepWindow(1, Duration.ofMinutes(1))).getMessage());
        assertEquals("exclusion event must not be a step, was \"B\"", assertThrows(IllegalArgumentException.class,
                () -> ABC.withExclusion(new FunnelExclusion("B", 0, 2))).getMessage());
        assertEquals("toStep of exclusion \"x\" must be < 3 (the number of steps), was 3",
                assertThrows(IllegalArgumentException.class, () -> ABC.withExclusion(new FunnelExclusion("x", 0, 3)))
                        .getMessage());
        assertEquals("toStep of exclusion \"x\" must be > fromStep (1), was 1",
                assertThrows(IllegalArgumentException.class, () -> new FunnelExclusion("x", 1, 1)).getMessage());
        assertEquals("step of a step window must be in [1, 2], was 0", assertThrows(IllegalArgumentException.class,
                () -> ABC.withStepWindow(0, Duration.ofMinutes(1))).getMessage());
        assertEquals("conversionWindow must be >= 0, was PT-1M", assertThrows(IllegalArgumentException.class,
                () -> ABC.withConversionWindow(Duration.ofMinutes(-1))).getMessage());
    }

    @Test
    void blankExclusionEventsAndBreakdownPropertiesAreRejected() {
        assertEquals("event of exclusion must not be blank, was \" \"",
                assertThrows(IllegalArgumentException.class, () -> new FunnelExclusion(" ", 0, 1)).getMessage());
        assertEquals("event of exclusion must not be blank, was \"\"",
                assertThrows(IllegalArgumentException.class, () -> new FunnelExclusion("", 0, 1)).getMessage());
        assertEquals("breakdown property must not be blank, was \"\t\"", assertThrows(IllegalArgumentException.class,
                () -> ABC.withBreakdown("\t", BreakdownAttribution.FIRST_TOUCH)).getMessage());
    }

    @Test
    void windowsMustBeWholeMillisecondsInRange() {
        // 999,999 ns used to become 0 ms silently
        assertEquals("conversionWindow must be whole milliseconds, was PT0.000999999S",
                assertThrows(IllegalArgumentException.class, () -> ABC.withConversionWindow(Duration.ofNanos(999_999)))
                        .getMessage());
        assertEquals("stepWindow of step 2 must be whole milliseconds, was PT1.0000001S",
                assertThrows(IllegalArgumentException.class,
                        () -> ABC.withStepWindow(2, Duration.ofSeconds(1, 100))).getMessage());
        // Duration.ofSeconds(Long.MAX_VALUE) used to throw a bare "long overflow"
        assertEquals("conversionWindow must be at most PT2562047788015H12M55.806S (Long.MAX_VALUE - 1 ms), was "
                + "PT2562047788015215H30M7S", assertThrows(IllegalArgumentException.class,
                        () -> ABC.withConversionWindow(Duration.ofSeconds(Long.MAX_VALUE))).getMessage());
        assertEquals("stepWindow of step 1 must be >= 0, was PT-0.001S", assertThrows(IllegalArgumentException.class,
                () -> ABC.withStepWindow(1, Duration.ofMillis(-1))).getMessage());
        Duration largest = Duration.ofMillis(Long.MAX_VALUE - 1);
        assertEquals(largest, ABC.withConversionWindow(largest).conversionWindow().orElseThrow());
        // zero is allowed: every step at the same millisecond as the entry
        assertEquals(List.of(1L, 1L, 0L), EventFunnel.of(ABC.withConversionWindow(Duration.ZERO),
                List.of(FunnelEvent.of("u", "A", 5), FunnelEvent.of("u", "B", 5), FunnelEvent.of("u", "C", 6))).users());
        assertEquals(ABC.withConversionWindow(Duration.ofDays(1)), ABC.withConversionWindow(Duration.ofDays(1)));
        assertEquals(Duration.ofDays(1), ABC.withConversionWindow(Duration.ofDays(1)).conversionWindow().orElseThrow());
    }

    @Test
    void sortHelperOrdersByUserThenTimeStably() {
        List<FunnelEvent> sorted = EventFunnelAccumulator.sortByUserAndTime(List.of(FunnelEvent.of("b", "A", 5),
                FunnelEvent.of("a", "B", 3), FunnelEvent.of("a", "A", 3), FunnelEvent.of("a", "C", 1)));
        assertEquals(List.of("a/C", "a/B", "a/A", "b/A"),
                sorted.stream().map(e -> e.userId() + "/" + e.event()).toList());
    }

    @Test
    void serializedAccumulatorContinuesWhereItStopped() throws Exception {
        FunnelDefinition d = ABC.withBreakdown("ch", BreakdownAttribution.FIRST_TOUCH);
        EventFunnelAccumulator acc = new EventFunnelAccumulator(d);
        acc.add(new FunnelEvent("u", "A", 0, 1.5, Map.of("ch", "ads")));
        acc.add(FunnelEvent.of("u", "B", 10));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        EventFunnelAccumulator copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (EventFunnelAccumulator) in.readObject();
        }
        copy.add(FunnelEvent.of("u", "C", 20));
        acc.add(FunnelEvent.of("u", "C", 20));
        assertEquals(acc.result(), copy.result());
        assertEquals(List.of(1L, 1L, 1L), copy.result().users());
        assertEquals(Map.of("ads", List.of(1L, 1L, 1L)), copy.result().breakdown());
    }

    /**
     * User u's events on the primitive path: A at u minutes, then B 1 + u % 7 minutes later if u %
     * 5 != 0, then C 2 minutes after B if u % 3 == 0; breakdown "ads" for even users, "seo" for odd.
     */
    private static void addUser(EventFunnelAccumulator acc, long u) {
        long t = u * 60_000L;
        int bd = acc.breakdownId(u % 2 == 0 ? "ads" : "seo");
        acc.add(u, 0, t, 1.25, bd);
        if (u % 5 != 0) {
            t += (1 + u % 7) * 60_000L;
            acc.add(u, 1, t, 0, bd);
            if (u % 3 == 0) {
                acc.add(u, 2, t + 120_000L, 10.5, bd);
            }
        }
    }

    private static EventFunnelAccumulator users(FunnelDefinition d, long from, long to) {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(d);
        for (long u = from; u < to; u++) {
            addUser(acc, u);
        }
        return acc;
    }

    @Test
    void resultAndMergeWithAUserInProgressChangeNeitherSideOverThousandsOfRows() {
        FunnelDefinition d = ABC.withBreakdown("ch", BreakdownAttribution.FIRST_TOUCH);
        // users 0..4999: 4,000 reach B (u % 5 != 0), so the step-time rows span several chunks
        EventFunnelAccumulator acc = new EventFunnelAccumulator(d);
        for (long u = 0; u < 5_000; u++) {
            addUser(acc, u);
            if (u % 997 == 0) {
                // users 0..u, the last one still in progress
                assertEquals(users(d, 0, u + 1).result(), acc.result(), "after user " + u);
            }
        }
        EventFunnel all = users(d, 0, 5_000).result();
        assertEquals(all, acc.result());
        // 5,000 users reach A; 4,000 reach B (u % 5 != 0); C: u % 3 == 0 and u % 5 != 0, 1,667 - 334 = 1,333
        assertEquals(List.of(5_000L, 4_000L, 1_333L), all.users());

        // the second partition interns "seo" before "ads", so its breakdown ids differ
        EventFunnelAccumulator first = users(d, 0, 2_000);
        EventFunnelAccumulator second = new EventFunnelAccumulator(d);
        second.breakdownId("seo");
        for (long u = 2_000; u < 5_000; u++) {
            addUser(second, u);
        }
        EventFunnel secondBefore = second.result();
        first.merge(second);
        assertEquals(all, first.result());
        assertEquals(secondBefore, second.result());
        assertEquals(users(d, 2_000, 5_000).result(), second.result());
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void addAllocatesOnlyTheStepTimeRowsAndResultDoesNotCopyThem() {
        FunnelDefinition ab = FunnelDefinition.of(List.of("A", "B"));
        EventFunnelAccumulator acc = new EventFunnelAccumulator(ab);
        acc.add(-1, 0, 0, 0);
        acc.add(-1, 1, 5, 0);
        acc.result(); // creates the path evaluator, which is reused for every user
        long before = allocatedBytes();
        for (long u = 0; u < 100_000; u++) {
            acc.add(u, 0, u, 0);
            acc.add(u, 1, u + 5, 0);
        }
        long adds = allocatedBytes() - before;
        // 100,001 users reach B: one row of 2 longs each, 1,600,016 bytes. Chunks of 1,024 rows
        // are never copied (only the first grows to that size), so the adds allocate the rows
        // and at most a few percent more; doubling one array would allocate about 4 MB.
        long rows = 100_001L * 2 * 8;
        assertTrue(adds >= rows && adds < rows * 105 / 100, "bytes allocated by 200,000 adds: " + adds);
        before = allocatedBytes();
        EventFunnel f = acc.result(); // user 99,999 is in progress
        long result = allocatedBytes() - before;
        // the percentile buffer is one long per row (800,008 bytes); copying the rows would add 1.6 MB
        assertTrue(result < 800_008 + 100_000, "bytes allocated by result(): " + result);
        assertEquals(List.of(100_001L, 100_001L), f.users());
        assertEquals(Duration.ofMillis(5), f.timeToConvert(0, 1).median());
    }
}
