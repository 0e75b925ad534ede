package io.kpikit.review;

import io.kpikit.core.Figure;
import java.util.List;
import java.util.Objects;

/**
 * The weighted scorecard of the KPIs that have a target and a weight: the composite score and
 * each KPI's contribution. Every KPI is scored on its level reading (the actual level against
 * the level its target implies, see {@link KpiRow}), so growth and points targets enter on the
 * same footing as level targets; the growth and points readings are reported beside it and
 * never scored. Weights are normalised to sum to 1. When some attainment is undefined, those
 * KPIs are excluded, the rest renormalised, and a warning says so.
 *
 * <pre>{@code
 * // sales 0.4 × (117.6 / 120) + share 0.2 × (0.26 / 0.25) + ... = 0.392 + 0.208 + ... = composite
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param composite the sum of the contributions
 * @param lines one line per KPI, in document order
 */
public record ScorecardSection(Figure composite, List<ScoreRow> lines) {

    /**
     * Checks the components and copies the lists.
     *
     * @param composite the sum of the contributions
     * @param lines one line per KPI, in document order
     * @throws NullPointerException if a required component is null
     */
    public ScorecardSection {
        Objects.requireNonNull(composite, "composite");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
