package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A table of channel → {@link Cac}: each channel's spend divided by that channel's new
 * customers.
 *
 * <p>Built from two maps keyed by channel, one of spend and one of new customers; both must
 * name the same channels (a channel in one map but not the other is an error naming it), and
 * every spend must be in one currency. Rows keep the iteration order of the spend map (pass a
 * {@link LinkedHashMap} for a stable order). A channel with zero new customers has an
 * undefined CAC, not an error. {@link #total()} is the CAC of all channels together, total
 * spend ÷ total new customers, which is <em>not</em> the average of the channel CACs.
 *
 * <pre>{@code
 * CacTable t = CacTable.of(
 *         Map.of("search", Money.parse("CNY 300000"), "social", Money.parse("CNY 200000")),
 *         Map.of("search", 150L, "social", 50L));
 * t.get("search").value();  // CNY 2000.00
 * t.get("social").value();  // CNY 4000.00
 * t.total().value();        // CNY 2500.00 = 500000 / 200
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CacTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Cac> rows;
    private final Cac total;

    private CacTable(Map<String, Cac> rows, Cac total) {
        this.rows = rows;
        this.total = total;
    }

    /**
     * Returns the per-channel CACs, rounded {@code HALF_EVEN} to the minor unit.
     *
     * @param spendByChannel each channel's acquisition spend, not negative, one currency
     * @param newCustomersByChannel each channel's new customers, not negative
     * @return the table
     * @throws IllegalArgumentException if the maps are empty or name different channels, a
     *     value is negative (the message names the channel) or the new customers do not sum
     *     within a {@code long}
     * @throws io.kpikit.core.CurrencyMismatchException if the spends are in several currencies
     */
    public static CacTable of(Map<String, Money> spendByChannel, Map<String, Long> newCustomersByChannel) {
        return of(spendByChannel, newCustomersByChannel, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the per-channel CACs, rounded with {@code mode}.
     *
     * @param spendByChannel each channel's acquisition spend, not negative, one currency
     * @param newCustomersByChannel each channel's new customers, not negative
     * @param mode how to round each CAC to the minor unit
     * @return the table
     * @throws IllegalArgumentException if the maps are empty or name different channels, a
     *     value is negative (the message names the channel) or the new customers do not sum
     *     within a {@code long}
     * @throws io.kpikit.core.CurrencyMismatchException if the spends are in several currencies
     */
    public static CacTable of(Map<String, Money> spendByChannel, Map<String, Long> newCustomersByChannel,
            RoundingMode mode) {
        Objects.requireNonNull(spendByChannel, "spendByChannel");
        Objects.requireNonNull(newCustomersByChannel, "newCustomersByChannel");
        Objects.requireNonNull(mode, "mode");
        if (spendByChannel.isEmpty()) {
            throw new IllegalArgumentException("spendByChannel must not be empty, was {}");
        }
        for (String channel : newCustomersByChannel.keySet()) {
            if (!spendByChannel.containsKey(channel)) {
                throw new IllegalArgumentException("newCustomersByChannel names channel \"" + channel
                        + "\" that spendByChannel does not have; channels are " + spendByChannel.keySet());
            }
        }
        Map<String, Cac> rows = new LinkedHashMap<>();
        Money totalSpend = null;
        long totalCustomers = 0;
        for (Map.Entry<String, Money> e : spendByChannel.entrySet()) {
            String channel = Objects.requireNonNull(e.getKey(), "channel");
            Long customers = newCustomersByChannel.get(channel);
            if (customers == null) {
                throw new IllegalArgumentException("newCustomersByChannel must have channel \"" + channel
                        + "\" of spendByChannel, was missing");
            }
            Money spend = Objects.requireNonNull(e.getValue(), "spend of channel " + channel);
            Cac cac = Cac.channel(channel, spend, customers, mode);
            rows.put(channel, cac);
            totalSpend = totalSpend == null ? spend : totalSpend.plus(spend);
            totalCustomers = Checks.sum(totalCustomers, customers, "total new customers");
        }
        return new CacTable(Collections.unmodifiableMap(rows), Cac.blended(totalSpend, totalCustomers, mode));
    }

    /**
     * Returns the CAC of one channel.
     *
     * @param channel the channel name
     * @return its CAC, possibly undefined
     * @throws IllegalArgumentException if the table has no such channel; the message names it
     */
    public Cac get(String channel) {
        Objects.requireNonNull(channel, "channel");
        Cac cac = rows.get(channel);
        if (cac == null) {
            throw new IllegalArgumentException("channel must be one of " + rows.keySet() + ", was \"" + channel + "\"");
        }
        return cac;
    }

    /**
     * Returns the channels in table order.
     *
     * @return the channel names, unmodifiable
     */
    public Set<String> channels() {
        return rows.keySet();
    }

    /**
     * Returns the table as an unmodifiable map in table order.
     *
     * @return channel → CAC
     */
    public Map<String, Cac> asMap() {
        return rows;
    }

    /**
     * Returns the CAC of all channels together: total spend ÷ total new customers, with basis
     * {@link Cac.Basis#BLENDED}; it equals the blended CAC when the table covers all spend
     * and all new customers (organic as a channel with zero spend).
     *
     * @return the CAC across the table, undefined when no channel acquired a customer
     */
    public Cac total() {
        return total;
    }

    /**
     * Returns the rounding mode every CAC of the table, and its total, was rounded with:
     * {@link Money#DEFAULT_ROUNDING} ({@code HALF_EVEN}) unless {@link #of(Map, Map, RoundingMode)}
     * was given another.
     *
     * @return the rounding mode
     */
    public RoundingMode roundingMode() {
        return total.roundingMode();
    }

    /**
     * Returns whether {@code obj} is a table with the same rows in the same order.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof CacTable
                && List.copyOf(rows.entrySet()).equals(List.copyOf(((CacTable) obj).rows.entrySet()));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /**
     * Returns one CAC per line, then the total.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Cac cac : rows.values()) {
            sb.append(cac).append('\n');
        }
        return sb.append("total: ").append(total).toString();
    }
}
