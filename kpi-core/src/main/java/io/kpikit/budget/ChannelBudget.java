package io.kpikit.budget;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * A channel's current budget, its return on ad spend and the bounds its budget must stay
 * within, as input to {@link ReallocationProposal#propose(java.util.List, java.math.BigDecimal)}.
 *
 * <p>The ROAS may be the average or the marginal one (the return of the next unit of spend,
 * the better guide when returns diminish); it must be defined. Bounds satisfy
 * {@code 0 ≤ min ≤ current ≤ max}, all in one currency.
 *
 * @param channel the channel name, non-blank and unique within a proposal
 * @param current the current budget
 * @param roas the channel's (marginal) ROAS, defined
 * @param min the smallest budget the channel may be cut to
 * @param max the largest budget the channel may grow to
 */
public record ChannelBudget(String channel, Money current, Ratio roas, Money min, Money max) {

    /**
     * Validates the components.
     *
     * @param channel the channel name, non-blank and unique within a proposal
     * @param current the current budget
     * @param roas the channel's (marginal) ROAS, defined
     * @param min the smallest budget the channel may be cut to
     * @param max the largest budget the channel may grow to
     * @throws IllegalArgumentException if the channel is blank, the ROAS undefined, or the
     *     bounds are not {@code 0 ≤ min ≤ current ≤ max}; the message names the channel
     * @throws io.kpikit.core.CurrencyMismatchException if the amounts differ in currency
     * @throws NullPointerException if a component is null
     */
    public ChannelBudget {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel must be non-blank, was \"" + channel + "\"");
        }
        current.checkSameCurrency(min);
        current.checkSameCurrency(max);
        if (!roas.isDefined()) {
            throw new IllegalArgumentException("roas must be defined, was " + roas + " (channel \"" + channel + "\")");
        }
        if (min.isNegative()) {
            throw new IllegalArgumentException("min must be >= 0, was " + min + " (channel \"" + channel + "\")");
        }
        if (current.isLessThan(min) || current.isGreaterThan(max)) {
            throw new IllegalArgumentException("current must be in [" + min.amount().toPlainString() + ", "
                    + max.amount().toPlainString() + "], was " + current + " (channel \"" + channel + "\")");
        }
    }
}
