package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventFunnelProperties {

    private static final String[] NAMES = {"A", "B", "C", "D", "X", "other"};

    /** Random users "u00".."u14", each with events in time order (ties possible). */
    private static List<FunnelEvent> events(Random r) {
        List<FunnelEvent> out = new ArrayList<>();
        int users = 1 + r.nextInt(15);
        for (int u = 0; u < users; u++) {
            long t = r.nextInt(1000) * 60_000L;
            int n = r.nextInt(13);
            for (int i = 0; i < n; i++) {
                t += r.nextInt(4) == 0 ? 0 : r.nextInt(30) * 60_000L;
                Map<String, String> props = r.nextInt(3) == 0 ? Map.of() : Map.of("ch", r.nextBoolean() ? "a" : "b");
                out.add(new FunnelEvent(String.format("u%02d", u), NAMES[r.nextInt(NAMES.length)], t,
                        r.nextInt(10_000) / 100.0, props));
            }
        }
        return out;
    }

    /** A random definition over A..D using every option the order allows. */
    private static FunnelDefinition definition(Random r) {
        FunnelDefinition d = FunnelDefinition.of(List.of("A", "B", "C", "D"))
                .withOrder(FunnelOrder.values()[r.nextInt(3)]);
        if (r.nextBoolean()) {
            d = d.withConversionWindow(Duration.ofMinutes(r.nextInt(120)));
        }
        if (d.order() != FunnelOrder.ANY_ORDER) {
            if (r.nextBoolean()) {
                d = d.withStepWindow(1 + r.nextInt(3), Duration.ofMinutes(r.nextInt(40)));
            }
            if (r.nextBoolean()) {
                int from = r.nextInt(3);
                d = d.withExclusion(new FunnelExclusion("X", from, from + 1 + r.nextInt(3 - from)));
            }
        }
        if (r.nextBoolean()) {
            d = d.withBreakdown("ch", BreakdownAttribution.values()[r.nextInt(2)]);
        }
        return d;
    }

    private static EventFunnelAccumulator accumulate(FunnelDefinition d, List<FunnelEvent> sorted) {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(d);
        sorted.forEach(acc::add);
        return acc;
    }

    @Test
    void mergingUserPartitionsInAnyOrderEqualsOnePass() {
        qt().forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, parts) -> {
            Random r = new Random(seed);
            FunnelDefinition d = definition(r);
            List<FunnelEvent> sorted = EventFunnelAccumulator.sortByUserAndTime(events(r));
            EventFunnel onePass = accumulate(d, sorted).result();
            List<List<FunnelEvent>> partitions = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                partitions.add(new ArrayList<>());
            }
            for (FunnelEvent e : sorted) {
                partitions.get(Math.floorMod(e.userId().hashCode() * 31 + (int) (long) seed, parts)).add(e);
            }
            List<EventFunnelAccumulator> accs = new ArrayList<>();
            for (List<FunnelEvent> part : partitions) {
                accs.add(accumulate(d, part));
            }
            accs.add(new EventFunnelAccumulator(d)); // the empty accumulator is the identity
            Collections.shuffle(accs, r);
            // fold as a balanced tree when the seed is even, left to right otherwise
            while (accs.size() > 1) {
                if (seed % 2 == 0) {
                    List<EventFunnelAccumulator> next = new ArrayList<>();
                    for (int i = 0; i < accs.size(); i += 2) {
                        if (i + 1 < accs.size()) {
                            accs.get(i).merge(accs.get(i + 1));
                        }
                        next.add(accs.get(i));
                    }
                    accs = next;
                } else {
                    accs.get(0).merge(accs.remove(1));
                }
            }
            assertEquals(onePass, accs.get(0).result());
        });
    }

    @Test
    void primitivePathEqualsEventPath() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            FunnelDefinition d = definition(r);
            List<FunnelEvent> sorted = EventFunnelAccumulator.sortByUserAndTime(events(r));
            EventFunnelAccumulator prim = new EventFunnelAccumulator(d);
            for (FunnelEvent e : sorted) {
                String ch = d.breakdownProperty().map(p -> e.properties().getOrDefault(p, "")).orElse("");
                prim.add(Long.parseLong(e.userId().substring(1)), d.eventId(e.event()), e.timestampMillis(), e.value(),
                        prim.breakdownId(ch));
            }
            assertEquals(EventFunnel.of(d, sorted), prim.result());
        });
    }

    @Test
    void countsNeverIncreaseAndTimesCoverExactlyTheUsersReachingBothSteps() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            EventFunnel f = EventFunnel.of(definition(r), events(r));
            List<Long> users = f.users();
            for (int s = 1; s < users.size(); s++) {
                assertTrue(users.get(s) <= users.get(s - 1), users::toString);
                for (int a = 0; a < s; a++) {
                    TimeToConvert t = f.timeToConvert(a, s);
                    assertEquals((long) users.get(s), t.count());
                    if (t.isDefined()) {
                        assertTrue(t.median().compareTo(t.p90()) <= 0 && !t.median().isNegative());
                    }
                }
            }
            for (FunnelStep step : f.toFunnel().steps()) {
                step.stepConversion().toOptionalDouble().ifPresent(v -> assertTrue(v >= 0 && v <= 1));
            }
            long broken = f.breakdown().values().stream().mapToLong(c -> c.get(0)).sum();
            assertTrue(f.breakdown().isEmpty() || broken == users.get(0));
        });
    }

    @Test
    void strictNeverCountsMoreThanOrderedAndOrderedNeverMoreThanAnyOrder() {
        qt().forAll(longs().all(), integers().between(-1, 120)).checkAssert((seed, minutes) -> {
            List<FunnelEvent> events = events(new Random(seed));
            FunnelDefinition base = FunnelDefinition.of(List.of("A", "B", "C", "D"));
            if (minutes >= 0) {
                base = base.withConversionWindow(Duration.ofMinutes(minutes));
            }
            List<Long> strict = EventFunnel.of(base.withOrder(FunnelOrder.STRICT), events).users();
            List<Long> ordered = EventFunnel.of(base, events).users();
            List<Long> any = EventFunnel.of(base.withOrder(FunnelOrder.ANY_ORDER), events).users();
            for (int s = 0; s < 4; s++) {
                assertTrue(strict.get(s) <= ordered.get(s) && ordered.get(s) <= any.get(s),
                        strict + " " + ordered + " " + any);
            }
        });
    }

    @Test
    void orderedAndStrictCountsEqualAnExhaustiveSearchOverAllPaths() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            FunnelDefinition d = definition(r);
            if (d.order() == FunnelOrder.ANY_ORDER) {
                d = d.withOrder(FunnelOrder.ORDERED);
            }
            List<FunnelEvent> sorted = EventFunnelAccumulator.sortByUserAndTime(events(r));
            long[] expected = new long[4];
            int from = 0;
            while (from < sorted.size()) {
                int to = from;
                while (to < sorted.size() && sorted.get(to).userId().equals(sorted.get(from).userId())) {
                    to++;
                }
                List<FunnelEvent> user = sorted.subList(from, to);
                int best = -1;
                for (int e = 0; e < user.size(); e++) {
                    if (user.get(e).event().equals("A")) {
                        best = Math.max(best, deepest(d, user, e, e, 0));
                    }
                }
                for (int s = 0; s <= best; s++) {
                    expected[s]++;
                }
                from = to;
            }
            assertEquals(List.of(expected[0], expected[1], expected[2], expected[3]), EventFunnel.of(d, sorted).users(),
                    d::toString);
        });
    }

    /** The deepest step reachable from step {@code s} matched at {@code p}, trying every next event. */
    private static int deepest(FunnelDefinition d, List<FunnelEvent> user, int entry, int p, int s) {
        if (s == 3) {
            return s;
        }
        int best = s;
        String next = d.steps().get(s + 1);
        for (int q = p + 1; q < user.size(); q++) {
            FunnelEvent ev = user.get(q);
            long t = ev.timestampMillis();
            if (!ev.event().equals(next)
                    || t - user.get(entry).timestampMillis() > d.conversionWindow().map(Duration::toMillis).orElse(Long.MAX_VALUE)
                    || t - user.get(p).timestampMillis() > d.stepWindow(s + 1).map(Duration::toMillis).orElse(Long.MAX_VALUE)) {
                continue;
            }
            boolean blocked = false;
            for (int between = p + 1; between < q; between++) {
                String name = user.get(between).event();
                boolean excluded = false;
                for (FunnelExclusion x : d.exclusions()) {
                    excluded |= x.event().equals(name) && x.fromStep() <= s && s + 1 <= x.toStep();
                }
                blocked |= excluded || d.order() == FunnelOrder.STRICT && d.steps().contains(name);
            }
            if (!blocked) {
                best = Math.max(best, deepest(d, user, entry, q, s + 1));
            }
        }
        return best;
    }
}
