package io.kpikit.customer;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Counts orders per customer, so that repeat purchase can be measured from raw orders and
 * partial counts from several partitions can be merged exactly.
 *
 * <p>{@link #add(long)} records one order of a customer; {@link #add(long, long)} records
 * several. {@link #merge(OrderAccumulator)} adds another accumulator's per-customer counts,
 * so a customer with one order in each of two partitions is a repeat customer after the
 * merge: merging is exact, associative and commutative, and an empty accumulator is its
 * identity. {@link #result()} returns the {@link OrderStats} (customers, repeat customers,
 * orders, repurchase rate).
 *
 * <p>Per-customer counts live in a primitive {@code long → long} open-addressing hash map: no
 * object is allocated per order, only when the table doubles (at most half full, 16 bytes a
 * slot); {@link #OrderAccumulator(int)} sizes it for an expected number of customers so that
 * a fresh accumulator does not grow at all. Every count is exact: a
 * customer's orders and the total are {@code long}s, and an add or merge that would take the
 * total past {@link Long#MAX_VALUE} throws {@link ArithmeticException} naming the customer
 * (a customer's count never exceeds the total) and changes nothing. Serialisation writes only the customers
 * and their counts, so accumulators can be shipped between Spark or Beam workers.
 *
 * <pre>{@code
 * OrderAccumulator north = new OrderAccumulator();
 * north.add(1); north.add(2); north.add(2);     // customer 2 ordered twice
 * OrderAccumulator south = new OrderAccumulator();
 * south.add(1); south.add(3);                   // customer 1 again, in another partition
 * OrderStats s = north.merge(south).result();   // 3 customers, 2 repeat (1 and 2), 5 orders
 * s.repurchaseRate().doubleValue();             // 0.666...
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class OrderAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongLongCounts counts;
    private long orders;
    private long repeatCustomers;

    /** Creates an empty accumulator. */
    public OrderAccumulator() {
        counts = new LongLongCounts();
    }

    /**
     * Creates an empty accumulator sized for {@code expectedCustomers} distinct customers, so
     * that adding up to that many allocates nothing. More customers are still accepted (the
     * table doubles as they arrive); the hint only saves the growth of a fresh accumulator,
     * whose table otherwise starts at 16 slots and doubles as customers arrive, allocating
     * about twice its final size in all. The table takes 32 to 64 bytes per expected customer
     * at once, so give a realistic estimate (the distinct customers of the partition, not its
     * orders).
     *
     * <pre>{@code
     * OrderAccumulator acc = new OrderAccumulator(2_000_000);  // about 2M customers this year
     * }</pre>
     *
     * @param expectedCustomers how many distinct customers are expected, from 0 to
     *     536,870,912 (2^29, the most one accumulator holds)
     * @throws IllegalArgumentException if {@code expectedCustomers} is negative or above
     *     536,870,912
     */
    public OrderAccumulator(int expectedCustomers) {
        if (expectedCustomers < 0 || expectedCustomers > LongLongCounts.MAX_KEYS) {
            throw new IllegalArgumentException("expectedCustomers must be in [0, " + LongLongCounts.MAX_KEYS
                    + "], was " + expectedCustomers);
        }
        counts = new LongLongCounts(expectedCustomers);
    }

    /**
     * Returns a collector that accumulates customer ids, one per order, into
     * {@link OrderStats}; it works with parallel streams.
     *
     * @return the collector
     */
    public static Collector<Long, OrderAccumulator, OrderStats> toOrderStats() {
        return Collector.of(OrderAccumulator::new, OrderAccumulator::add, OrderAccumulator::merge,
                OrderAccumulator::result);
    }

    /**
     * Records one order of {@code customerId}.
     *
     * @param customerId the customer, any {@code long}
     * @return this accumulator
     * @throws ArithmeticException if the number of orders would exceed {@link Long#MAX_VALUE};
     *     the message names the customer
     */
    public OrderAccumulator add(long customerId) {
        return add(customerId, 1);
    }

    /**
     * Records {@code orders} orders of {@code customerId}; zero orders record nothing.
     *
     * @param customerId the customer, any {@code long}
     * @param orders the number of orders, not negative
     * @return this accumulator
     * @throws IllegalArgumentException if {@code orders} is negative; the message names the
     *     customer
     * @throws ArithmeticException if the number of orders would exceed {@link Long#MAX_VALUE};
     *     the message names the customer and nothing is recorded
     */
    public OrderAccumulator add(long customerId, long orders) {
        if (orders < 0) {
            throw new IllegalArgumentException("orders must be >= 0, was " + orders + " (customer " + customerId + ")");
        }
        if (orders > 0) {
            if (this.orders > Long.MAX_VALUE - orders) {
                throw new ArithmeticException("orders must fit a long, overflowed adding " + orders
                        + " order(s) of customer " + customerId + " to " + this.orders + " orders");
            }
            record(customerId, orders);
            this.orders += orders;
        }
        return this;
    }

    private void record(long customerId, long n) {
        long before = counts.add(customerId, n);
        if (before < 2 && before + n >= 2) {
            repeatCustomers++;
        }
    }

    /**
     * Adds every order of {@code other} to this accumulator; {@code other} is not changed.
     * Merging an accumulator into itself counts its orders twice.
     *
     * @param other the accumulator to merge
     * @return this accumulator
     * @throws ArithmeticException if the number of orders would exceed {@link Long#MAX_VALUE};
     *     nothing is merged
     */
    public OrderAccumulator merge(OrderAccumulator other) {
        Objects.requireNonNull(other, "other");
        LongLongCounts source = other.counts;
        long otherOrders = other.orders;
        if (orders > Long.MAX_VALUE - otherOrders) {
            throw new ArithmeticException("orders must fit a long, overflowed merging " + otherOrders
                    + " order(s) into " + orders + " orders");
        }
        long total = orders + otherOrders;
        if (other == this) {
            source = copy(counts);
        }
        for (int i = 0; i < source.capacity(); i++) {
            long n = source.countAt(i);
            if (n != 0) {
                record(source.keyAt(i), n);
            }
        }
        orders = total;
        return this;
    }

    private static LongLongCounts copy(LongLongCounts from) {
        LongLongCounts to = new LongLongCounts(from.size());
        for (int i = 0; i < from.capacity(); i++) {
            if (from.countAt(i) != 0) {
                to.add(from.keyAt(i), from.countAt(i));
            }
        }
        return to;
    }

    /**
     * Returns the number of orders recorded for one customer.
     *
     * @param customerId the customer
     * @return the orders, exact; 0 for a customer never seen
     */
    public long ordersOf(long customerId) {
        return counts.get(customerId);
    }

    /**
     * Returns the statistics of the orders recorded so far.
     *
     * @return an immutable snapshot
     */
    public OrderStats result() {
        return new OrderStats(counts.size(), repeatCustomers, orders);
    }

    /**
     * Returns the snapshot's description.
     *
     * @return the description of {@link #result()}
     */
    @Override
    public String toString() {
        return "OrderAccumulator[" + result() + "]";
    }
}
