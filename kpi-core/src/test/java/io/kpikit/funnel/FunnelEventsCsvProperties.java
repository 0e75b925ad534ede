package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FunnelEventsCsvProperties {

    private static final String[] NAMES = {"A", "B", "C", "X", "other"};

    /** Random users with events at random minutes (ties common), in random order across and within users. */
    private static List<FunnelEvent> events(Random r) {
        List<FunnelEvent> out = new ArrayList<>();
        int users = 1 + r.nextInt(8);
        for (int u = 0; u < users; u++) {
            int n = r.nextInt(8);
            for (int i = 0; i < n; i++) {
                long t = r.nextInt(60) * 60_000L + (r.nextBoolean() ? 0 : r.nextInt(1000));
                out.add(FunnelEvent.of("u" + u, NAMES[r.nextInt(NAMES.length)], t, r.nextInt(100_000) / 100.0));
            }
        }
        Collections.shuffle(out, r);
        return out;
    }

    private static String csv(List<FunnelEvent> events) {
        StringBuilder sb = new StringBuilder("timestamp,user_id,event,value\n");
        for (FunnelEvent e : events) {
            sb.append(Instant.ofEpochMilli(e.timestampMillis())).append(',').append(e.userId()).append(',')
                    .append(e.event()).append(',').append(BigDecimal.valueOf(e.value()).toPlainString()).append('\n');
        }
        return sb.toString();
    }

    /** The reader sorts rows itself, so any file order counts exactly as the in-memory path does. */
    @Test
    void readingAnyRowOrderEqualsCountingTheEventsInMemory() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            FunnelDefinition d = FunnelDefinition.of(List.of("A", "B", "C"))
                    .withOrder(FunnelOrder.values()[r.nextInt(3)]);
            if (r.nextBoolean()) {
                d = d.withConversionWindow(Duration.ofMinutes(r.nextInt(40)));
            }
            if (d.order() != FunnelOrder.ANY_ORDER && r.nextBoolean()) {
                d = d.withExclusion(new FunnelExclusion("X", 0, 2));
            }
            List<FunnelEvent> events = events(r);
            assertEquals(EventFunnel.of(d, events), FunnelEventsCsv.read(new StringReader(csv(events)), d));
        });
    }
}
