package io.kpikit.roi;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Objects;

/**
 * Sums cost and revenue per channel, exactly, in whole minor units of one currency, and
 * builds a {@link ChannelTable}.
 *
 * <p>Channels get dense integer ids in the order they are first seen
 * ({@link #register(String)}, or implicitly by {@link #add(String, Money, Money)}). The hot
 * path {@link #add(int, long, long)} takes an id and amounts in minor units (fen, cents) and
 * allocates nothing: it adds to two {@code long[]} arrays with {@link Math#addExact}, so an
 * overflow throws an {@link ArithmeticException} naming the channel instead of wrapping.
 *
 * <p>{@link #merge(ChannelSpendAccumulator)} adds another accumulator's totals, matching
 * channels by name (ids may differ between accumulators). Merging is exact, so it is
 * associative and commutative and the empty accumulator is its identity: any split of the
 * input into partitions, merged in any order, gives a {@link #result()} equal to one pass.
 * A channel that was registered but never given spend appears in the result with zero cost
 * and revenue.
 *
 * <pre>{@code
 * ChannelSpendAccumulator acc = new ChannelSpendAccumulator(Currency.getInstance("CNY"));
 * int sem = acc.register("SEM");
 * acc.add(sem, 100_000_000L, 420_000_000L);   // CNY 1,000,000.00 cost, CNY 4,200,000.00 revenue
 * acc.result().row("SEM").roas().toNotation(); // "1:4.2"
 * }</pre>
 *
 * <p>This class is not thread-safe.
 */
public final class ChannelSpendAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int INITIAL_CAPACITY = 8;

    /** The currency of every amount. */
    private final Currency currency;
    /** Channel name to dense id. */
    private final HashMap<String, Integer> ids = new HashMap<>();
    /** Channel names by id. */
    private String[] names = new String[INITIAL_CAPACITY];
    /** Cost in minor units by id. */
    private long[] cost = new long[INITIAL_CAPACITY];
    /** Revenue in minor units by id. */
    private long[] revenue = new long[INITIAL_CAPACITY];
    /** The number of channels registered. */
    private int size;

    /**
     * Creates an empty accumulator for amounts in {@code currency}.
     *
     * @param currency the currency of every amount; it must have a minor unit
     * @throws IllegalArgumentException if the currency has no minor unit (such as XAU)
     * @throws NullPointerException if {@code currency} is null
     */
    public ChannelSpendAccumulator(Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        Money.zero(currency).minorUnitScale(); // throws for a currency without a minor unit
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
     * Returns the id of a channel, registering it if it is new.
     *
     * @param channel the channel name, not blank
     * @return the channel's dense id, from 0
     * @throws IllegalArgumentException if {@code channel} is blank
     * @throws NullPointerException if {@code channel} is null
     */
    public int register(String channel) {
        Integer id = ids.get(Channels.requireName(channel));
        if (id != null) {
            return id;
        }
        if (size == names.length) {
            int capacity = names.length * 2;
            names = Arrays.copyOf(names, capacity);
            cost = Arrays.copyOf(cost, capacity);
            revenue = Arrays.copyOf(revenue, capacity);
        }
        names[size] = channel;
        ids.put(channel, size);
        return size++;
    }

    /**
     * Returns the number of channels registered.
     *
     * @return the channel count
     */
    public int channelCount() {
        return size;
    }

    /**
     * Adds a record of cost and revenue to a channel, registering it if it is new.
     *
     * @param channel the channel name, not blank
     * @param cost the cost, {@code >= 0}, in this accumulator's currency, with no more
     *     decimals than its minor unit
     * @param revenue the revenue, {@code >= 0}, under the same conditions
     * @throws io.kpikit.core.CurrencyMismatchException if an amount is in another currency;
     *     the message names the channel
     * @throws IllegalArgumentException if the channel is blank, an amount is negative, has
     *     too many decimals or does not fit a {@code long} of minor units
     * @throws ArithmeticException if a channel total overflows a {@code long} of minor units
     * @throws NullPointerException if an argument is null
     */
    public void add(String channel, Money cost, Money revenue) {
        Channels.requireName(channel);
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
        if (!currency.equals(cost.currency())) {
            throw new CurrencyMismatchException(currency, cost.currency(), "cost of channel \"" + channel + "\"");
        }
        Channels.checkAmounts(channel, cost, revenue);
        long costMinor = minorUnits(cost, "cost", channel);
        long revenueMinor = minorUnits(revenue, "revenue", channel);
        add(register(channel), costMinor, revenueMinor);
    }

    private static long minorUnits(Money amount, String field, String channel) {
        try {
            return amount.toMinorUnits();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must be a whole number of minor units that fits a long, was "
                    + amount + " (channel \"" + channel + "\")", e);
        }
    }

    /**
     * Adds a record to a registered channel; the allocation-free hot path.
     *
     * @param channelId an id returned by {@link #register(String)}
     * @param costMinorUnits the cost in minor units (fen, cents), {@code >= 0}
     * @param revenueMinorUnits the revenue in minor units, {@code >= 0}
     * @throws IllegalArgumentException if the id is not registered or an amount is negative
     * @throws ArithmeticException if a channel total overflows a {@code long}
     */
    public void add(int channelId, long costMinorUnits, long revenueMinorUnits) {
        if (channelId < 0 || channelId >= size) {
            throw new IllegalArgumentException("channelId must be in [0, " + size + "), was " + channelId);
        }
        if (costMinorUnits < 0) {
            throw new IllegalArgumentException("costMinorUnits must be >= 0, was " + costMinorUnits
                    + " (channel \"" + names[channelId] + "\")");
        }
        if (revenueMinorUnits < 0) {
            throw new IllegalArgumentException("revenueMinorUnits must be >= 0, was " + revenueMinorUnits
                    + " (channel \"" + names[channelId] + "\")");
        }
        long newCost = sum(cost[channelId], costMinorUnits, "cost", channelId);
        long newRevenue = sum(revenue[channelId], revenueMinorUnits, "revenue", channelId);
        cost[channelId] = newCost;
        revenue[channelId] = newRevenue;
    }

    private long sum(long total, long addend, String field, int channelId) {
        try {
            return Math.addExact(total, addend);
        } catch (ArithmeticException e) {
            ArithmeticException overflow = new ArithmeticException(field + " of channel \"" + names[channelId]
                    + "\" overflows a long of minor units: " + total + " + " + addend);
            overflow.initCause(e);
            throw overflow;
        }
    }

    /**
     * Adds another accumulator's totals to this one, matching channels by name; channels new
     * to this accumulator are registered in the other's id order. The other accumulator is
     * not changed.
     *
     * @param other an accumulator in the same currency
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if a channel total overflows a {@code long}; this
     *     accumulator may then hold part of the other's totals
     * @throws NullPointerException if {@code other} is null
     */
    public void merge(ChannelSpendAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, "merging channel spend accumulators");
        }
        int n = other.size;
        for (int i = 0; i < n; i++) {
            add(register(other.names[i]), other.cost[i], other.revenue[i]);
        }
    }

    /**
     * Returns the channel table of everything added so far.
     *
     * @return an immutable table; this accumulator can keep accumulating
     */
    public ChannelTable result() {
        return ChannelTable.create(currency, names, cost, revenue, size);
    }

    /**
     * Returns a short description: the currency and the number of channels.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "ChannelSpendAccumulator " + currency.getCurrencyCode() + ", " + size + " channels";
    }
}
