package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventFunnelProperties {

    private static final String[] NAMES = {"A", "B", "C", "D", "X", "other"};

    /**
     * Random users "u00".."u14", each with events in time order (ties possible). Values have 2
     * decimals, or (one run in three) are any 6-decimal amount up to the limit of 1e9.
     */
    private static List<FunnelEvent> events(Random r) {
        List<FunnelEvent> out = new ArrayList<>();
        boolean large = r.nextInt(3) == 0;
        int users = 1 + r.nextInt(15);
        for (int u = 0; u < users; u++) {
            long t = r.nextInt(1000) * 60_000L;
            int n = r.nextInt(13);
            for (int i = 0; i < n; i++) {
                t += r.nextInt(4) == 0 ? 0 : r.nextInt(30) * 60_000L;
                Map<String, String> props = r.nextInt(3) == 0 ? Map.of() : Map.of("ch", r.nextBoolean() ? "a" : "b");
                double value = large ? (r.nextLong(2_000_000_000_000_001L) - 1_000_000_000_000_000L) / 1e6
                        : r.nextInt(10_000) / 100.0;
                out.add(new FunnelEvent(String.format("u%02d", u), NAMES[r.nextInt(NAMES.length)], t, value, props));
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
            // each partition on the object or the primitive path (breakdown ids are per accumulator)
            for (List<FunnelEvent> part : partitions) {
                accs.add(r.nextBoolean() ? accumulate(d, part) : accumulatePrimitive(d, part));
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

    /** The primitive path over the same events: user "u07" is 7, breakdown values interned per accumulator. */
    private static EventFunnelAccumulator accumulatePrimitive(FunnelDefinition d, List<FunnelEvent> sorted) {
        EventFunnelAccumulator prim = new EventFunnelAccumulator(d);
        for (FunnelEvent e : sorted) {
            String ch = d.breakdownProperty().map(p -> e.properties().getOrDefault(p, "")).orElse("");
            prim.add(Long.parseLong(e.userId().substring(1)), d.eventId(e.event()), e.timestampMillis(), e.value(),
                    prim.breakdownId(ch));
        }
        return prim;
    }

    @Test
    void primitivePathEqualsEventPath() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            FunnelDefinition d = definition(r);
            List<FunnelEvent> sorted = EventFunnelAccumulator.sortByUserAndTime(events(r));
            assertEquals(EventFunnel.of(d, sorted), accumulatePrimitive(d, sorted).result());
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
    void orderedAndStrictResultsEqualAnExhaustiveSearchOverAllPaths() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            FunnelDefinition d = definition(r);
            if (d.order() == FunnelOrder.ANY_ORDER) {
                d = d.withOrder(FunnelOrder.ORDERED);
            }
            List<FunnelEvent> sorted = EventFunnelAccumulator.sortByUserAndTime(events(r));
            long[] users = new long[4];
            BigDecimal[] values = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            Map<String, long[]> breakdown = new TreeMap<>();
            List<List<Long>> times = new ArrayList<>(); // per pair (a, b), in EventFunnel's order
            for (int i = 0; i < 6; i++) {
                times.add(new ArrayList<>());
            }
            int from = 0;
            while (from < sorted.size()) {
                int to = from;
                while (to < sorted.size() && sorted.get(to).userId().equals(sorted.get(from).userId())) {
                    to++;
                }
                List<FunnelEvent> user = sorted.subList(from, to);
                from = to;
                List<int[]> paths = new ArrayList<>();
                for (int e = 0; e < user.size(); e++) {
                    if (user.get(e).event().equals("A")) {
                        enumerate(d, user, new int[] {e}, paths);
                    }
                }
                if (paths.isEmpty()) {
                    continue;
                }
                // the documented choice: deepest; then the earliest entry; then the earliest event
                // of the furthest step, then of each step before it, going backwards
                int depth = paths.stream().mapToInt(p -> p.length - 1).max().orElseThrow();
                int[] path = paths.stream().filter(p -> p.length == depth + 1).min((x, y) -> {
                    if (x[0] != y[0]) {
                        return Integer.compare(x[0], y[0]);
                    }
                    for (int s = depth; s >= 1; s--) {
                        if (x[s] != y[s]) {
                            return Integer.compare(x[s], y[s]);
                        }
                    }
                    return 0;
                }).orElseThrow();
                for (int s = 0; s <= depth; s++) {
                    users[s]++;
                    values[s] = values[s].add(BigDecimal.valueOf(user.get(path[s]).value()));
                }
                if (d.breakdownProperty().isPresent()) {
                    FunnelEvent source = user.get(path[d.breakdownAttribution() == BreakdownAttribution.FIRST_TOUCH
                            ? 0 : depth]);
                    long[] c = breakdown.computeIfAbsent(source.properties().getOrDefault("ch", ""), k -> new long[4]);
                    for (int s = 0; s <= depth; s++) {
                        c[s]++;
                    }
                }
                int pair = 0;
                for (int a = 0; a < 4; a++) {
                    for (int b = a + 1; b < 4; b++, pair++) {
                        if (b <= depth) {
                            times.get(pair).add(user.get(path[b]).timestampMillis() - user.get(path[a]).timestampMillis());
                        }
                    }
                }
            }
            EventFunnel actual = EventFunnel.of(d, sorted);
            String where = d + " " + seed;
            assertEquals(List.of(users[0], users[1], users[2], users[3]), actual.users(), where);
            for (int s = 0; s < 4; s++) {
                assertEquals(0, values[s].compareTo(actual.values().get(s)), where + " value of step " + s);
            }
            Map<String, List<Long>> expectedBreakdown = new TreeMap<>();
            breakdown.forEach((k, c) -> expectedBreakdown.put(k, List.of(c[0], c[1], c[2], c[3])));
            assertEquals(expectedBreakdown, actual.breakdown(), where);
            int pair = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++, pair++) {
                    long[] t = times.get(pair).stream().mapToLong(Long::longValue).toArray();
                    assertEquals(TimeToConvert.of(d.steps().get(a), d.steps().get(b), t, t.length),
                            actual.timeToConvert(a, b), where + " time " + a + " -> " + b);
                }
            }
        });
    }

    /** Adds every valid path extending {@code prefix} (positions of steps 0..) to {@code out}, itself included. */
    private static void enumerate(FunnelDefinition d, List<FunnelEvent> user, int[] prefix, List<int[]> out) {
        out.add(prefix);
        int s = prefix.length - 1;
        if (s == 3) {
            return;
        }
        int entry = prefix[0];
        int p = prefix[s];
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
                int[] longer = Arrays.copyOf(prefix, s + 2);
                longer[s + 1] = q;
                enumerate(d, user, longer, out);
            }
        }
    }
}
