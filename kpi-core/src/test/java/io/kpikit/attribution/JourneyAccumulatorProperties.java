package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JourneyAccumulatorProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** Random events: few users, few channels, times on a coarse grid so that ties happen. */
    private static List<Object> events(Random r) {
        List<Object> out = new ArrayList<>();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            String user = "u" + r.nextInt(5);
            Instant at = T0.plus(Duration.ofHours(12L * r.nextInt(40)));
            if (r.nextInt(4) == 0) {
                out.add(new Conversion(user, at, Money.ofMinor(r.nextInt(10_000), CNY)));
            } else {
                out.add(new Touchpoint(user, "c" + r.nextInt(4), at));
            }
        }
        return out;
    }

    private static void add(JourneyAccumulator acc, Object event) {
        if (event instanceof Touchpoint) {
            acc.add((Touchpoint) event);
        } else {
            acc.add((Conversion) event);
        }
    }

    @Test
    void mergingPartitionsInAnyOrderEqualsOnePass() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Object> events = events(r);
            JourneyAccumulator whole = new JourneyAccumulator(Duration.ofDays(5), CNY);
            events.forEach(e -> add(whole, e));
            // split into up to three partitions, shuffled, merged in reverse order
            List<JourneyAccumulator> parts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parts.add(new JourneyAccumulator(Duration.ofDays(5), CNY));
            }
            List<Object> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, r);
            shuffled.forEach(e -> add(parts.get(r.nextInt(3)), e));
            JourneyAccumulator merged = new JourneyAccumulator(Duration.ofDays(5), CNY);
            merged.merge(parts.get(2));
            parts.get(0).merge(parts.get(1));
            merged.merge(parts.get(0));
            merged.merge(new JourneyAccumulator(Duration.ofDays(5), CNY));
            Journeys a = whole.result();
            Journeys b = merged.result();
            assertEquals(a.paths(), b.paths());
            assertEquals(a.unattributedConversions(), b.unattributedConversions());
            assertEquals(a.unattributedValue(), b.unattributedValue());
            // every conversion event is either on a path or unattributed
            long conversions = events.stream().filter(e -> e instanceof Conversion).count();
            assertEquals(conversions, (long) a.paths().totalConversions() + a.unattributedConversions());
        });
    }

    /** Lookbacks on the 12-hour grid of {@link #tiedEvents}, so touches fall on the window edge, and 1 ns past it. */
    private static final Duration[] LOOKBACKS = {Duration.ZERO, Duration.ofHours(12), Duration.ofHours(36),
        Duration.ofDays(5), Duration.ofDays(5).plusNanos(1), Duration.ofDays(5).minusNanos(1)};
    private static final String[] USERS = {"u0", "u1", "u2", "u10", ""};
    /** Channel names, some with surrounding white space (the same channel once trimmed). */
    private static final String[] CHANNELS = {"c0", "c1", " c1", "c1\t", "c2", "Search", "c3"};

    /**
     * Random events of a few users (the empty id included) on a 12-hour grid, some 1 ns or
     * half a second off it, so that same-instant ties and window edges happen; values are
     * minor units at scales 2, 3 and 4 or with their trailing zeros stripped.
     */
    private static List<Object> tiedEvents(Random r, int max) {
        List<Object> out = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String user = USERS[r.nextInt(USERS.length)];
            Instant at = T0.plus(Duration.ofHours(12L * r.nextInt(30)));
            switch (r.nextInt(8)) {
                case 0:
                    at = at.plusNanos(1);
                    break;
                case 1:
                    at = at.minusNanos(1);
                    break;
                case 2:
                    at = at.plusMillis(500);
                    break;
                default:
                    break;
            }
            if (r.nextInt(3) == 0) {
                BigDecimal value = BigDecimal.valueOf(r.nextInt(3) == 0 ? 0 : r.nextInt(5_000), 2);
                switch (r.nextInt(4)) {
                    case 0:
                        value = value.setScale(3);
                        break;
                    case 1:
                        value = value.setScale(4);
                        break;
                    case 2:
                        value = value.stripTrailingZeros();
                        break;
                    default:
                        break;
                }
                out.add(new Conversion(user, at, Money.of(value, CNY)));
            } else {
                out.add(new Touchpoint(user, CHANNELS[r.nextInt(CHANNELS.length)], at));
            }
        }
        return out;
    }

    /** Adds an event by its record or, at random, by the primitive method with the same meaning. */
    private static void addEither(JourneyAccumulator acc, Object event, Random r) {
        boolean primitive = r.nextBoolean();
        if (event instanceof Touchpoint) {
            Touchpoint t = (Touchpoint) event;
            if (primitive) {
                acc.addTouch(t.user(), t.channel(), t.time().getEpochSecond(), t.time().getNano());
            } else {
                acc.add(t);
            }
            return;
        }
        Conversion c = (Conversion) event;
        // the primitive form takes minor units, whose scale is the currency's: only an equal scale is the same input
        if (primitive && c.value().amount().scale() == 2) {
            acc.addConversion(c.user(), c.time().getEpochSecond(), c.time().getNano(), c.value().toMinorUnits());
        } else {
            acc.add(c);
        }
    }

    private static void assertSameJourneys(Journeys expected, Journeys actual) {
        // PathSet.equals compares channels, touches, conversions, nulls, values and ages bit for bit
        assertEquals(expected.paths(), actual.paths());
        assertEquals(expected.paths().channels(), actual.paths().channels());
        assertEquals(expected.unattributedConversions(), actual.unattributedConversions());
        // BigDecimal.equals: the same number at the same scale
        assertEquals(expected.unattributedValue().amount(), actual.unattributedValue().amount());
        assertEquals(expected.unattributedValue().currency(), actual.unattributedValue().currency());
    }

    @Test
    void onePassInAnyOrderEqualsTheReference() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Object> events = tiedEvents(r, 60);
            Duration lookback = LOOKBACKS[r.nextInt(LOOKBACKS.length)];
            Journeys expected = JourneyReference.of(events, lookback, CNY);
            List<Object> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, r);
            JourneyAccumulator acc = new JourneyAccumulator(lookback, CNY);
            shuffled.forEach(e -> addEither(acc, e, r));
            assertSameJourneys(expected, acc.result());
            // result() leaves the accumulator as it was
            assertSameJourneys(expected, acc.result());
        });
    }

    @Test
    void anySplitMergedInAnyOrderEqualsTheReference() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Object> events = tiedEvents(r, 60);
            Duration lookback = LOOKBACKS[r.nextInt(LOOKBACKS.length)];
            int k = 1 + r.nextInt(5);
            List<JourneyAccumulator> parts = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                parts.add(new JourneyAccumulator(lookback, CNY));
            }
            for (Object e : events) {
                addEither(parts.get(r.nextInt(k)), e, r);
            }
            // merge random pairs until one is left: any bracketing, any order, empty parts included
            while (parts.size() > 1) {
                JourneyAccumulator into = parts.remove(r.nextInt(parts.size()));
                into.merge(parts.remove(r.nextInt(parts.size())));
                parts.add(into);
            }
            assertSameJourneys(JourneyReference.of(events, lookback, CNY), parts.get(0).result());
        });
    }
}
