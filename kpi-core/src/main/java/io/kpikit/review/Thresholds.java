package io.kpikit.review;

import io.kpikit.attainment.StatusBands;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The status thresholds of one KPI, as attainment rates ({@code 1.0} is 100%): at risk from
 * {@code atRisk}, met from {@code met}, exceeded from {@code exceeded}; see {@link StatusBands}.
 *
 * <pre>{@code
 * new Thresholds(new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.2")).toStatusBands();
 * }</pre>
 *
 * @param atRisk the lowest rate that is at risk rather than missed
 * @param met the lowest rate that counts as met
 * @param exceeded the lowest rate that counts as exceeded
 */
public record Thresholds(BigDecimal atRisk, BigDecimal met, BigDecimal exceeded) {

    /**
     * Validates the thresholds through {@link StatusBands}.
     *
     * @param atRisk the lowest rate that is at risk rather than missed
     * @param met the lowest rate that counts as met
     * @param exceeded the lowest rate that counts as exceeded
     * @throws ReviewInputException if the thresholds are not strictly ascending
     * @throws NullPointerException if a threshold is null
     */
    public Thresholds {
        Objects.requireNonNull(atRisk, "atRisk");
        Objects.requireNonNull(met, "met");
        Objects.requireNonNull(exceeded, "exceeded");
        BigDecimal a = atRisk;
        BigDecimal m = met;
        BigDecimal x = exceeded;
        Fields.core(m.compareTo(a) <= 0 ? "met" : "exceeded", "",
                () -> StatusBands.of(a.doubleValue(), m.doubleValue(), x.doubleValue()));
    }

    /**
     * Returns the thresholds as {@link StatusBands}.
     *
     * @return the bands
     */
    public StatusBands toStatusBands() {
        return StatusBands.of(atRisk.doubleValue(), met.doubleValue(), exceeded.doubleValue());
    }
}
