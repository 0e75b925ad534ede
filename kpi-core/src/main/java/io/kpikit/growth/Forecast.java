package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import java.util.Objects;

/**
 * A point forecast of a {@link Trend} at one x, with its prediction interval.
 *
 * <p>{@code value = intercept + slope * x}; {@code lower} and {@code upper} are
 * {@code value -/+ t * s * sqrt(1 + 1/n + (x - x̄)² / Sxx)} (see {@link Trend}). The value is
 * undefined when the fit is; the bounds are undefined, with a reason, also when the fit has
 * fewer than 3 points.
 *
 * @param x where the forecast is made (a period index for an index-based trend)
 * @param value the fitted value at {@code x}
 * @param lower the lower bound of the prediction interval
 * @param upper the upper bound of the prediction interval
 * @param confidence the confidence level of the interval, in (0, 1)
 */
public record Forecast(double x, Figure value, Figure lower, Figure upper, double confidence) {

    /**
     * Validates the components.
     *
     * @param x where the forecast is made (a period index for an index-based trend)
     * @param value the fitted value at {@code x}
     * @param lower the lower bound of the prediction interval
     * @param upper the upper bound of the prediction interval
     * @param confidence the confidence level of the interval, in (0, 1)
     * @throws IllegalArgumentException if {@code x} is not finite or {@code confidence} is not
     *     in (0, 1)
     * @throws NullPointerException if a figure is null
     */
    public Forecast {
        Checks.finite(x, "x");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Trend.checkConfidence(confidence);
    }
}
