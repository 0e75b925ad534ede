package io.kpikit.review;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * The customer economics section of a review report. Parts whose inputs are absent are null: AOV
 * needs orders and revenue, ARPU revenue, the blended CAC an acquisition spend or a budget, the
 * paid CAC channels with new customers, LTV a gross margin and revenue. Both CACs are given when
 * the inputs allow, each naming its spend; LTV:CAC is given against each.
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
 * @param blendedCac all marketing spend ÷ all new customers, or null without a spend for it
 * @param blendedCacSpend the spend of the blended CAC: "acquisitionSpend" or "budget cost
 *     actual" (the actual total of the budget's COST lines), or null without a blended CAC
 * @param paidCac the spend of the channels reporting new customers ÷ those new customers, or
 *     null when no channel reports new customers
 * @param paidCacSpend the spend of the paid CAC: "channels", or "channels [a, b]" when only
 *     some channels report new customers; null without a paid CAC
 * @param ltv the simple LTV from ARPU, margin and churn, or null
 * @param ltvToBlendedCac LTV ÷ blended CAC, both as printed (numerator the LTV, denominator the
 *     CAC); null when either has no value
 * @param ltvToPaidCac LTV ÷ paid CAC, both as printed; null when either has no value
 * @param nps the NPS, or null
 * @param csat satisfied ÷ responses, or null
 */
public record CustomerSection(long customersAtStart, long newCustomers, long lostCustomers, long customersAtEnd,
        Ratio retention, Ratio churn, Ratio newCustomerShare, Ratio customerGrowth, Long orders, Money revenue,
        MoneyPerUnit aov, MoneyPerUnit arpu, MoneyPerUnit blendedCac, String blendedCacSpend, MoneyPerUnit paidCac,
        String paidCacSpend, LtvFigure ltv, Ratio ltvToBlendedCac, Ratio ltvToPaidCac, NpsFigure nps, Ratio csat) {

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
     * @param blendedCac all marketing spend ÷ all new customers, or null
     * @param blendedCacSpend the spend of the blended CAC, or null without one
     * @param paidCac the spend of the channels reporting new customers ÷ those new customers, or null
     * @param paidCacSpend the spend of the paid CAC, or null without one
     * @param ltv the simple LTV from ARPU, margin and churn, or null
     * @param ltvToBlendedCac LTV ÷ blended CAC, both as printed, or null
     * @param ltvToPaidCac LTV ÷ paid CAC, both as printed, or null
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
