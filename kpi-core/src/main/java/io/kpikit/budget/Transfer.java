package io.kpikit.budget;

import io.kpikit.core.Money;
import java.util.Objects;

/**
 * One move of budget in a {@link ReallocationProposal}: an amount taken from a lower-ROAS
 * channel and given to a higher-ROAS one.
 *
 * @param from the channel that gives
 * @param to the channel that receives
 * @param amount the amount moved, greater than zero
 */
public record Transfer(String from, String to, Money amount) {

    /**
     * Validates the components.
     *
     * @param from the channel that gives
     * @param to the channel that receives
     * @param amount the amount moved, greater than zero
     * @throws IllegalArgumentException if the amount is not positive or the channels are equal
     * @throws NullPointerException if a component is null
     */
    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be > 0, was " + amount + " (transfer " + from + " -> "
                    + to + ")");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("to must differ from from, was \"" + to + "\" for both");
        }
    }
}
