package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One step of the funnel section: the passage from one stage to the next with its rates and the
 * 95% Wilson interval of the step conversion.
 *
 * <pre>{@code
 * // visit → product view: 400,000 of 1,000,000 = 40%
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param index the step, 1 for the first passage
 * @param from the earlier stage
 * @param to the later stage
 * @param entrants the count of the earlier stage
 * @param conversions the count of the later stage
 * @param stepConversion conversions ÷ entrants
 * @param overallConversion conversions ÷ the first stage
 * @param dropOff entrants − conversions
 * @param dropOffRate dropOff ÷ entrants
 * @param lower the lower end of the Wilson interval of the step conversion
 * @param upper the upper end of that interval
 */
public record StepRow(int index, String from, String to, long entrants, long conversions, Ratio stepConversion,
        Ratio overallConversion, long dropOff, Ratio dropOffRate, Figure lower, Figure upper) {

    /**
     * Checks the components and copies the lists.
     *
     * @param index the step, 1 for the first passage
     * @param from the earlier stage
     * @param to the later stage
     * @param entrants the count of the earlier stage
     * @param conversions the count of the later stage
     * @param stepConversion conversions ÷ entrants
     * @param overallConversion conversions ÷ the first stage
     * @param dropOff entrants − conversions
     * @param dropOffRate dropOff ÷ entrants
     * @param lower the lower end of the Wilson interval of the step conversion
     * @param upper the upper end of that interval
     * @throws NullPointerException if a required component is null
     */
    public StepRow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(stepConversion, "stepConversion");
        Objects.requireNonNull(overallConversion, "overallConversion");
        Objects.requireNonNull(dropOffRate, "dropOffRate");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }
}
