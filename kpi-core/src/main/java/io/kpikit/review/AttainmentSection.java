package io.kpikit.review;

import java.util.List;
import java.util.Objects;

/**
 * The attainment section of a review report: every KPI against its target, and the weighted
 * scorecard.
 *
 * <pre>{@code
 * report.attainment().kpis().get(0).attainment();   // 117.6M / 120M = 0.98
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kpis the KPIs, in document order
 * @param scorecard the scorecard, or null when no KPI has both a target and a weight
 */
public record AttainmentSection(List<KpiRow> kpis, ScorecardSection scorecard) {

    /**
     * Checks the components and copies the lists.
     *
     * @param kpis the KPIs, in document order
     * @param scorecard the scorecard, or null when no KPI has both a target and a weight
     * @throws NullPointerException if a required component is null
     */
    public AttainmentSection {
        kpis = List.copyOf(Objects.requireNonNull(kpis, "kpis"));
    }
}
