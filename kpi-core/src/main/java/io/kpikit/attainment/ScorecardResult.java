package io.kpikit.attainment;

import io.kpikit.core.Figure;
import java.util.List;
import java.util.Objects;

/**
 * The composite score of a {@link Scorecard} and the per-KPI lines it was summed from.
 *
 * <p>{@code composite} is {@code Σ weight_i × score_i}, a {@link Figure} on the attainment
 * scale ({@code 1.05} is 105%, {@code toPercentString(0, HALF_UP)} gives {@code "105%"}); its
 * value is the exact sum of the contributions' values. It is undefined, with a reason naming
 * the KPI, when a KPI that counts has an undefined attainment.
 *
 * @param composite the composite score
 * @param lines one line per KPI, in the scorecard's order
 */
public record ScorecardResult(Figure composite, List<ScorecardLine> lines) {

    /**
     * Checks for nulls and copies the lines.
     *
     * @param composite the composite score
     * @param lines one line per KPI, in the scorecard's order
     * @throws NullPointerException if a component or a line is null
     */
    public ScorecardResult {
        Objects.requireNonNull(composite, "composite");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
