package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Restoring an event funnel from its accessors gives an equal funnel, for any events and definition. */
class EventFunnelRestoreProperties {

    private static final String[] NAMES = {"A", "B", "C", "X"};

    @Test
    void restoringTheFiguresOfACountedFunnelGivesItBack() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            FunnelDefinition d = FunnelDefinition.of(List.of("A", "B", "C")).withOrder(FunnelOrder.values()[r.nextInt(3)]);
            if (r.nextBoolean()) {
                d = d.withBreakdown("ch", BreakdownAttribution.values()[r.nextInt(2)]);
            }
            List<FunnelEvent> events = new ArrayList<>();
            for (int u = 0; u < 1 + r.nextInt(12); u++) {
                long t = r.nextInt(1000) * 1000L;
                for (int i = 0; i < r.nextInt(8); i++) {
                    t += r.nextInt(4) == 0 ? 0 : r.nextInt(600) * 1000L;
                    events.add(new FunnelEvent("u" + u, NAMES[r.nextInt(NAMES.length)], t, r.nextInt(10_000) / 100.0,
                            r.nextBoolean() ? Map.of() : Map.of("ch", r.nextBoolean() ? "a" : "b")));
                }
            }
            EventFunnel f = EventFunnel.of(d, events);
            EventFunnel back = EventFunnel.restore(f.steps(), f.users(), f.values(), f.breakdown(), f.times());
            assertEquals(f, back);
            for (TimeToConvert t : f.times()) {
                assertEquals(t, TimeToConvert.restore(t.from(), t.to(), t.count(), t.totalMillis(),
                        t.toOptionalMedian().map(java.time.Duration::toMillis).orElse(0L),
                        t.toOptionalP90().map(java.time.Duration::toMillis).orElse(0L)));
            }
        });
    }
}
