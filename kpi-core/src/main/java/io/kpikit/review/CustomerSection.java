package io.kpikit.review;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * The customer economics section of a review report. Parts whose inputs are absent are null: AOV
 * needs orders and revenue, ARPU revenue, CAC an acquisition spend or channel spend, LTV a gross
 * margin and revenue.
 *
 * <pre>{@code
 * report.customers().newCustomerShare();   // 600 / 5000 = 0.12
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customersAtStart customers at the start
 * @param newCustomers customers acquired
 * @param lostCustomers customers of the opening base lost
 * @param customersAtEnd start + new − lost
 * @param retention (end − new) ÷ start
 * @param churn lost ÷ start
 * @param newCustomerShare new ÷ end
 * @param customerGrowth (end − start) ÷ start
 * @param orders orders, or null
 * @param revenue revenue, or null
 * @param aov revenue ÷ orders, or null
 * @param arpu revenue ÷ customers at the end, or null
 * @param cac acquisition spend ÷ new customers (blended), or null
 * @param cacSpend where the CAC spend came from: "acquisitionSpend" or "channels", or null
 *     without a CAC
 * @param ltv the simple LTV from ARPU, margin and churn, or null
 * @param ltvToCac LTV ÷ CAC from the unrounded values, or null
 * @param nps the NPS, or null
 * @param csat satisfied ÷ responses, or null
 */
public record CustomerSection(long customersAtStart, long newCustomers, long lostCustomers, long customersAtEnd,
        Ratio retention, Ratio churn, Ratio newCustomerShare, Ratio customerGrowth, Long orders, Money revenue,
        MoneyPerUnit aov, MoneyPerUnit arpu, MoneyPerUnit cac, String cacSpend, LtvFigure ltv, Ratio ltvToCac,
        NpsFigure nps, Ratio csat) {

    /**
     * Checks the components and copies the lists.
     *
     * @param customersAtStart customers at the start
     * @param newCustomers customers acquired
     * @param lostCustomers customers of the opening base lost
     * @param customersAtEnd start + new − lost
     * @param retention (end − new) ÷ start
     * @param churn lost ÷ start
     * @param newCustomerShare new ÷ end
     * @param customerGrowth (end − start) ÷ start
     * @param orders orders, or null
     * @param revenue revenue, or null
     * @param aov revenue ÷ orders, or null
     * @param arpu revenue ÷ customers at the end, or null
     * @param cac acquisition spend ÷ new customers (blended), or null
     * @param cacSpend where the CAC spend came from: "acquisitionSpend" or "channels", or null
     *     without a CAC
     * @param ltv the simple LTV from ARPU, margin and churn, or null
     * @param ltvToCac LTV ÷ CAC from the unrounded values, or null
     * @param nps the NPS, or null
     * @param csat satisfied ÷ responses, or null
     * @throws NullPointerException if a required component is null
     */
    public CustomerSection {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(newCustomerShare, "newCustomerShare");
        Objects.requireNonNull(customerGrowth, "customerGrowth");
    }
}
