package io.kpikit.funnel;

import static io.kpikit.ValueContract.assertValueSemantics;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text of the funnel types. */
class ValueSemanticsTest {

    private static final long MIN = 60_000;
    private static final FunnelDefinition ABC = FunnelDefinition.of(List.of("A", "B", "C"));

    private static Funnel funnel(long... counts) {
        FunnelStage[] stages = new FunnelStage[counts.length];
        for (int i = 0; i < counts.length; i++) {
            stages[i] = new FunnelStage("s" + i, counts[i]);
        }
        return Funnel.of(List.of(stages));
    }

    private static List<FunnelEvent> ab(long minutes) {
        return List.of(FunnelEvent.of("u", "A", 0), FunnelEvent.of("u", "B", minutes * MIN));
    }

    @Test
    void funnelsAreEqualByStagesStrictnessAndConfidence() {
        assertValueSemantics(funnel(1000, 200, 50), funnel(1000, 200, 50),
                funnel(1000, 200, 51),
                funnel(1000, 200),
                Funnel.nonStrict(funnel(1000, 200, 50).stages()),
                funnel(1000, 200, 50).withConfidence(0.9));
    }

    @Test
    void definitionsAreEqualByEverySetting() {
        assertValueSemantics(ABC, FunnelDefinition.of(List.of("A", "B", "C")),
                FunnelDefinition.of(List.of("A", "B", "D")),
                ABC.withOrder(FunnelOrder.STRICT),
                ABC.withConversionWindow(Duration.ofHours(1)),
                ABC.withStepWindow(2, Duration.ofMinutes(10)),
                ABC.withExclusion(new FunnelExclusion("call", 0, 2)),
                ABC.withBreakdown("country", BreakdownAttribution.FIRST_TOUCH));
    }

    @Test
    void eventFunnelsAndTimesAreEqualByTheirResults() {
        FunnelDefinition d = FunnelDefinition.of(List.of("A", "B"));
        assertValueSemantics(EventFunnel.of(d, ab(1)), EventFunnel.of(d, ab(1)),
                EventFunnel.of(d, ab(2)),
                EventFunnel.of(d, List.of(FunnelEvent.of("u", "A", 0))),
                EventFunnel.of(FunnelDefinition.of(List.of("A", "C")), List.of(FunnelEvent.of("u", "A", 0),
                        FunnelEvent.of("u", "C", MIN))));
        assertValueSemantics(EventFunnel.of(d, ab(1)).timeToConvert(0, 1), EventFunnel.of(d, ab(1)).timeToConvert(0, 1),
                EventFunnel.of(d, ab(2)).timeToConvert(0, 1),
                EventFunnel.of(d, List.of(FunnelEvent.of("u", "A", 0))).timeToConvert(0, 1));
    }

    @Test
    void comparisonsAreEqualByTheirSteps() {
        assertValueSemantics(FunnelComparison.between(funnel(1000, 50), funnel(1000, 60)),
                FunnelComparison.between(funnel(1000, 50), funnel(1000, 60)),
                FunnelComparison.between(funnel(1000, 50), funnel(1000, 61)),
                FunnelComparison.between(funnel(1000, 60), funnel(1000, 50)));
    }
}
