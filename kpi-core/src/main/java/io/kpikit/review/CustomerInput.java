package io.kpikit.review;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The customer figures of a {@link ReviewDocument}: the customer base over the period, orders
 * and revenue, margin, acquisition spend, and NPS and CSAT answers.
 *
 * <p>Customers at the end are {@code customersAtStart + newCustomers − lostCustomers}, so
 * {@code lostCustomers} counts customers of the opening base lost during the period. Every
 * part after the three counts is optional; the report leaves out what cannot be computed
 * (no AOV without orders and revenue, no LTV without a margin).
 *
 * <pre>{@code
 * // 4,900 at the start, 600 new, 500 lost: 5,000 at the end, 600/5,000 = 12% new
 * new CustomerInput(4900, 600, 500, 50000L, Money.parse("CNY 117600000"), new BigDecimal("0.35"),
 *         null, null, null);
 * }</pre>
 *
 * @param customersAtStart customers at the start of the period
 * @param newCustomers customers acquired during the period
 * @param lostCustomers customers of the opening base lost during the period, at most
 *     {@code customersAtStart}
 * @param orders orders in the period, or null
 * @param revenue revenue of the period, {@code >= 0}, or null
 * @param grossMargin the gross margin as a fraction in {@code [0, 1]}, or null; gives an LTV
 * @param acquisitionSpend all marketing spend of the period, for the blended CAC, or null to use
 *     the actual total of the budget's COST lines (when the document has a budget)
 * @param nps NPS answers, or null
 * @param csat CSAT answers, or null
 */
public record CustomerInput(long customersAtStart, long newCustomers, long lostCustomers, Long orders, Money revenue,
        BigDecimal grossMargin, Money acquisitionSpend, NpsInput nps, CsatInput csat) {

    /**
     * Validates the figures.
     *
     * @param customersAtStart customers at the start of the period
     * @param newCustomers customers acquired during the period
     * @param lostCustomers customers of the opening base lost, at most {@code customersAtStart}
     * @param orders orders in the period, or null
     * @param revenue revenue of the period, {@code >= 0}, or null
     * @param grossMargin the gross margin in {@code [0, 1]}, or null
     * @param acquisitionSpend all marketing spend, for the blended CAC, {@code >= 0}, or null
     * @param nps NPS answers, or null
     * @param csat CSAT answers, or null
     * @throws ReviewInputException if a count or amount is negative, an amount does not fit a
     *     {@code long} of minor units, more customers are lost than there were, or the margin is
     *     outside {@code [0, 1]}
     */
    public CustomerInput {
        Fields.count(customersAtStart, "customersAtStart", "");
        Fields.count(newCustomers, "newCustomers", "");
        Fields.count(lostCustomers, "lostCustomers", "");
        if (lostCustomers > customersAtStart) {
            throw new ReviewInputException("lostCustomers", "lostCustomers must be <= customersAtStart ("
                    + customersAtStart + "), was " + lostCustomers);
        }
        if (customersAtStart > Long.MAX_VALUE - newCustomers) {
            throw new ReviewInputException("newCustomers", "customersAtStart + newCustomers must fit a long, was "
                    + customersAtStart + " + " + newCustomers);
        }
        Fields.optionalCount(orders, "orders", "");
        Fields.nonNegative(revenue, "revenue", "");
        Fields.unit(grossMargin, "grossMargin", "");
        Fields.nonNegative(acquisitionSpend, "acquisitionSpend", "");
        // ARPU, LTV and CAC stay far within an amount from amounts within a long of minor units
        Fields.minorUnits(revenue, List.of("revenue"), "");
        Fields.minorUnits(acquisitionSpend, List.of("acquisitionSpend"), "");
    }

    /**
     * Returns the customers at the end of the period.
     *
     * @return {@code customersAtStart + newCustomers − lostCustomers}
     */
    public long customersAtEnd() {
        return customersAtStart + newCustomers - lostCustomers;
    }
}
