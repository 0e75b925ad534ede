package io.kpikit.budget;

import io.kpikit.core.Money;
import java.util.Objects;

/**
 * A channel's budget before and after a {@link ReallocationProposal}.
 *
 * @param channel the channel name
 * @param from the current budget
 * @param to the proposed budget
 */
public record ChannelChange(String channel, Money from, Money to) {

    /**
     * Validates the components.
     *
     * @param channel the channel name
     * @param from the current budget
     * @param to the proposed budget
     * @throws io.kpikit.core.CurrencyMismatchException if the amounts differ in currency
     * @throws NullPointerException if a component is null
     */
    public ChannelChange {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(from, "from").checkSameCurrency(to);
    }

    /**
     * Returns {@code to − from}.
     *
     * @return the change; negative for a channel that gives budget away
     */
    public Money change() {
        return to.minus(from);
    }
}
