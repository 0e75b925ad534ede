package io.kpikit.attribution;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * The credit one channel receives from an attribution model.
 *
 * <p>{@code share = conversions / total conversions}; it is an undefined {@link Ratio} when
 * there were no conversions.
 *
 * @param channel the channel name
 * @param conversions the attributed conversions, {@code >= 0}
 * @param value the attributed conversion value, rounded to the minor unit
 * @param share the channel's share of the total conversions
 */
public record ChannelCredit(String channel, double conversions, Money value, Ratio share) {

    /**
     * Validates the credit.
     *
     * @param channel the channel name
     * @param conversions the attributed conversions, {@code >= 0}
     * @param value the attributed conversion value, rounded to the minor unit
     * @param share the channel's share of the total conversions
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if {@code conversions} is negative or not finite
     */
    public ChannelCredit {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(share, "share");
        if (!(conversions >= 0) || Double.isInfinite(conversions)) {
            throw new IllegalArgumentException("conversions must be a finite number >= 0, was "
                    + conversions + " (channel \"" + channel + "\")");
        }
    }
}
