package io.kpikit.review;

import io.kpikit.attainment.StatusBands;
import java.math.BigDecimal;
import java.util.List;
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
     * @throws ReviewInputException if a threshold is outside the range of a {@code double}
     *     (beyond {@link Double#MAX_VALUE}, or so small that it would become 0) or the
     *     thresholds are not strictly ascending
     * @throws NullPointerException if a threshold is null
     */
    public Thresholds {
        Objects.requireNonNull(atRisk, "atRisk");
        Objects.requireNonNull(met, "met");
        Objects.requireNonNull(exceeded, "exceeded");
        // the bands are doubles: each threshold is checked at its own field before they are compared
        Fields.fitsDouble(atRisk, List.of("atRisk"), "");
        Fields.fitsDouble(met, List.of("met"), "");
        Fields.fitsDouble(exceeded, List.of("exceeded"), "");
        ascending(atRisk, met, "atRisk", "met");
        ascending(met, exceeded, "met", "exceeded");
        BigDecimal a = atRisk;
        BigDecimal m = met;
        BigDecimal x = exceeded;
        Fields.core("", "", () -> StatusBands.of(a.doubleValue(), m.doubleValue(), x.doubleValue()));
    }

    /** Requires {@code upper > lower} as the bands compare them, in doubles; the message shows the input. */
    private static void ascending(BigDecimal lower, BigDecimal upper, String lowerName, String upperName) {
        if (upper.doubleValue() <= lower.doubleValue()) {
            throw new ReviewInputException(upperName, upperName + " must be > " + lowerName + " (" + Fields.show(lower)
                    + "), was " + Fields.show(upper) + (upper.compareTo(lower) > 0 ? " (equal as doubles)" : ""));
        }
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
