package io.kpikit.review;

import java.util.List;
import java.util.Objects;

/**
 * The growth section of a review report: one row per KPI that has a base or a series.
 *
 * <pre>{@code
 * report.growth().kpis().get(0).change();   // 17.6M / 100M = 0.176
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kpis the KPIs, in document order
 */
public record GrowthSection(List<GrowthRow> kpis) {

    /**
     * Checks the components and copies the lists.
     *
     * @param kpis the KPIs, in document order
     * @throws NullPointerException if a required component is null
     */
    public GrowthSection {
        kpis = List.copyOf(Objects.requireNonNull(kpis, "kpis"));
    }
}
