package io.kpikit.review;

import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelStage;
import java.util.List;

/**
 * The conversion funnel of a {@link ReviewDocument}, as ordered stage counts.
 *
 * <p>Only stage counts are supported: kpi-core has no reader for event files, so a funnel
 * computed from raw events ({@link io.kpikit.funnel.EventFunnel}) is turned into stage counts
 * by the caller ({@code EventFunnel.users()}). A strict funnel (the default) counts people, so
 * no stage may exceed the one before it; {@code strict: false} accepts stages counted in
 * events.
 *
 * <pre>{@code
 * new FunnelInput(List.of(new FunnelStage("visit", 1_000_000), new FunnelStage("order", 50_000)), null);
 * }</pre>
 *
 * @param stages the stages in order, at least one, names unique
 * @param strict whether counts must not increase along the funnel; null for true
 */
public record FunnelInput(List<FunnelStage> stages, Boolean strict) {

    /**
     * Validates the stages through {@link Funnel}.
     *
     * @param stages the stages in order, at least one, names unique
     * @param strict whether counts must not increase along the funnel; null for true
     * @throws ReviewInputException if there is no stage, a name repeats, or a strict funnel
     *     grows; the message names the stages
     * @throws NullPointerException if {@code stages} or a stage is null
     */
    public FunnelInput {
        stages = Fields.nonEmptyList(stages, "stages", "");
        List<FunnelStage> s = stages;
        boolean st = strict == null || strict;
        String field = "stages";
        for (int i = 1; st && i < s.size() && field.equals("stages"); i++) {
            if (s.get(i).count() > s.get(i - 1).count()) {
                field = "stages/" + i + "/count";
            }
        }
        Fields.core(field, "", () -> st ? Funnel.of(s) : Funnel.nonStrict(s));
    }

    /**
     * Returns the funnel.
     *
     * @return the strict or non-strict funnel of the stages
     */
    public Funnel toFunnel() {
        return strict == null || strict ? Funnel.of(stages) : Funnel.nonStrict(stages);
    }
}
