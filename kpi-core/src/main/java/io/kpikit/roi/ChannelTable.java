package io.kpikit.roi;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Cost and revenue per channel in one currency, with each channel's ROAS, ROI and share of
 * the total spend and revenue, and a ranking of the channels.
 *
 * <p>Definitions, for channel {@code i} with cost {@code cᵢ} and revenue {@code rᵢ}:
 * {@code ROAS = rᵢ / cᵢ}, {@code ROI = (rᵢ − cᵢ) / cᵢ}, {@code spend share = cᵢ / Σc},
 * {@code revenue share = rᵢ / Σr}. The shares are exact ratios whose numerators add up to
 * their common denominator, so they sum to exactly 1 whenever the total is not zero; when a
 * total is zero every share of it is undefined (reason "total cost is 0" or "total revenue
 * is 0").
 *
 * <p>{@link #rows()} lists the channels in name order, so two tables built from the same
 * figures in any order are {@link #equals equal}. {@link #ranking(ChannelRanking)} orders
 * them highest first by ROAS, ROI, spend or revenue; ties are broken by channel name
 * (ascending, {@link String#compareTo}), and channels whose ROAS/ROI is undefined (zero cost)
 * come last, in name order. Ranking by ROAS and by ROI gives the same order, since
 * {@code ROI = ROAS − 1} here.
 *
 * <p>A table is built by {@link ChannelSpendAccumulator#result()}; {@link #of} is "new
 * accumulator, add all, result", so repeated channels are summed.
 *
 * <pre>{@code
 * ChannelTable t = ChannelTable.of(Currency.getInstance("CNY"), List.of(
 *         new ChannelSpend("SEM", Money.parse("CNY 1000000.00"), Money.parse("CNY 4200000.00")),
 *         new ChannelSpend("feed ads", Money.parse("CNY 1000000.00"), Money.parse("CNY 3500000.00"))));
 * t.ranking(ChannelRanking.ROAS).get(0).roas().toNotation();   // "1:4.2"
 * t.row("SEM").spendShare().doubleValue();                     // 0.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChannelTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The currency of every amount. */
    private final Currency currency;
    /** The rows, in channel-name order. */
    private final List<ChannelRow> rows;
    /** Σ cost. */
    private final Money totalCost;
    /** Σ revenue. */
    private final Money totalRevenue;

    private ChannelTable(Currency currency, List<ChannelRow> rows, Money totalCost, Money totalRevenue) {
        this.currency = currency;
        this.rows = rows;
        this.totalCost = totalCost;
        this.totalRevenue = totalRevenue;
    }

    /**
     * Builds the table from per-channel totals in minor units; used by the accumulator.
     * Channel names are distinct; the arrays hold at least {@code size} entries.
     */
    static ChannelTable create(Currency currency, String[] names, long[] costMinor, long[] revenueMinor, int size) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> names[i]));
        Money totalCost = Money.zero(currency);
        Money totalRevenue = Money.zero(currency);
        for (int i = 0; i < size; i++) {
            totalCost = totalCost.plus(Money.ofMinor(costMinor[i], currency));
            totalRevenue = totalRevenue.plus(Money.ofMinor(revenueMinor[i], currency));
        }
        List<ChannelRow> rows = new ArrayList<>(size);
        for (Integer i : order) {
            Money cost = Money.ofMinor(costMinor[i], currency);
            Money revenue = Money.ofMinor(revenueMinor[i], currency);
            rows.add(new ChannelRow(names[i], cost, revenue,
                    share(cost, totalCost, "total cost is 0"), share(revenue, totalRevenue, "total revenue is 0")));
        }
        return new ChannelTable(currency, List.copyOf(rows), totalCost, totalRevenue);
    }

    private static Ratio share(Money part, Money total, String reasonWhenZero) {
        return total.isZero() ? Ratio.undefined(part.amount(), total.amount(), reasonWhenZero) : Ratio.of(part, total);
    }

    /**
     * Returns the table of the given channel figures; a channel that appears more than once
     * has its figures summed.
     *
     * @param currency the currency of every amount
     * @param channels the per-channel cost and revenue
     * @return the table
     * @throws io.kpikit.core.CurrencyMismatchException if an amount is in another currency;
     *     the message names the channel
     * @throws IllegalArgumentException if an amount has more decimals than the currency's
     *     minor unit or a channel total overflows a {@code long} of minor units
     * @throws NullPointerException if an argument or an element is null
     */
    public static ChannelTable of(Currency currency, Iterable<ChannelSpend> channels) {
        Objects.requireNonNull(channels, "channels");
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(currency);
        for (ChannelSpend c : channels) {
            Objects.requireNonNull(c, "channels element");
            acc.add(c.channel(), c.cost(), c.revenue());
        }
        return acc.result();
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the rows in channel-name order.
     *
     * @return an unmodifiable list of rows
     */
    public List<ChannelRow> rows() {
        return rows;
    }

    /**
     * Returns the row of one channel.
     *
     * @param channel the channel name
     * @return the row
     * @throws IllegalArgumentException if the table has no such channel
     * @throws NullPointerException if {@code channel} is null
     */
    public ChannelRow row(String channel) {
        Objects.requireNonNull(channel, "channel");
        for (ChannelRow r : rows) {
            if (r.channel().equals(channel)) {
                return r;
            }
        }
        throw new IllegalArgumentException("channel must be one of " + channelNames() + ", was \"" + channel + "\"");
    }

    private List<String> channelNames() {
        List<String> names = new ArrayList<>(rows.size());
        for (ChannelRow r : rows) {
            names.add(r.channel());
        }
        return names;
    }

    /**
     * Returns the total spend over all channels.
     *
     * @return Σ cost
     */
    public Money totalCost() {
        return totalCost;
    }

    /**
     * Returns the total revenue over all channels.
     *
     * @return Σ revenue
     */
    public Money totalRevenue() {
        return totalRevenue;
    }

    /**
     * Returns the ROAS of all channels together, {@code Σ revenue / Σ cost}.
     *
     * @return the overall ROAS; undefined when the total cost is zero
     */
    public Roas overallRoas() {
        return Roas.of(totalRevenue, totalCost);
    }

    /**
     * Returns the rows ordered highest first by {@code by}; ties by channel name, undefined
     * ROAS/ROI last.
     *
     * @param by the figure to rank by
     * @return a new unmodifiable list of the rows
     * @throws NullPointerException if {@code by} is null
     */
    public List<ChannelRow> ranking(ChannelRanking by) {
        Objects.requireNonNull(by, "by");
        Comparator<ChannelRow> key;
        switch (by) {
            case ROAS:
                key = byRatio(r -> r.roas().ratio());
                break;
            case ROI:
                key = byRatio(r -> r.roi().ratio());
                break;
            case SPEND:
                key = Comparator.comparing(ChannelRow::cost).reversed();
                break;
            default:
                key = Comparator.comparing(ChannelRow::revenue).reversed();
                break;
        }
        List<ChannelRow> sorted = new ArrayList<>(rows);
        sorted.sort(key.thenComparing(ChannelRow::channel));
        return List.copyOf(sorted);
    }

    /** Defined ratios first, larger value first (exact, by cross-multiplying); undefined last. */
    private static Comparator<ChannelRow> byRatio(Function<ChannelRow, Ratio> ratio) {
        return (a, b) -> {
            Ratio x = ratio.apply(a);
            Ratio y = ratio.apply(b);
            if (!x.isDefined() || !y.isDefined()) {
                return Boolean.compare(!x.isDefined(), !y.isDefined());
            }
            // Denominators are costs > 0, so the sign of the cross product is the order.
            return y.numerator().multiply(x.denominator()).compareTo(x.numerator().multiply(y.denominator()));
        };
    }

    /**
     * Returns whether {@code obj} is a table in the same currency with equal rows.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ChannelTable)) {
            return false;
        }
        ChannelTable other = (ChannelTable) obj;
        return currency.equals(other.currency) && rows.equals(other.rows);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + rows.hashCode();
    }

    /**
     * Returns a short description: the currency, totals and channel count.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "ChannelTable " + currency.getCurrencyCode() + ", " + rows.size() + " channels, cost "
                + totalCost.amount().toPlainString() + ", revenue " + totalRevenue.amount().toPlainString();
    }
}
