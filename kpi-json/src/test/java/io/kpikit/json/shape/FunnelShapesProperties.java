package io.kpikit.json.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.funnel.BreakdownAttribution;
import io.kpikit.funnel.EventFunnel;
import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelComparison;
import io.kpikit.funnel.FunnelDefinition;
import io.kpikit.funnel.FunnelEvent;
import io.kpikit.funnel.FunnelExclusion;
import io.kpikit.funnel.FunnelStage;
import io.kpikit.funnel.MinimumSample;
import io.kpikit.funnel.StepComparison;
import io.kpikit.stats.WilsonInterval;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every funnel and stats type: serialise then read gives an equal value, and no NaN or infinity is written. */
class FunnelShapesProperties {

    private static final List<String> STEPS = List.of("visit", "cart", "order");

    /** A funnel, each stage a fraction of the one before; small counts keep the Bayesian test of a comparison fast. */
    private static Gen<Funnel> funnels() {
        return longs().between(0, 2_000).zip(lists().of(doubles().between(0, 1)).ofSizeBetween(0, 4),
                booleans().all(), doubles().between(0.5, 0.99), (top, fractions, strict, confidence) -> {
                    List<FunnelStage> stages = new ArrayList<>(List.of(new FunnelStage("s0", top)));
                    long n = top;
                    for (double f : fractions) {
                        n = (long) Math.floor(n * f);
                        stages.add(new FunnelStage("s" + stages.size(), n));
                    }
                    Funnel funnel = strict ? Funnel.of(stages) : Funnel.nonStrict(stages);
                    return funnel.withConfidence(confidence);
                });
    }

    private static Gen<FunnelEvent> events() {
        return integers().between(0, 5).zip(Generate.pick(List.of("visit", "cart", "order", "refund")),
                longs().between(0, 10_000_000L), integers().between(0, 50_000).map(c -> c / 100.0), Generate.pick(List.of("", "ios", "web")),
                (user, event, t, value, platform) -> new FunnelEvent("u" + user, event, t, value,
                        platform.isEmpty() ? Map.of() : Map.of("platform", platform)));
    }

    private static Gen<FunnelDefinition> definitions() {
        return integers().between(0, 31).zip(longs().between(0, 100_000_000L), (flags, ms) -> {
            FunnelDefinition d = FunnelDefinition.of(STEPS);
            d = (flags & 1) != 0 ? d.withConversionWindow(Duration.ofMillis(ms)) : d;
            d = (flags & 2) != 0 ? d.withStepWindow(2, Duration.ofMillis(ms / 2)) : d;
            d = (flags & 4) != 0 ? d.withExclusion(new FunnelExclusion("refund", 1, 2)) : d;
            d = (flags & 8) != 0 ? d.withBreakdown("platform", (flags & 16) != 0 ? BreakdownAttribution.LAST_TOUCH
                    : BreakdownAttribution.FIRST_TOUCH) : d;
            return d;
        });
    }

    private static Gen<List<Object>> examples() {
        Gen<List<Object>> funnelPair = funnels().zip(funnels(), longs().between(0, 100), (a, b, min) -> {
            List<Object> l = new ArrayList<>(List.of(a, b, new MinimumSample(min, min / 2)));
            l.addAll(a.stages());
            l.addAll(a.steps());
            l.add(a.overallInterval());
            l.add(WilsonInterval.undefined(1, 2, 0.9, "suppressed"));
            if (a.stages().size() == b.stages().size()) {
                FunnelComparison c = FunnelComparison.between(a, b, new MinimumSample(min, min / 2));
                l.add(c);
                l.add(c.overall());
                l.add(c.overall().zTest());
                l.add(c.overall().bayesian());
            }
            // a step of a non-strict funnel counted in events: more clicks than views, undefined tests
            long views = a.stages().get(0).count();
            StepComparison events = StepComparison.of("view", "click", views, views + 3, min, min / 2,
                    new MinimumSample(min, min / 2));
            l.addAll(List.of(events, events.zTest(), events.bayesian()));
            return l;
        });
        Gen<List<Object>> eventFunnel = definitions().zip(lists().of(events()).ofSizeBetween(0, 30), (d, events) -> {
            EventFunnel f = EventFunnel.of(d, events);
            List<Object> l = new ArrayList<>(List.of(d, f));
            l.addAll(f.times());
            l.addAll(d.exclusions());
            l.addAll(events);
            return l;
        });
        return funnelPair.zip(eventFunnel, (a, b) -> {
            List<Object> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
    }

    @Test
    void everyFunnelAndStatsTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        Set<Class<?>> expected = ShapeTesting.types(FunnelShapes.all());
        expected.addAll(ShapeTesting.types(StatsShapes.all()));
        assertEquals(expected, seen);
    }
}
