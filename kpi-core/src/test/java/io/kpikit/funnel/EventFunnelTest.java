package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFunnelTest {

    private static final long MIN = 60_000;
    private static final FunnelDefinition ABC = FunnelDefinition.of(List.of("A", "B", "C"));

    /** Events of one user, one minute apart, from a path like "A scroll B C". */
    private static List<FunnelEvent> path(String user, String events) {
        List<FunnelEvent> out = new ArrayList<>();
        String[] names = events.split(" ");
        for (int i = 0; i < names.length; i++) {
            out.add(FunnelEvent.of(user, names[i], i * MIN));
        }
        return out;
    }

    /** Events of one user at the given minutes: "A@0 B@5 C@18". */
    private static List<FunnelEvent> timed(String user, String events) {
        List<FunnelEvent> out = new ArrayList<>();
        for (String e : events.split(" ")) {
            String[] parts = e.split("@");
            out.add(FunnelEvent.of(user, parts[0], Long.parseLong(parts[1]) * MIN));
        }
        return out;
    }

    private static List<FunnelEvent> users(List<List<FunnelEvent>> paths) {
        List<FunnelEvent> all = new ArrayList<>();
        paths.forEach(all::addAll);
        return all;
    }

    private static final List<FunnelEvent> MODES = users(List.of(
            path("u1", "A B C"),          // every mode: C
            path("u2", "A scroll B C"),   // a non-funnel event breaks nothing: C
            path("u3", "A C B"),          // ordered: B; strict: A (C is not B); any order: C
            path("u4", "A B B C"),        // ordered: C; strict: B (repeating B breaks); any order: C
            path("u5", "B C"),            // never entered: not counted anywhere
            path("u6", "A B A C")));      // ordered: C; strict: B (A again breaks; A C fails); any order: C

    @Test
    void orderedStrictAndAnyOrderDiffer() {
        assertEquals(List.of(5L, 5L, 4L), EventFunnel.of(ABC, MODES).users());
        assertEquals(List.of(5L, 4L, 2L), EventFunnel.of(ABC.withOrder(FunnelOrder.STRICT), MODES).users());
        assertEquals(List.of(5L, 5L, 5L), EventFunnel.of(ABC.withOrder(FunnelOrder.ANY_ORDER), MODES).users());
    }

    @Test
    void anyOrderReachesAStepOnceAllEarlierStepsAreDone() {
        // "C A B": A at 1 min, B at 2, C at 0 -> step B reached at 2 min, step C also at 2 min (max of first times)
        EventFunnel f = EventFunnel.of(ABC.withOrder(FunnelOrder.ANY_ORDER), path("u", "C A B"));
        assertEquals(List.of(1L, 1L, 1L), f.users());
        assertEquals(Duration.ofMinutes(1), f.timeToConvert(0, 1).median());
        assertEquals(Duration.ZERO, f.timeToConvert(1, 2).median());
        // "B C" alone never enters; "A C" reaches only A (B is missing from the prefix)
        assertEquals(List.of(1L, 0L, 0L), EventFunnel.of(ABC.withOrder(FunnelOrder.ANY_ORDER),
                users(List.of(path("v", "B C"), path("w", "A C")))).users());
    }

    @Test
    void conversionWindowIsInclusiveAndMeasuredFromEntry() {
        FunnelDefinition hour = ABC.withConversionWindow(Duration.ofHours(1));
        List<FunnelEvent> events = users(List.of(
                timed("exact", "A@0 B@30 C@60"),     // C exactly at the window: counts
                timed("late", "A@0 B@30 C@61"),      // C one minute late: B only
                timed("again", "A@0 B@50 A@70 B@80 C@100")));  // first entry expires; second converts in 30 min
        EventFunnel f = EventFunnel.of(hour, events);
        assertEquals(List.of(3L, 3L, 2L), f.users());
        // converters' A -> C: exact 60 min, again 30 min (from its second entry)
        TimeToConvert ac = f.timeToConvert("A", "C");
        assertEquals(2, ac.count());
        assertEquals(Duration.ofMinutes(30), ac.median());   // rank ceil(0.5 * 2) = 1
        assertEquals(Duration.ofMinutes(60), ac.p90());      // rank ceil(0.9 * 2) = 2
        assertEquals(45.0 * MIN, ac.mean().doubleValue());
        // without a window, "late" converts too
        assertEquals(List.of(3L, 3L, 3L), EventFunnel.of(ABC, events).users());
    }

    @Test
    void stepWindowUsesTheLatestPossiblePreviousStep() {
        // C within 10 min of B. A@0 B@5 B@9 C@18: B@5 is 13 min before C, but B@9 is 9 min: converts
        FunnelDefinition d = ABC.withStepWindow(2, Duration.ofMinutes(10));
        EventFunnel f = EventFunnel.of(d, timed("u", "A@0 B@5 B@9 C@18"));
        assertEquals(List.of(1L, 1L, 1L), f.users());
        assertEquals(Duration.ofMinutes(9), f.timeToConvert(1, 2).median());
        assertEquals(Duration.ofMinutes(9), f.timeToConvert(0, 1).median());
        // A@0 B@5 C@16: 11 min after B: stops at B
        assertEquals(List.of(1L, 1L, 0L), EventFunnel.of(d, timed("u", "A@0 B@5 C@16")).users());
        assertEquals(Duration.ofMinutes(10), d.stepWindow(2).orElseThrow());
    }

    @Test
    void exclusionStopsThePathWhereItWas() {
        FunnelDefinition noCall = ABC.withExclusion(new FunnelExclusion("call", 0, 2));
        List<FunnelEvent> events = users(List.of(
                path("a", "A call B C"),       // call after A, before B: counted at A
                path("b", "A B call C"),       // call after B, before C: counted at B
                path("c", "A call A B C"),     // a new entry after the call converts
                path("d", "A B C call")));     // call after C: no effect
        assertEquals(List.of(4L, 3L, 2L), EventFunnel.of(noCall, events).users());
        assertEquals(List.of(4L, 4L, 4L), EventFunnel.of(ABC, events).users());
        // an exclusion between B and C only does not touch user a
        FunnelDefinition late = ABC.withExclusion(new FunnelExclusion("call", 1, 2));
        assertEquals(List.of(4L, 4L, 3L), EventFunnel.of(late, events).users());
        // repeating the step after the excluding event restores the path: A B call B C converts
        assertEquals(List.of(1L, 1L, 1L), EventFunnel.of(late, path("e", "A B call B C")).users());
        assertEquals(2, late.eventId("C"));
        assertEquals(3, late.eventId("call"));
        assertEquals(-1, late.eventId("scroll"));
    }

    @Test
    void firstEntryReachingTheFurthestStepSuppliesValuesAndTimes() {
        List<FunnelEvent> events = List.of(
                new FunnelEvent("u", "A", 0, 1.0, Map.of("channel", "ads")),
                new FunnelEvent("u", "B", 2 * MIN, 2.0, Map.of("channel", "ads")),
                new FunnelEvent("u", "A", 3 * MIN, 100.0, Map.of("channel", "seo")),
                new FunnelEvent("u", "C", 4 * MIN, 10.25, Map.of("channel", "email")),
                new FunnelEvent("v", "A", 0, 0.1, Map.of()),
                new FunnelEvent("v", "B", MIN, 0.2, Map.of("channel", "seo")));
        FunnelDefinition d = ABC.withBreakdown("channel", BreakdownAttribution.FIRST_TOUCH);
        EventFunnel f = EventFunnel.of(d, events);
        // u converts from its first A (value 1.0, not 100); v stops at B
        assertEquals(List.of(2L, 2L, 1L), f.users());
        assertEquals(List.of(new BigDecimal("1.100000"), new BigDecimal("2.200000"), new BigDecimal("10.250000")),
                f.values());
        // first touch: u under "ads", v under "" (its A has no channel)
        assertEquals(Map.of("ads", List.of(1L, 1L, 1L), "", List.of(1L, 1L, 0L)), f.breakdown());
        // last touch: u under "email" (its C), v under "seo" (its B)
        EventFunnel last = EventFunnel.of(ABC.withBreakdown("channel", BreakdownAttribution.LAST_TOUCH), events);
        assertEquals(Map.of("email", List.of(1L, 1L, 1L), "seo", List.of(1L, 1L, 0L)), last.breakdown());
        assertEquals(List.of(1L, 1L, 1L), last.toFunnel("email").stages().stream().map(FunnelStage::count).toList());
        assertEquals("breakdown value must be one of [email, seo], was \"tv\"",
                assertThrows(IllegalArgumentException.class, () -> last.toFunnel("tv")).getMessage());
        assertEquals(Duration.ofMinutes(4), f.timeToConvert("A", "C").median());
    }

    @Test
    void timeToConvertUsesNearestRank() {
        // A -> B in 1, 2 and 10 minutes: mean 13/3 min, median rank ceil(1.5) = 2 -> 2 min, p90 rank ceil(2.7) = 3
        EventFunnel f = EventFunnel.of(FunnelDefinition.of(List.of("A", "B")), users(List.of(
                timed("x", "A@0 B@1"), timed("y", "A@0 B@2"), timed("z", "A@0 B@10"), timed("w", "A@0"))));
        TimeToConvert t = f.timeToConvert(0, 1);
        assertEquals(3, t.count());
        assertEquals(13.0 / 3 * MIN, t.mean().doubleValue(), 1e-9);
        assertEquals(Duration.ofMinutes(2), t.median());
        assertEquals(Duration.ofMinutes(10), t.p90());
        assertEquals(List.of(4L, 3L), f.users());
        assertEquals(0.75, f.toFunnel().steps().get(0).stepConversion().doubleValue());
    }

    @Test
    void emptyTimesAreUndefined() {
        TimeToConvert t = EventFunnel.of(ABC, path("u", "A")).timeToConvert(0, 2);
        assertEquals(0, t.count());
        assertEquals("no user reached both steps", t.undefinedReason().orElseThrow());
        assertTrue(t.toOptionalMedian().isEmpty());
        assertTrue(!t.mean().isDefined());
        IllegalStateException e = assertThrows(IllegalStateException.class, t::p90);
        assertEquals("time to convert from \"A\" to \"C\" is undefined: no user reached both steps", e.getMessage());
        assertEquals("steps must satisfy 0 <= from < to < 3, was from=1, to=1",
                assertThrows(IllegalArgumentException.class,
                        () -> EventFunnel.of(ABC, List.of()).timeToConvert(1, 1)).getMessage());
    }
}
