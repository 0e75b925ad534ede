package io.kpikit.funnel;

import io.kpikit.core.Ratio;
import io.kpikit.stats.WilsonInterval;
import java.util.Objects;

/**
 * The passage from one funnel stage to the next, with its rates and their Wilson intervals.
 *
 * <p>{@code stepConversion = conversions / entrants}; {@code overallConversion = conversions /
 * first stage}; {@code dropOff = entrants - conversions}, negative when a non-strict funnel
 * gains at this step (10 to 20: -10); {@code dropOffRate = dropOff / entrants} (then -1), so
 * {@code dropOffRate = 1 - stepConversion} always. Rates with a zero denominator are
 * undefined {@link Ratio}s. The intervals are undefined when the denominator is 0 or, in a
 * non-strict funnel, when the rate is above 1 (a Wilson interval is for proportions only).
 *
 * @param index the position of the step, 1 for the passage from the first stage to the second
 * @param from the name of the earlier stage
 * @param to the name of the later stage
 * @param entrants the count of the earlier stage
 * @param conversions the count of the later stage
 * @param stepConversion conversions ÷ entrants
 * @param overallConversion conversions ÷ the count of the first stage
 * @param dropOff entrants - conversions; negative only when a non-strict funnel gains
 * @param dropOffRate dropOff ÷ entrants
 * @param stepInterval the Wilson interval of the step conversion
 * @param overallInterval the Wilson interval of the overall conversion
 */
public record FunnelStep(int index, String from, String to, long entrants, long conversions, Ratio stepConversion,
        Ratio overallConversion, long dropOff, Ratio dropOffRate, WilsonInterval stepInterval,
        WilsonInterval overallInterval) {

    /**
     * Checks that no component is null.
     *
     * @param index the position of the step, 1 for the passage from the first stage to the second
     * @param from the name of the earlier stage
     * @param to the name of the later stage
     * @param entrants the count of the earlier stage
     * @param conversions the count of the later stage
     * @param stepConversion conversions ÷ entrants
     * @param overallConversion conversions ÷ the count of the first stage
     * @param dropOff entrants - conversions; negative only when a non-strict funnel gains
     * @param dropOffRate dropOff ÷ entrants
     * @param stepInterval the Wilson interval of the step conversion
     * @param overallInterval the Wilson interval of the overall conversion
     * @throws NullPointerException if a component is null
     */
    public FunnelStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(stepConversion, "stepConversion");
        Objects.requireNonNull(overallConversion, "overallConversion");
        Objects.requireNonNull(dropOffRate, "dropOffRate");
        Objects.requireNonNull(stepInterval, "stepInterval");
        Objects.requireNonNull(overallInterval, "overallInterval");
    }
}
