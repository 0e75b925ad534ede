package io.kpikit.review;

import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelDefinition;
import io.kpikit.funnel.FunnelEventsCsv;
import io.kpikit.funnel.FunnelOrder;
import io.kpikit.funnel.FunnelStage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The conversion funnel of a {@link ReviewDocument}: ordered stage counts, or a CSV file of raw
 * events counted per user.
 *
 * <p>Give either {@code stages} or {@code events}:
 * <ul>
 *   <li>{@code stages}: the counts, in order. A strict funnel (the default) counts people, so
 *       no stage may exceed the one before it; {@code strict: false} accepts stages counted in
 *       events.</li>
 *   <li>{@code events}: a CSV file {@code user_id,event,timestamp[,value]} read by
 *       {@link FunnelEventsCsv} (ISO-8601 instants, any row order), with the funnel's
 *       {@code steps} (event names, in order), an optional {@link FunnelOrder} (default
 *       {@code ORDERED}) and an optional conversion window (every step within that time of the
 *       entry, inclusive). Each user counts once, at the furthest step reached
 *       ({@link io.kpikit.funnel.EventFunnelAccumulator}), so the counts form a strict funnel.
 *       A relative path is resolved against the directory the report is given (the JSON
 *       reader passes the document's directory, as for the attribution CSV).</li>
 * </ul>
 *
 * <pre>{@code
 * new FunnelInput(List.of(new FunnelStage("visit", 1_000_000), new FunnelStage("order", 50_000)), null,
 *         null, null, null, null);
 * new FunnelInput(null, null, "events.csv", List.of("visit", "cart", "order"), FunnelOrder.ORDERED,
 *         Duration.ofDays(7));
 * }</pre>
 *
 * @param stages the stages in order, at least one, names unique; or null when {@code events} is given
 * @param strict whether counts must not increase along the funnel; null for true; only with {@code stages}
 * @param events the path of the events CSV; or null when {@code stages} is given
 * @param steps the event names of the steps, in order, 1 to 32, unique; only with {@code events}
 * @param order how the steps must follow each other, or null for {@code ORDERED}; only with {@code events}
 * @param conversionWindow how long after the entry every step must happen, or null for no
 *     limit; whole milliseconds; only with {@code events}
 */
public record FunnelInput(List<FunnelStage> stages, Boolean strict, String events, List<String> steps,
        FunnelOrder order, Duration conversionWindow) {

    /**
     * Validates the funnel: stage counts through {@link Funnel}, an events definition through
     * {@link FunnelDefinition} (the file is read only by {@link #toFunnel(Path)}).
     *
     * @param stages the stages in order, or null
     * @param strict whether counts must not increase, or null for true
     * @param events the path of the events CSV, or null
     * @param steps the event names of the steps, or null
     * @param order the step order, or null
     * @param conversionWindow the conversion window, or null
     * @throws ReviewInputException if both or neither of {@code stages} and {@code events} are
     *     given, an option of the other form is given, there is no stage or step, a name
     *     repeats ({@code stages/i/name}, {@code steps/i}), a strict funnel grows
     *     ({@code stages/i/count}), or the window is negative or finer than a millisecond
     * @throws NullPointerException if a stage or a step is null
     */
    public FunnelInput {
        stages = Fields.list(stages, "stages");
        steps = Fields.list(steps, "steps");
        if ((stages == null) == (events == null)) {
            throw new ReviewInputException(stages == null ? "stages" : "events",
                    "give either stages or events, was " + (stages == null ? "neither" : "both"));
        }
        if (stages != null) {
            for (String option : List.of("steps", "order", "conversionWindow")) {
                Object value = option.equals("steps") ? steps : option.equals("order") ? order : conversionWindow;
                if (value != null) {
                    throw new ReviewInputException(option, option + " applies to events only, was " + value);
                }
            }
            checkStages(stages, strict == null || strict);
        } else {
            Fields.text(events, "events", "");
            if (strict != null) {
                throw new ReviewInputException("strict", "strict applies to stages only (an events funnel counts users,"
                        + " so it is strict), was " + strict);
            }
            if (steps == null || steps.isEmpty()) {
                throw new ReviewInputException("steps", "steps must name the funnel's events in order, was "
                        + (steps == null ? "absent" : "[]"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < steps.size(); i++) {
                Fields.text(steps.get(i), Fields.at("steps", i), "");
                if (!seen.add(steps.get(i))) {
                    throw new ReviewInputException(Fields.at("steps", i), "step names must be unique, was \""
                            + steps.get(i) + "\" twice");
                }
            }
            List<String> s = steps;
            FunnelDefinition d = Fields.core("steps", "", () -> FunnelDefinition.of(s));
            Duration window = conversionWindow;
            if (window != null) {
                Fields.core("conversionWindow", "", () -> d.withConversionWindow(window));
            }
        }
    }

    private static void checkStages(List<FunnelStage> stages, boolean strict) {
        if (stages.isEmpty()) {
            throw new ReviewInputException("stages", "stages must not be empty, was []");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            FunnelStage stage = stages.get(i);
            if (!names.add(stage.name())) {
                throw new ReviewInputException(Fields.at("stages", i, "name"), "stage names must be unique, was \""
                        + stage.name() + "\" twice");
            }
            if (strict && i > 0 && stage.count() > stages.get(i - 1).count()) {
                Fields.core(Fields.at("stages", i, "count"), "", () -> Funnel.of(stages));
            }
        }
        Fields.core("stages", "", () -> strict ? Funnel.of(stages) : Funnel.nonStrict(stages));
    }

    private static FunnelDefinition definition(List<String> steps, FunnelOrder order, Duration window) {
        FunnelDefinition d = FunnelDefinition.of(steps);
        if (order != null) {
            d = d.withOrder(order);
        }
        return window == null ? d : d.withConversionWindow(window);
    }

    /**
     * Returns the event funnel's definition.
     *
     * @return the steps, order and window; null for a funnel of stage counts
     */
    public FunnelDefinition toDefinition() {
        return events == null ? null : definition(steps, order, conversionWindow);
    }

    /**
     * Returns the funnel of stage counts, or of the events file counted per user.
     *
     * @param baseDirectory the directory a relative {@code events} path is resolved against
     * @return the strict or non-strict funnel of the stages, or the strict funnel of users per step
     * @throws ReviewInputException if the events file is invalid (field {@code events}, the
     *     message naming the file and the line)
     * @throws java.io.UncheckedIOException if the events file cannot be read
     * @throws NullPointerException if {@code baseDirectory} is null
     */
    public Funnel toFunnel(Path baseDirectory) {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        if (stages != null) {
            return strict == null || strict ? Funnel.of(stages) : Funnel.nonStrict(stages);
        }
        Path file = baseDirectory.resolve(events);
        return Fields.core("events", " (file " + file + ")", () -> FunnelEventsCsv.read(file, toDefinition()))
                .toFunnel();
    }
}
