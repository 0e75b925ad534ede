package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Ratio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Windows, exclusions, limits and texts of the funnels that the main examples do not reach. */
class FunnelEdgeTest {

    private static final long MIN = 60_000;
    private static final FunnelDefinition ABC = FunnelDefinition.of(List.of("A", "B", "C"));

    /** Events of one user at the given minutes: "A@0 B@5 C@18". */
    private static List<FunnelEvent> timed(String user, String events) {
        List<FunnelEvent> out = new ArrayList<>();
        for (String e : events.split(" ")) {
            String[] parts = e.split("@");
            out.add(FunnelEvent.of(user, parts[0], Long.parseLong(parts[1]) * MIN));
        }
        return out;
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void anyOrderHonoursTheConversionWindow() {
        // within an hour of A only C happens; B at 61 min is too late, so only A is reached
        FunnelDefinition hour = ABC.withOrder(FunnelOrder.ANY_ORDER).withConversionWindow(Duration.ofHours(1));
        assertEquals(List.of(1L, 0L, 0L), EventFunnel.of(hour, timed("u", "A@0 C@30 B@61")).users());
        assertEquals(List.of(1L, 1L, 1L), EventFunnel.of(hour, timed("u", "A@0 C@30 B@60")).users());
    }

    @Test
    void aStepWindowIsInclusive() {
        // C exactly 10 minutes after B converts
        FunnelDefinition d = ABC.withStepWindow(2, Duration.ofMinutes(10));
        assertEquals(List.of(1L, 1L, 1L), EventFunnel.of(d, timed("u", "A@0 B@5 C@15")).users());
    }

    @Test
    void thePathsStepFollowsTheLastExcludingEvent() {
        // A@0 B@1 call@2 B@3 C@4, a call cutting B -> C: the converting path is A@0 B@3 C@4
        FunnelDefinition d = ABC.withExclusion(new FunnelExclusion("call", 1, 2));
        EventFunnel f = EventFunnel.of(d, timed("u", "A@0 B@1 call@2 B@3 C@4"));
        assertEquals(List.of(1L, 1L, 1L), f.users());
        assertEquals(Duration.ofMinutes(3), f.timeToConvert(0, 1).median());
        assertEquals(Duration.ofMinutes(1), f.timeToConvert(1, 2).median());
    }

    @Test
    void definitionLimits() {
        List<String> thirtyTwo = new ArrayList<>();
        for (int i = 0; i < FunnelDefinition.MAX_STEPS; i++) {
            thirtyTwo.add("s" + i);
        }
        assertEquals(32, FunnelDefinition.of(thirtyTwo).steps().size());
        List<String> thirtyThree = new ArrayList<>(thirtyTwo);
        thirtyThree.add("s32");
        assertEquals("number of steps must be in [1, 32], was 33", message(() -> FunnelDefinition.of(thirtyThree)));
        assertEquals("number of steps must be in [1, 32], was 0",
                message(() -> FunnelDefinition.of(Collections.emptyList())));
        assertEquals("step name must not be blank, was \" \"", message(() -> FunnelDefinition.of(List.of("A", " "))));
        // step windows apply to the links 1 .. k-1
        assertEquals(Duration.ofMinutes(5), ABC.withStepWindow(1, Duration.ofMinutes(5)).stepWindow(1).orElseThrow());
        assertEquals(Optional.empty(), ABC.withStepWindow(1, Duration.ofMinutes(5)).stepWindow(0));
        assertEquals(Optional.empty(), ABC.stepWindow(2));
        assertEquals("step of a step window must be in [1, 2], was 0",
                message(() -> ABC.withStepWindow(0, Duration.ofMinutes(5))));
        assertEquals("step of a step window must be in [1, 2], was 3",
                message(() -> ABC.withStepWindow(3, Duration.ofMinutes(5))));
        assertEquals(Optional.empty(), ABC.conversionWindow());
        assertEquals(Optional.of(Duration.ofHours(1)), ABC.withConversionWindow(Duration.ofHours(1)).conversionWindow());
        assertEquals("fromStep of exclusion \"call\" must be >= 0, was -1",
                message(() -> new FunnelExclusion("call", -1, 1)));
    }

    @Test
    void eventFunnelLookupsAndText() {
        EventFunnel f = EventFunnel.of(FunnelDefinition.of(List.of("A", "B")),
                List.of(FunnelEvent.of("u", "A", 0), FunnelEvent.of("u", "B", MIN)));
        assertEquals(List.of("A", "B"), f.steps());
        assertEquals("A 1 > B 1", f.toString());
        TimeToConvert t = f.timeToConvert(0, 1);
        assertEquals("A", t.from());
        assertEquals("B", t.to());
        assertTrue(t.isDefined());
        assertEquals(Optional.empty(), t.undefinedReason());
        assertEquals(Optional.of(Duration.ofMinutes(1)), t.toOptionalMedian());
        assertEquals(Optional.of(Duration.ofMinutes(1)), t.toOptionalP90());
        assertEquals("A -> B: n=1, mean=60000.0ms, median=PT1M, p90=PT1M", t.toString());
        assertEquals("steps must satisfy 0 <= from < to < 2, was from=1, to=2", message(() -> f.timeToConvert(1, 2)));
        assertEquals("steps must satisfy 0 <= from < to < 2, was from=1, to=1", message(() -> f.timeToConvert(1, 1)));
        assertEquals("step must be one of [A, B], was \"Z\"", message(() -> f.timeToConvert("A", "Z")));

        TimeToConvert none = EventFunnel.of(FunnelDefinition.of(List.of("A", "B")),
                List.of(FunnelEvent.of("u", "A", 0))).timeToConvert(0, 1);
        assertFalse(none.isDefined());
        assertEquals(Optional.of("no user reached both steps"), none.undefinedReason());
        assertEquals(Optional.empty(), none.toOptionalMedian());
        assertEquals(Optional.empty(), none.toOptionalP90());
        assertThrows(IllegalStateException.class, none::median);
    }

    @Test
    void anAccumulatorKnowsItsDefinition() {
        assertEquals(ABC, new EventFunnelAccumulator(ABC).definition());
    }

    @Test
    void comparisonWithoutEntrantsOrAboveOneSaysWhy() {
        Funnel a = Funnel.of(List.of(new FunnelStage("visit", 1000), new FunnelStage("buy", 50)));
        Funnel empty = Funnel.of(List.of(new FunnelStage("visit", 0), new FunnelStage("buy", 0)));
        StepComparison noB = FunnelComparison.between(a, empty).overall();
        assertEquals(Optional.of("no entrants in B at step visit -> buy"), noB.absoluteLift().undefinedReason());
        assertEquals(Optional.of("no entrants in B at step visit -> buy"), noB.relativeLift().undefinedReason());
        StepComparison noA = FunnelComparison.between(empty, a).overall();
        assertEquals(Optional.of("no entrants in A at step visit -> buy"), noA.absoluteLift().undefinedReason());
        // 50 of 1,000 = 5% in both: no lift, and B's rate is 50/1000
        StepComparison same = FunnelComparison.between(a, a).overall();
        assertEquals(Ratio.of(50, 1000), same.rateB());
        assertTrue(same.absoluteLift().hasSameValueAs(Ratio.of(0, 1)));
        assertTrue(same.zTest().isDefined());

        Funnel more = Funnel.nonStrict(List.of(new FunnelStage("visit", 100), new FunnelStage("buy", 150)));
        Funnel less = Funnel.nonStrict(List.of(new FunnelStage("visit", 100), new FunnelStage("buy", 50)));
        String reason = "rate above 1 at step visit -> buy (non-strict funnel); the tests need proportions";
        assertEquals(Optional.of(reason), FunnelComparison.between(more, less).overall().zTest().undefinedReason());
        assertEquals(Optional.of(reason), FunnelComparison.between(less, more).overall().bayesian().undefinedReason());
        assertFalse(more.isStrict());
        assertTrue(a.isStrict());
    }
}
