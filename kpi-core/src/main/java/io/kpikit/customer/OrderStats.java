package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * Order counts of a period: how many customers ordered, how many ordered at least twice, and
 * how many orders there were; the immutable result of an {@link OrderAccumulator}.
 *
 * <p>The repurchase rate is {@code repeatCustomers ÷ customers} (customers with ≥ 2 orders ÷
 * customers with ≥ 1 order), undefined when no customer ordered. Orders per customer is
 * {@code orders ÷ customers}.
 *
 * <pre>{@code
 * OrderStats s = OrderStats.of(1, 2, 2, 3, 1);  // one customer id per order
 * s.customers();                               // 3
 * s.repeatCustomers();                         // 2 (customers 1 and 2)
 * s.repurchaseRate().doubleValue();            // 0.666...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param customers customers with at least one order
 * @param repeatCustomers customers with at least two orders, at most {@code customers}
 * @param orders all orders, at least {@code customers + repeatCustomers}
 */
public record OrderStats(long customers, long repeatCustomers, long orders) {

    /**
     * Checks that the counts are non-negative and consistent.
     *
     * @param customers customers with at least one order
     * @param repeatCustomers customers with at least two orders, at most {@code customers}
     * @param orders all orders, at least {@code customers + repeatCustomers}
     * @throws IllegalArgumentException if a count is negative, {@code repeatCustomers >
     *     customers}, or {@code orders < customers + repeatCustomers}
     */
    public OrderStats {
        Checks.nonNegative(customers, "customers");
        Checks.nonNegative(repeatCustomers, "repeatCustomers");
        Checks.nonNegative(orders, "orders");
        if (repeatCustomers > customers) {
            throw new IllegalArgumentException("repeatCustomers must be <= customers (" + customers + "), was "
                    + repeatCustomers);
        }
        if (orders - customers < repeatCustomers) {
            throw new IllegalArgumentException("orders must be >= customers + repeatCustomers (" + customers
                    + " + " + repeatCustomers + "), was " + orders);
        }
    }

    /**
     * Returns the statistics of orders given as one customer id per order: a new
     * {@link OrderAccumulator}, every id added, its result.
     *
     * @param customerIdPerOrder the customer of each order
     * @return the statistics
     */
    public static OrderStats of(long... customerIdPerOrder) {
        Objects.requireNonNull(customerIdPerOrder, "customerIdPerOrder");
        OrderAccumulator acc = new OrderAccumulator();
        for (long id : customerIdPerOrder) {
            acc.add(id);
        }
        return acc.result();
    }

    /**
     * Returns the repurchase rate, {@code repeatCustomers ÷ customers}.
     *
     * @return the rate in {@code [0, 1]}; undefined when no customer ordered
     */
    public Ratio repurchaseRate() {
        return CustomerRates.repurchase(repeatCustomers, customers);
    }

    /**
     * Returns the average number of orders per ordering customer, {@code orders ÷ customers}.
     *
     * @return the ratio; undefined when no customer ordered
     */
    public Ratio ordersPerCustomer() {
        return Ratio.of(orders, customers);
    }
}
