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
 * <p>Per-customer counts live in a primitive {@code long → int} open-addressing hash map: no
 * object is allocated per order (only when the table doubles). A single customer's count
 * saturates at {@link Integer#MAX_VALUE}, which cannot change who is a repeat customer; the
 * total number of orders is an exact {@code long}. Serialisation writes only the customers
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

    private final LongIntCounts counts = new LongIntCounts();
    private long orders;
    private long repeatCustomers;

    /** Creates an empty accumulator. */
    public OrderAccumulator() {
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
     */
    public OrderAccumulator add(long customerId) {
        record(customerId, 1);
        orders = Math.addExact(orders, 1);
        return this;
    }

    /**
     * Records {@code orders} orders of {@code customerId}; zero orders record nothing.
     *
     * @param customerId the customer, any {@code long}
     * @param orders the number of orders, not negative
     * @return this accumulator
     * @throws IllegalArgumentException if {@code orders} is negative; the message names the
     *     customer
     */
    public OrderAccumulator add(long customerId, long orders) {
        if (orders < 0) {
            throw new IllegalArgumentException("orders must be >= 0, was " + orders + " (customer " + customerId + ")");
        }
        if (orders > 0) {
            long total = Math.addExact(this.orders, orders);
            record(customerId, (int) Math.min(Integer.MAX_VALUE, orders));
            this.orders = total;
        }
        return this;
    }

    private void record(long customerId, int n) {
        int before = counts.add(customerId, n);
        if (before < 2 && before + (long) n >= 2) {
            repeatCustomers++;
        }
    }

    /**
     * Adds every order of {@code other} to this accumulator; {@code other} is not changed.
     * Merging an accumulator into itself counts its orders twice.
     *
     * @param other the accumulator to merge
     * @return this accumulator
     */
    public OrderAccumulator merge(OrderAccumulator other) {
        Objects.requireNonNull(other, "other");
        LongIntCounts source = other.counts;
        long otherOrders = other.orders;
        long total = Math.addExact(orders, otherOrders);
        if (other == this) {
            source = copy(counts);
        }
        for (int i = 0; i < source.capacity(); i++) {
            int n = source.countAt(i);
            if (n != 0) {
                record(source.keyAt(i), n);
            }
        }
        orders = total;
        return this;
    }

    private static LongIntCounts copy(LongIntCounts from) {
        LongIntCounts to = new LongIntCounts();
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
     * @return the orders, 0 for a customer never seen (saturated at
     *     {@link Integer#MAX_VALUE})
     */
    public int ordersOf(long customerId) {
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
