package io.kpikit.attribution;

import java.util.Objects;

/**
 * The Shapley value of one channel for the conversion worth and for the value worth, with
 * the standard error of each (0 when computed exactly).
 *
 * @param channel the channel name
 * @param conversions the Shapley value of the conversion worth
 * @param conversionsStandardError its standard error (0 if exact)
 * @param value the Shapley value of the value worth
 * @param valueStandardError its standard error (0 if exact)
 */
public record ShapleyValue(String channel, double conversions, double conversionsStandardError,
                           double value, double valueStandardError) {

    /**
     * Validates the record.
     *
     * @param channel the channel name
     * @param conversions the Shapley value of the conversion worth
     * @param conversionsStandardError its standard error (0 if exact)
     * @param value the Shapley value of the value worth
     * @param valueStandardError its standard error (0 if exact)
     * @throws NullPointerException if {@code channel} is null
     * @throws IllegalArgumentException if a number is not finite
     */
    public ShapleyValue {
        Objects.requireNonNull(channel, "channel");
        double[] all = {conversions, conversionsStandardError, value, valueStandardError};
        for (double d : all) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("Shapley value must be finite, was " + d + " (channel \"" + channel + "\")");
            }
        }
    }
}
