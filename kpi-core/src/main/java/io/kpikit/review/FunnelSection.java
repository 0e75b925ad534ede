package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.util.List;
import java.util.Objects;

/**
 * The funnel section of a review report: every step, the overall conversion with its 95% Wilson
 * interval, and the bottleneck (the step with the largest drop-off rate).
 *
 * <pre>{@code
 * report.funnel().overallConversion();   // 50,000 / 1,000,000 = 0.05
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param strict whether the stages count people (no stage exceeds the one before)
 * @param overallConversion last stage ÷ first stage
 * @param lower the lower end of the Wilson interval of the overall conversion
 * @param upper the upper end of that interval
 * @param bottleneck the index of the step with the largest drop-off rate (the earliest on a
 *     tie), or null when no step loses anyone
 * @param steps the steps, in order
 */
public record FunnelSection(boolean strict, Ratio overallConversion, Figure lower, Figure upper, Integer bottleneck,
        List<StepRow> steps) {

    /**
     * Checks the components and copies the lists.
     *
     * @param strict whether the stages count people (no stage exceeds the one before)
     * @param overallConversion last stage ÷ first stage
     * @param lower the lower end of the Wilson interval of the overall conversion
     * @param upper the upper end of that interval
     * @param bottleneck the index of the step with the largest drop-off rate (the earliest on a
     *     tie), or null when no step loses anyone
     * @param steps the steps, in order
     * @throws NullPointerException if a required component is null
     */
    public FunnelSection {
        Objects.requireNonNull(overallConversion, "overallConversion");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }
}
