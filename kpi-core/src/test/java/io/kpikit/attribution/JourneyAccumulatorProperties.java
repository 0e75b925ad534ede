package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
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
}
