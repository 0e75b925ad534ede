package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelProperties {

    /** Builds a strict funnel by shrinking a start count by the given fractions in ‰. */
    private static List<FunnelStage> strictStages(long start, List<Long> permille) {
        List<FunnelStage> out = new ArrayList<>();
        long count = start;
        out.add(new FunnelStage("s0", count));
        for (int i = 0; i < permille.size(); i++) {
            count = count * permille.get(i) / 1000;
            out.add(new FunnelStage("s" + (i + 1), count));
        }
        return out;
    }

    @Test
    void strictFunnelRatesStayInTheUnitIntervalAndIntervalsContainThem() {
        qt().forAll(longs().between(0, 1_000_000_000_000L), lists().of(longs().between(0, 1000)).ofSizeBetween(0, 6))
                .checkAssert((start, permille) -> {
                    Funnel f = Funnel.of(strictStages(start, permille));
                    for (FunnelStep s : f.steps()) {
                        assertTrue(s.conversions() <= s.entrants());
                        for (var pair : List.of(List.of(s.stepConversion(), s.stepInterval()),
                                List.of(s.overallConversion(), s.overallInterval()))) {
                            var rate = (io.kpikit.core.Ratio) pair.get(0);
                            var ci = (io.kpikit.stats.WilsonInterval) pair.get(1);
                            assertTrue(rate.isDefined() == ci.isDefined());
                            if (rate.isDefined()) {
                                double r = rate.doubleValue();
                                assertTrue(r >= 0 && r <= 1);
                                assertTrue(0 <= ci.lower() && ci.lower() <= r && r <= ci.upper() && ci.upper() <= 1,
                                        ci::toString);
                            }
                        }
                    }
                });
    }

    @Test
    void anyGrowingStageIsRejectedByAStrictFunnelButNotANonStrictOne() {
        qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000))
                .checkAssert((count, extra) -> {
                    List<FunnelStage> stages = List.of(new FunnelStage("a", count), new FunnelStage("b", count + extra));
                    boolean threw = false;
                    try {
                        Funnel.of(stages);
                    } catch (IllegalArgumentException e) {
                        threw = e.getMessage().contains("\"a\"") && e.getMessage().contains("\"b\"");
                    }
                    assertTrue(threw);
                    Funnel nonStrict = Funnel.nonStrict(stages);
                    assertFalse(nonStrict.steps().get(0).stepInterval().isDefined());
                });
    }
}
