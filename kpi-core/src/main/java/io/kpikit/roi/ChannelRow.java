package io.kpikit.roi;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One channel of a {@link ChannelTable}: its cost and revenue, its shares of the table's
 * totals, and its ROAS and ROI.
 *
 * <p>Example: a row for SEM with cost CNY 3,000,000 of a CNY 7,000,000 total has a
 * {@code spendShare} of {@code 3000000/7000000}.
 *
 * @param channel the channel name
 * @param cost the channel's spend, {@code >= 0}
 * @param revenue the channel's revenue, {@code >= 0}, in the cost's currency
 * @param spendShare the channel's cost ÷ the table's total cost; undefined when that total
 *     is zero
 * @param revenueShare the channel's revenue ÷ the table's total revenue; undefined when that
 *     total is zero
 */
public record ChannelRow(String channel, Money cost, Money revenue, Ratio spendShare, Ratio revenueShare) {

    /**
     * Validates the row.
     *
     * @param channel the channel name
     * @param cost the channel's spend, {@code >= 0}
     * @param revenue the channel's revenue, {@code >= 0}, in the cost's currency
     * @param spendShare the channel's cost ÷ the table's total cost; undefined when that total is zero
     * @param revenueShare the channel's revenue ÷ the table's total revenue; undefined when that total is zero
     * @throws IllegalArgumentException if the channel is blank or an amount is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public ChannelRow {
        Channels.requireName(channel);
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(spendShare, "spendShare");
        Objects.requireNonNull(revenueShare, "revenueShare");
        Channels.checkAmounts(channel, cost, revenue);
    }

    /**
     * Returns the channel's ROAS, {@code revenue / cost}.
     *
     * @return the ROAS; undefined when the cost is zero
     */
    public Roas roas() {
        return Roas.of(revenue, cost);
    }

    /**
     * Returns the channel's ROI with revenue as the return, {@code (revenue − cost) / cost}.
     *
     * @return the ROI; undefined when the cost is zero
     */
    public Roi roi() {
        return Roi.of(revenue, cost);
    }
}
