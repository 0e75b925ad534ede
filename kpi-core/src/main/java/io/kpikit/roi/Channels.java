package io.kpikit.roi;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.util.Objects;

/** Channel-name and channel-amount checks shared by the channel types of this package. */
final class Channels {

    private Channels() {
    }

    /** Requires a non-blank channel name. */
    static String requireName(String channel) {
        Objects.requireNonNull(channel, "channel");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel must not be blank, was \"" + channel + "\"");
        }
        return channel;
    }

    /** Requires non-negative amounts in one currency, naming the channel. */
    static void checkAmounts(String channel, Money cost, Money revenue) {
        if (!cost.currency().equals(revenue.currency())) {
            throw new CurrencyMismatchException(cost.currency(), revenue.currency(),
                    "cost and revenue of channel \"" + channel + "\"");
        }
        if (cost.isNegative()) {
            throw new IllegalArgumentException("cost must be >= 0, was " + cost + " (channel \"" + channel + "\")");
        }
        if (revenue.isNegative()) {
            throw new IllegalArgumentException("revenue must be >= 0, was " + revenue + " (channel \"" + channel + "\")");
        }
    }
}
