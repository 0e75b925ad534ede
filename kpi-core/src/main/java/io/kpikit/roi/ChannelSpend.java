package io.kpikit.roi;

import io.kpikit.core.Money;
import java.util.Objects;

/**
 * One channel's cost and revenue, an input record of {@link ChannelTable#of}.
 *
 * <p>Example: {@code new ChannelSpend("SEM", Money.parse("CNY 1000000.00"), Money.parse("CNY 4200000.00"))}.
 *
 * @param channel the channel name, not blank
 * @param cost the spend, {@code >= 0}
 * @param revenue the revenue, {@code >= 0}, in the cost's currency
 */
public record ChannelSpend(String channel, Money cost, Money revenue) {

    /**
     * Validates the record.
     *
     * @param channel the channel name, not blank
     * @param cost the spend, {@code >= 0}
     * @param revenue the revenue, {@code >= 0}, in the cost's currency
     * @throws IllegalArgumentException if the channel is blank or an amount is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public ChannelSpend {
        Channels.requireName(channel);
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
        Channels.checkAmounts(channel, cost, revenue);
    }
}
