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
import io.kpikit.stats.WilsonInterval;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shapes of {@code io.kpikit.funnel}: stage funnels, definitions and events, comparisons, time to convert. */
final class FunnelShapes {

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

    /** One step of a comparison of two funnels, write-only: its z-test and Bayesian test are. */
    static final Shape<StepComparison> STEP_COMPARISON = Shape.ofRecord(StepComparison.class)
            .derived("rateA", RATIO, StepComparison::rateA)
            .derived("rateB", RATIO, StepComparison::rateB)
            .derived("belowMinimumSample", BOOLEAN, StepComparison::isBelowMinimumSample)
            .writeOnly();

    /** A comparison of two funnels, write-only: core keeps the step comparisons, not the funnels. */
    static final Shape<FunnelComparison> FUNNEL_COMPARISON = Shape.builder(FunnelComparison.class)
            .derived("steps", listOf(object(StepComparison.class)), FunnelComparison::steps)
            .derived("overall", object(StepComparison.class), FunnelComparison::overall)
            .writeOnly();

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
     * An event funnel, write-only (core builds it from the events): the steps, users and value
     * per step, and users per step for each breakdown value.
     */
    static final Shape<EventFunnel> EVENT_FUNNEL = Shape.builder(EventFunnel.class)
            .derived("steps", listOf(STRING), EventFunnel::steps)
            .derived("users", listOf(LONG), EventFunnel::users)
            .derived("values", listOf(DECIMAL), EventFunnel::values)
            .derived("breakdown", mapOf(listOf(LONG)), EventFunnel::breakdown)
            .writeOnly();

    /**
     * Time to convert between two steps, write-only (core builds it from an event funnel): the
     * count, mean, median and 90th percentile ({@code null} when undefined) and the reason.
     */
    static final Shape<TimeToConvert> TIME_TO_CONVERT = Shape.builder(TimeToConvert.class)
            .derived("from", STRING, TimeToConvert::from)
            .derived("to", STRING, TimeToConvert::to)
            .derived("count", LONG, TimeToConvert::count)
            .derived("mean", RATIO, TimeToConvert::mean)
            .derived("median", optional(DURATION), TimeToConvert::toOptionalMedian)
            .derived("p90", optional(DURATION), TimeToConvert::toOptionalP90)
            .derived("reason", optional(STRING), TimeToConvert::undefinedReason)
            .writeOnly();

    private FunnelShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(FUNNEL_STAGE, FUNNEL_STEP, FUNNEL, MINIMUM_SAMPLE, STEP_COMPARISON, FUNNEL_COMPARISON,
                FUNNEL_EXCLUSION, FUNNEL_EVENT, FUNNEL_DEFINITION, EVENT_FUNNEL, TIME_TO_CONVERT);
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
