package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.BOOLEAN;
import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.DURATION;
import static io.kpikit.json.shape.Codecs.LONG;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.enumOf;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.mapOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.funnel.BreakdownAttribution;
import io.kpikit.funnel.EventFunnel;
import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelComparison;
import io.kpikit.funnel.FunnelDefinition;
import io.kpikit.funnel.FunnelEvent;
import io.kpikit.funnel.FunnelExclusion;
import io.kpikit.funnel.FunnelOrder;
import io.kpikit.funnel.FunnelStage;
import io.kpikit.funnel.FunnelStep;
import io.kpikit.funnel.MinimumSample;
import io.kpikit.funnel.StepComparison;
import io.kpikit.funnel.TimeToConvert;
import io.kpikit.stats.BayesianAbTest;
import io.kpikit.stats.TwoProportionZTest;
import io.kpikit.stats.WilsonInterval;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shapes of {@code io.kpikit.funnel}: stage funnels, definitions and events, comparisons, time to convert. */
final class FunnelShapes {

    /** The minimum of a step comparison read on its own: none, as its warning is taken as written. */
    private static final MinimumSample NO_MINIMUM = new MinimumSample(0, 0);

    /** A stage and its count. */
    static final Shape<FunnelStage> FUNNEL_STAGE = Shape.ofRecord(FunnelStage.class).build();

    /** One step of a funnel with its rates, drop-off and Wilson intervals. */
    static final Shape<FunnelStep> FUNNEL_STEP = Shape.ofRecord(FunnelStep.class).build();

    /**
     * A funnel: stages, whether it is strict, the interval confidence; its steps, the overall
     * conversion and interval, and the index of the bottleneck step ({@code null} when none
     * loses anyone).
     */
    static final Shape<Funnel> FUNNEL = Shape.builder(Funnel.class)
            .input("stages", listOf(object(FunnelStage.class)), Funnel::stages)
            .input("strict", BOOLEAN, Funnel::isStrict)
            .input("confidence", DOUBLE, Funnel::confidence)
            .derived("steps", listOf(object(FunnelStep.class)), Funnel::steps)
            .derived("overallConversion", RATIO, Funnel::overallConversion)
            .derived("overallInterval", object(WilsonInterval.class), Funnel::overallInterval)
            .derived("bottleneck", optional(Codecs.INT), f -> f.bottleneck().map(FunnelStep::index))
            .build(v -> {
                List<FunnelStage> stages = v.list("stages", FunnelStage.class);
                Funnel f = v.getBoolean("strict") ? Funnel.of(stages) : Funnel.nonStrict(stages);
                return f.withConfidence(v.getDouble("confidence"));
            });

    /** The smallest sample a comparison trusts. */
    static final Shape<MinimumSample> MINIMUM_SAMPLE = Shape.ofRecord(MinimumSample.class).build();

    /**
     * One step of a comparison of two funnels: the stage names and four counts; the lifts and
     * both tests, checked against {@link StepComparison#of}; the sample warning, taken as
     * written (a step does not keep the minimum sample it was judged against; a
     * {@link FunnelComparison} does, and checks it); the two rates and the flag.
     */
    static final Shape<StepComparison> STEP_COMPARISON = Shape.builder(StepComparison.class)
            .input("from", STRING, StepComparison::from)
            .input("to", STRING, StepComparison::to)
            .input("entrantsA", LONG, StepComparison::entrantsA)
            .input("conversionsA", LONG, StepComparison::conversionsA)
            .input("entrantsB", LONG, StepComparison::entrantsB)
            .input("conversionsB", LONG, StepComparison::conversionsB)
            .derived("absoluteLift", RATIO, StepComparison::absoluteLift)
            .derived("relativeLift", RATIO, StepComparison::relativeLift)
            .derived("zTest", object(TwoProportionZTest.class), StepComparison::zTest)
            .derived("bayesian", object(BayesianAbTest.class), StepComparison::bayesian)
            .input("sampleWarning", optional(STRING), StepComparison::sampleWarning)
            .derived("rateA", RATIO, StepComparison::rateA)
            .derived("rateB", RATIO, StepComparison::rateB)
            .derived("belowMinimumSample", BOOLEAN, StepComparison::isBelowMinimumSample)
            .build(FunnelShapes::stepComparison);

    /**
     * A comparison of two funnels: the two funnels and the minimum sample; the step comparisons
     * and the overall one, checked against {@link FunnelComparison#between(Funnel, Funnel, MinimumSample)}.
     */
    static final Shape<FunnelComparison> FUNNEL_COMPARISON = Shape.builder(FunnelComparison.class)
            .input("a", object(Funnel.class), FunnelComparison::a)
            .input("b", object(Funnel.class), FunnelComparison::b)
            .input("minimum", object(MinimumSample.class), FunnelComparison::minimum)
            .derived("steps", listOf(object(StepComparison.class)), FunnelComparison::steps)
            .derived("overall", object(StepComparison.class), FunnelComparison::overall)
            .build(FunnelShapes::funnelComparison);

    /** An event that cuts a funnel between two steps. */
    static final Shape<FunnelExclusion> FUNNEL_EXCLUSION = Shape.ofRecord(FunnelExclusion.class).build();

    /** One event of an event funnel. */
    static final Shape<FunnelEvent> FUNNEL_EVENT = Shape.ofRecord(FunnelEvent.class).build();

    /**
     * An event funnel's definition, a configuration: steps, order, conversion window, the window
     * of each step after the first ({@code null} when unlimited), exclusions, breakdown property
     * and attribution.
     */
    static final Shape<FunnelDefinition> FUNNEL_DEFINITION = Shape.builder(FunnelDefinition.class)
            .input("steps", listOf(STRING), FunnelDefinition::steps)
            .input("order", enumOf(FunnelOrder.class), FunnelDefinition::order)
            .input("conversionWindow", optional(DURATION), FunnelDefinition::conversionWindow)
            .input("stepWindows", listOf(optional(DURATION)), FunnelShapes::stepWindows)
            .input("exclusions", listOf(object(FunnelExclusion.class)), FunnelDefinition::exclusions)
            .input("breakdownProperty", optional(STRING), FunnelDefinition::breakdownProperty)
            .input("breakdownAttribution", enumOf(BreakdownAttribution.class), FunnelDefinition::breakdownAttribution)
            .build(FunnelShapes::definition);

    /**
     * An event funnel: the steps, users and value per step, users per step for each breakdown
     * value, and the time to convert between every pair of steps, all passed to
     * {@link EventFunnel#restore}, which checks that they agree (the events are not kept).
     */
    static final Shape<EventFunnel> EVENT_FUNNEL = Shape.builder(EventFunnel.class)
            .input("steps", listOf(STRING), EventFunnel::steps)
            .input("users", listOf(LONG), EventFunnel::users)
            .input("values", listOf(DECIMAL), EventFunnel::values)
            .input("breakdown", mapOf(listOf(LONG)), EventFunnel::breakdown)
            .input("times", listOf(object(TimeToConvert.class)), EventFunnel::times)
            .build(v -> EventFunnel.restore(v.list("steps", String.class), v.list("users", Long.class),
                    v.list("values", BigDecimal.class), breakdown(v), v.list("times", TimeToConvert.class)));

    /**
     * Time to convert between two steps: the step names, count and total in milliseconds; the
     * mean; the median and 90th percentile ({@code null} when undefined), passed to
     * {@link TimeToConvert#restore} in whole milliseconds and then compared with what it holds;
     * the reason.
     */
    static final Shape<TimeToConvert> TIME_TO_CONVERT = Shape.builder(TimeToConvert.class)
            .input("from", STRING, TimeToConvert::from)
            .input("to", STRING, TimeToConvert::to)
            .input("count", LONG, TimeToConvert::count)
            .input("totalMillis", LONG, TimeToConvert::totalMillis)
            .derived("mean", RATIO, TimeToConvert::mean)
            .checkedInput("median", optional(DURATION), TimeToConvert::toOptionalMedian)
            .checkedInput("p90", optional(DURATION), TimeToConvert::toOptionalP90)
            .derived("reason", optional(STRING), TimeToConvert::undefinedReason)
            .build(v -> TimeToConvert.restore(v.get("from", String.class), v.get("to", String.class),
                    v.getLong("count"), v.getLong("totalMillis"), millis(v, "median"), millis(v, "p90")));

    private FunnelShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(FUNNEL_STAGE, FUNNEL_STEP, FUNNEL, MINIMUM_SAMPLE, STEP_COMPARISON, FUNNEL_COMPARISON,
                FUNNEL_EXCLUSION, FUNNEL_EVENT, FUNNEL_DEFINITION, EVENT_FUNNEL, TIME_TO_CONVERT);
    }

    private static StepComparison stepComparison(Values v) throws JsonMappingException {
        String from = v.get("from", String.class);
        String to = v.get("to", String.class);
        long eA = v.getLong("entrantsA");
        long cA = v.getLong("conversionsA");
        long eB = v.getLong("entrantsB");
        long cB = v.getLong("conversionsB");
        StatsShapes.checkBayesianCost(cA, eA, cB, eB);
        StepComparison computed = StepComparison.of(from, to, eA, cA, eB, cB, NO_MINIMUM);
        return new StepComparison(from, to, eA, cA, eB, cB, computed.absoluteLift(), computed.relativeLift(),
                computed.zTest(), computed.bayesian(), v.optional("sampleWarning", String.class));
    }

    private static FunnelComparison funnelComparison(Values v) throws JsonMappingException {
        Funnel a = v.get("a", Funnel.class);
        Funnel b = v.get("b", Funnel.class);
        List<FunnelStage> sa = a.stages();
        List<FunnelStage> sb = b.stages();
        if (sa.size() == sb.size()) {
            int last = sa.size() - 1;
            StatsShapes.checkBayesianCost(sa.get(last).count(), sa.get(0).count(), sb.get(last).count(),
                    sb.get(0).count());
            for (int i = 1; i < sa.size(); i++) {
                StatsShapes.checkBayesianCost(sa.get(i).count(), sa.get(i - 1).count(), sb.get(i).count(),
                        sb.get(i - 1).count());
            }
        }
        return FunnelComparison.between(a, b, v.get("minimum", MinimumSample.class));
    }

    private static Map<String, List<Long>> breakdown(Values v) throws JsonMappingException {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v.value("breakdown")).entrySet()) {
            List<Long> counts = new ArrayList<>();
            for (Object o : (List<?>) e.getValue()) {
                counts.add((Long) o);
            }
            out.put((String) e.getKey(), counts);
        }
        return out;
    }

    /**
     * A median or percentile in whole milliseconds ({@code Duration.toMillis} drops a finer part,
     * which the checked input then rejects); {@code null} stands for 0 of an empty result only.
     */
    private static long millis(Values v, String field) throws JsonMappingException {
        Optional<Duration> d = v.optional(field, Duration.class);
        long count = v.getLong("count");
        if (d.isEmpty() && count > 0) {
            throw new IllegalArgumentException(field + " must be a duration when count is " + count
                    + " (null means no user reached both steps), was null");
        }
        return d.map(Duration::toMillis).orElse(0L);
    }

    private static List<Optional<Duration>> stepWindows(FunnelDefinition d) {
        List<Optional<Duration>> windows = new ArrayList<>();
        for (int step = 1; step < d.steps().size(); step++) {
            windows.add(d.stepWindow(step));
        }
        return windows;
    }

    private static FunnelDefinition definition(Values v) throws JsonMappingException {
        List<String> steps = v.list("steps", String.class);
        FunnelDefinition d = FunnelDefinition.of(steps);
        Optional<Duration> conversion = v.optional("conversionWindow", Duration.class);
        if (conversion.isPresent()) {
            d = d.withConversionWindow(conversion.get());
        }
        List<?> windows = (List<?>) v.value("stepWindows");
        if (windows.size() != Math.max(0, steps.size() - 1)) {
            throw new IllegalArgumentException("stepWindows must have one entry per step after the first ("
                    + Math.max(0, steps.size() - 1) + "), was " + windows.size());
        }
        for (int i = 0; i < windows.size(); i++) {
            Optional<?> w = (Optional<?>) windows.get(i);
            if (w.isPresent()) {
                d = d.withStepWindow(i + 1, (Duration) w.get());
            }
        }
        for (FunnelExclusion e : v.list("exclusions", FunnelExclusion.class)) {
            d = d.withExclusion(e);
        }
        Optional<String> property = v.optional("breakdownProperty", String.class);
        BreakdownAttribution attribution = v.get("breakdownAttribution", BreakdownAttribution.class);
        if (property.isPresent()) {
            d = d.withBreakdown(property.get(), attribution);
        } else if (attribution != d.breakdownAttribution()) {
            throw new IllegalArgumentException("breakdownAttribution must be " + d.breakdownAttribution()
                    + " without a breakdownProperty, was " + attribution);
        }
        return d.withOrder(v.get("order", FunnelOrder.class));
    }
}
