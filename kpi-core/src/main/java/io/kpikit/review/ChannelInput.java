package io.kpikit.review;

import io.kpikit.core.Money;
import java.util.List;
import java.util.Objects;

/**
 * One marketing channel of a {@link ReviewDocument}: what it cost and what it brought in.
 *
 * <pre>{@code
 * new ChannelInput("SEM", Money.parse("CNY 2000000"), Money.parse("CNY 8400000"), null, 200L);
 * // ROAS 8.4M / 2M = 1:4.2, CAC 2M / 200 = CNY 10000.00
 * }</pre>
 *
 * @param name the channel name, unique in the document
 * @param spend the channel's spend, {@code >= 0}
 * @param revenue the revenue attributed to the channel, {@code >= 0}
 * @param grossProfit the channel's gross profit (any sign), or null; gives a gross-profit ROI
 * @param newCustomers the new customers the channel acquired, {@code >= 0}, or null; gives a
 *     channel CAC
 */
public record ChannelInput(String name, Money spend, Money revenue, Money grossProfit, Long newCustomers) {

    /**
     * Validates the channel.
     *
     * @param name the channel name, unique in the document
     * @param spend the channel's spend, {@code >= 0}
     * @param revenue the revenue attributed to the channel, {@code >= 0}
     * @param grossProfit the channel's gross profit, or null
     * @param newCustomers the new customers the channel acquired, {@code >= 0}, or null
     * @throws ReviewInputException if the name is blank, an amount or count is negative, or an
     *     amount does not fit a {@code long} of minor units; the message names the channel
     * @throws NullPointerException if {@code name}, {@code spend} or {@code revenue} is null
     */
    public ChannelInput {
        Fields.text(name, "name", "");
        String item = Fields.item("channel", name);
        Fields.nonNegative(Objects.requireNonNull(spend, "spend"), "spend", item);
        Fields.nonNegative(Objects.requireNonNull(revenue, "revenue"), "revenue", item);
        // the channel table adds spend and revenue in longs of minor units
        Fields.minorUnits(spend, List.of("spend"), item);
        Fields.minorUnits(revenue, List.of("revenue"), item);
        Fields.minorUnits(grossProfit, List.of("grossProfit"), item);
        Fields.optionalCount(newCustomers, "newCustomers", item);
    }
}
