package io.kpikit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelDefinition;
import io.kpikit.funnel.FunnelOrder;
import io.kpikit.funnel.FunnelStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FunnelInput} validated in kpi-core: which of the two forms is given, options of the
 * other form, stage and step names, the strict-funnel check at the stage that grows, and the
 * events form read from a file.
 */
class FunnelInputTest {

    private static final List<String> STEPS = List.of("visit", "cart", "order");

    private static void assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertThrows(ReviewInputException.class, build);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static List<FunnelStage> stages(long... counts) {
        List<FunnelStage> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            out.add(new FunnelStage("s" + i, counts[i]));
        }
        return out;
    }

    @Test
    void exactlyOneFormIsGiven() {
        assertRejected("stages", "give either stages or events, was neither",
                () -> new FunnelInput(null, null, null, null, null, null));
        assertRejected("events", "give either stages or events, was both",
                () -> new FunnelInput(stages(5), null, "e.csv", STEPS, null, null));
    }

    @Test
    void optionsOfTheOtherFormAreRejected() {
        assertRejected("steps", "steps applies to events only, was [visit, cart, order]",
                () -> new FunnelInput(stages(5), null, null, STEPS, null, null));
        assertRejected("order", "order applies to events only, was STRICT",
                () -> new FunnelInput(stages(5), null, null, null, FunnelOrder.STRICT, null));
        assertRejected("conversionWindow", "conversionWindow applies to events only, was PT1H",
                () -> new FunnelInput(stages(5), null, null, null, null, Duration.ofHours(1)));
        assertRejected("strict", "strict applies to stages only (an events funnel counts users, so it is strict),"
                + " was false", () -> new FunnelInput(null, false, "e.csv", STEPS, null, null));
    }

    @Test
    void stagesAreNamedOnceAndAStrictFunnelIsReportedWhereItGrows() {
        assertRejected("stages", "stages must not be empty, was []", () -> new FunnelInput(List.of(), null, null, null,
                null, null));
        assertRejected("stages/2/name", "stage names must be unique, was \"a\" twice", () -> new FunnelInput(
                List.of(new FunnelStage("a", 3), new FunnelStage("b", 2), new FunnelStage("a", 1)), null, null, null,
                null, null));
        // 10, 10, 11: equal counts are fine, the third stage grows
        assertRejected("stages/2/count", "count of stage \"s2\" must be <= count of stage \"s1\" (10) in a strict"
                + " funnel, was 11", () -> new FunnelInput(stages(10, 10, 11), null, null, null, null, null));
        assertRejected("stages/1/count", "count of stage \"s1\" must be <= count of stage \"s0\" (10) in a strict"
                + " funnel, was 11", () -> new FunnelInput(stages(10, 11), true, null, null, null, null));
    }

    @Test
    void aNonStrictFunnelMayGrow() {
        FunnelInput grows = new FunnelInput(stages(10, 11), false, null, null, null, null);
        Funnel f = grows.toFunnel(Path.of(""));
        assertFalse(f.isStrict());
        assertEquals(stages(10, 11), f.stages());
        assertNull(grows.toDefinition());
        assertTrue(new FunnelInput(stages(10, 10), null, null, null, null, null).toFunnel(Path.of("")).isStrict());
        assertTrue(new FunnelInput(stages(10, 10), true, null, null, null, null).toFunnel(Path.of("")).isStrict());
    }

    @Test
    void eventsNeedNamedUniqueSteps() {
        assertRejected("events", "events must not be blank, was \" \"",
                () -> new FunnelInput(null, null, " ", STEPS, null, null));
        assertRejected("steps", "steps must name the funnel's events in order, was absent",
                () -> new FunnelInput(null, null, "e.csv", null, null, null));
        assertRejected("steps", "steps must name the funnel's events in order, was []",
                () -> new FunnelInput(null, null, "e.csv", List.of(), null, null));
        assertRejected("steps/1", "steps/1 must not be blank, was \"\"",
                () -> new FunnelInput(null, null, "e.csv", List.of("a", ""), null, null));
        assertRejected("steps/2", "step names must be unique, was \"a\" twice",
                () -> new FunnelInput(null, null, "e.csv", List.of("a", "b", "a"), null, null));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            many.add("e" + i);
        }
        assertRejected("steps", "number of steps must be in [1, 32], was 33",
                () -> new FunnelInput(null, null, "e.csv", many, null, null));
        assertRejected("conversionWindow", "conversionWindow must be >= 0, was PT-1S",
                () -> new FunnelInput(null, null, "e.csv", STEPS, null, Duration.ofSeconds(-1)));
        assertRejected("conversionWindow", "conversionWindow must be whole milliseconds, was PT0.0000001S",
                () -> new FunnelInput(null, null, "e.csv", STEPS, null, Duration.ofNanos(100)));
    }

    @Test
    void theDefinitionCarriesOrderAndWindow() {
        FunnelDefinition plain = new FunnelInput(null, null, "e.csv", STEPS, null, null).toDefinition();
        assertEquals(STEPS, plain.steps());
        assertEquals(FunnelOrder.ORDERED, plain.order());
        assertEquals(Optional.empty(), plain.conversionWindow());
        FunnelDefinition d = new FunnelInput(null, null, "e.csv", STEPS, FunnelOrder.STRICT, Duration.ofDays(7))
                .toDefinition();
        assertEquals(FunnelOrder.STRICT, d.order());
        assertEquals(Optional.of(Duration.ofDays(7)), d.conversionWindow());
    }

    @Test
    void anEventsFileIsCountedPerUserRelativeToTheBaseDirectory(@TempDir Path dir) throws IOException {
        // u1 reaches order, u2 only visits, u3 reaches cart: visit 3, cart 2, order 1
        Files.writeString(dir.resolve("e.csv"), "user_id,event,timestamp\n"
                + "u1,visit,2024-01-01T00:00:00Z\nu1,cart,2024-01-01T00:01:00Z\nu1,order,2024-01-01T00:02:00Z\n"
                + "u2,visit,2024-01-02T00:00:00Z\n"
                + "u3,visit,2024-01-03T00:00:00Z\nu3,cart,2024-01-03T00:05:00Z\n");
        Funnel f = new FunnelInput(null, null, "e.csv", STEPS, null, null).toFunnel(dir);
        assertEquals(List.of(new FunnelStage("visit", 3), new FunnelStage("cart", 2), new FunnelStage("order", 1)),
                f.stages());
        // with a window of one minute u3's cart (5 minutes after the visit) does not count
        Funnel windowed = new FunnelInput(null, null, "e.csv", STEPS, null, Duration.ofMinutes(1)).toFunnel(dir);
        assertEquals(List.of(3L, 1L, 0L), windowed.stages().stream().map(FunnelStage::count).toList());
    }

    @Test
    void anInvalidEventsFileIsReportedAtEventsWithTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "user_id,event\nu1,visit\n");
        ReviewInputException e = assertThrows(ReviewInputException.class,
                () -> new FunnelInput(null, null, "bad.csv", STEPS, null, null).toFunnel(dir));
        assertEquals("events", e.field());
        assertTrue(e.getMessage().endsWith(" (file " + file + ")"), e.getMessage());
    }
}
