package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;

/**
 * Customer-base rates from period counts: retention, churn, repurchase, new-customer share
 * and customer growth, each a {@link Ratio} that keeps its numerator and denominator.
 *
 * <ul>
 *   <li>{@link #retention retention} {@code = (customersAtEnd − newCustomers) ÷ customersAtStart}:
 *       the share of the opening customers still there at the end;</li>
 *   <li>{@link #churn churn} {@code = lostCustomers ÷ customersAtStart};</li>
 *   <li>{@link #repurchase repurchase rate} {@code = customers with ≥ 2 orders ÷ customers with
 *       ≥ 1 order} (from raw orders, see {@link OrderAccumulator});</li>
 *   <li>{@link #newCustomerShare new-customer share} {@code = newCustomers ÷ totalCustomers};</li>
 *   <li>{@link #growthRate customer growth rate} {@code = (customersAtEnd − customersAtStart)
 *       ÷ customersAtStart}.</li>
 * </ul>
 *
 * <h2>Which "customer growth rate"?</h2>
 * Reports write "客户增长率 12%" (customer growth 12%) for two different numbers. With 5,000
 * customers of which 600 are new, 600 ÷ 5,000 = 12% is the <em>new-customer share</em>: how
 * much of the base was acquired this period. The <em>growth rate</em> compares the base with
 * the base a period earlier: from 4,700 to 5,000 it is 300 ÷ 4,700 = 6.4%, lower than the
 * share whenever customers were lost. The seed data's 12% of 5,000 customers is the share;
 * both are offered, under these two names, and a report should say which it shows.
 *
 * <p>Counts must be non-negative and consistent: retained customers
 * ({@code customersAtEnd − newCustomers}) can be neither negative nor more than
 * {@code customersAtStart}; lost customers cannot exceed {@code customersAtStart}; repeat
 * customers cannot exceed ordering customers; new customers cannot exceed the total. Messages
 * name the fields and values. A zero denominator gives an undefined ratio with a reason.
 * Where no customer is acquired and {@code customersAtEnd = customersAtStart − lost},
 * {@code retention = 1 − churn}.
 *
 * <pre>{@code
 * CustomerRates.retention(1000, 950, 100).doubleValue();    // 0.85 = (950 − 100) ÷ 1000
 * CustomerRates.churn(1000, 150).doubleValue();             // 0.15
 * CustomerRates.newCustomerShare(600, 5000).doubleValue();  // 0.12
 * CustomerRates.growthRate(4700, 5000).doubleValue();       // 0.0638...
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CustomerRates {

    private CustomerRates() {
    }

    /**
     * Returns retention, {@code (customersAtEnd − newCustomers) ÷ customersAtStart}.
     *
     * @param customersAtStart customers at the start of the period
     * @param customersAtEnd customers at the end of the period, new ones included
     * @param newCustomers customers acquired during the period and still there at its end
     * @return the retention rate in {@code [0, 1]}; undefined when {@code customersAtStart}
     *     is zero
     * @throws IllegalArgumentException if a count is negative, or
     *     {@code customersAtEnd − newCustomers} is negative or exceeds {@code customersAtStart}
     */
    public static Ratio retention(long customersAtStart, long customersAtEnd, long newCustomers) {
        Checks.nonNegative(customersAtStart, "customersAtStart");
        Checks.nonNegative(customersAtEnd, "customersAtEnd");
        Checks.nonNegative(newCustomers, "newCustomers");
        long retained = customersAtEnd - newCustomers;
        if (retained < 0) {
            throw new IllegalArgumentException("customersAtEnd - newCustomers must be >= 0, was "
                    + customersAtEnd + " - " + newCustomers + " = " + retained);
        }
        if (retained > customersAtStart) {
            throw new IllegalArgumentException("customersAtEnd - newCustomers must be <= customersAtStart ("
                    + customersAtStart + "), was " + customersAtEnd + " - " + newCustomers + " = " + retained);
        }
        if (customersAtStart == 0) {
            return Ratio.undefined(BigDecimal.ZERO, BigDecimal.ZERO,
                    "customersAtStart is zero: retention of an empty base is undefined");
        }
        return Ratio.of(retained, customersAtStart);
    }

    /**
     * Returns churn, {@code lostCustomers ÷ customersAtStart}.
     *
     * @param customersAtStart customers at the start of the period
     * @param lostCustomers customers of the opening base lost during the period
     * @return the churn rate in {@code [0, 1]}; undefined when {@code customersAtStart} is zero
     * @throws IllegalArgumentException if a count is negative or
     *     {@code lostCustomers > customersAtStart}
     */
    public static Ratio churn(long customersAtStart, long lostCustomers) {
        Checks.nonNegative(customersAtStart, "customersAtStart");
        Checks.nonNegative(lostCustomers, "lostCustomers");
        if (lostCustomers > customersAtStart) {
            throw new IllegalArgumentException("lostCustomers must be <= customersAtStart (" + customersAtStart
                    + "), was " + lostCustomers);
        }
        if (customersAtStart == 0) {
            return Ratio.undefined(BigDecimal.ZERO, BigDecimal.ZERO,
                    "customersAtStart is zero: churn of an empty base is undefined");
        }
        return Ratio.of(lostCustomers, customersAtStart);
    }

    /**
     * Returns the repurchase rate, {@code customersWithRepeatOrders ÷ customersWithOrders}.
     *
     * @param customersWithRepeatOrders customers with at least two orders in the period
     * @param customersWithOrders customers with at least one order in the period
     * @return the repurchase rate in {@code [0, 1]}; undefined when no customer ordered
     * @throws IllegalArgumentException if a count is negative or
     *     {@code customersWithRepeatOrders > customersWithOrders}
     */
    public static Ratio repurchase(long customersWithRepeatOrders, long customersWithOrders) {
        Checks.nonNegative(customersWithRepeatOrders, "customersWithRepeatOrders");
        Checks.nonNegative(customersWithOrders, "customersWithOrders");
        if (customersWithRepeatOrders > customersWithOrders) {
            throw new IllegalArgumentException("customersWithRepeatOrders must be <= customersWithOrders ("
                    + customersWithOrders + "), was " + customersWithRepeatOrders);
        }
        if (customersWithOrders == 0) {
            return Ratio.undefined(BigDecimal.ZERO, BigDecimal.ZERO,
                    "customersWithOrders is zero: no customer ordered");
        }
        return Ratio.of(customersWithRepeatOrders, customersWithOrders);
    }

    /**
     * Returns the new-customer share, {@code newCustomers ÷ totalCustomers}: the reading of
     * "customer growth 12%" as 600 new of 5,000 customers.
     *
     * @param newCustomers customers acquired during the period
     * @param totalCustomers all customers of the period, the new ones included
     * @return the share in {@code [0, 1]}; undefined when {@code totalCustomers} is zero
     * @throws IllegalArgumentException if a count is negative or
     *     {@code newCustomers > totalCustomers}
     */
    public static Ratio newCustomerShare(long newCustomers, long totalCustomers) {
        Checks.nonNegative(newCustomers, "newCustomers");
        Checks.nonNegative(totalCustomers, "totalCustomers");
        if (newCustomers > totalCustomers) {
            throw new IllegalArgumentException("newCustomers must be <= totalCustomers (" + totalCustomers
                    + "), was " + newCustomers);
        }
        if (totalCustomers == 0) {
            return Ratio.undefined(BigDecimal.ZERO, BigDecimal.ZERO, "totalCustomers is zero: no customer base");
        }
        return Ratio.of(newCustomers, totalCustomers);
    }

    /**
     * Returns the customer growth rate, {@code (customersAtEnd − customersAtStart) ÷
     * customersAtStart}; negative when the base shrank.
     *
     * @param customersAtStart customers at the start of the period
     * @param customersAtEnd customers at the end of the period
     * @return the growth rate, at least {@code −1}; undefined when {@code customersAtStart}
     *     is zero
     * @throws IllegalArgumentException if a count is negative
     */
    public static Ratio growthRate(long customersAtStart, long customersAtEnd) {
        Checks.nonNegative(customersAtStart, "customersAtStart");
        Checks.nonNegative(customersAtEnd, "customersAtEnd");
        long change = customersAtEnd - customersAtStart;
        if (customersAtStart == 0) {
            return Ratio.undefined(BigDecimal.valueOf(change), BigDecimal.ZERO,
                    "customersAtStart is zero: growth from a zero base is undefined");
        }
        return Ratio.of(change, customersAtStart);
    }
}
