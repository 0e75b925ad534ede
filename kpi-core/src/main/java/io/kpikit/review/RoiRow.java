package io.kpikit.review;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One channel of the ROI section: spend and revenue, ROAS (also as "1:x"), ROI, shares of the
 * totals, and where given the gross-profit ROI and the channel CAC.
 *
 * <pre>{@code
 * // SEM: spend 2M, revenue 8.4M: ROAS 1:4.2, ROI 320%
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel name
 * @param spend the spend
 * @param revenue the revenue
 * @param roas revenue ÷ spend
 * @param roasNotation the ROAS as "1:4.2" (one decimal, HALF_UP), or null when undefined
 * @param roi (revenue − spend) ÷ spend
 * @param spendShare spend ÷ total spend
 * @param revenueShare revenue ÷ total revenue
 * @param grossProfit the gross profit, or null
 * @param grossProfitRoi (gross profit − spend) ÷ spend, or null without a gross profit
 * @param newCustomers the new customers, or null
 * @param cac spend ÷ new customers, or null without new customers
 */
public record RoiRow(String channel, Money spend, Money revenue, Ratio roas, String roasNotation, Ratio roi,
        Ratio spendShare, Ratio revenueShare, Money grossProfit, Ratio grossProfitRoi, Long newCustomers,
        MoneyPerUnit cac) {

    /**
     * Checks the components and copies the lists.
     *
     * @param channel the channel name
     * @param spend the spend
     * @param revenue the revenue
     * @param roas revenue ÷ spend
     * @param roasNotation the ROAS as "1:4.2" (one decimal, HALF_UP), or null when undefined
     * @param roi (revenue − spend) ÷ spend
     * @param spendShare spend ÷ total spend
     * @param revenueShare revenue ÷ total revenue
     * @param grossProfit the gross profit, or null
     * @param grossProfitRoi (gross profit − spend) ÷ spend, or null without a gross profit
     * @param newCustomers the new customers, or null
     * @param cac spend ÷ new customers, or null without new customers
     * @throws NullPointerException if a required component is null
     */
    public RoiRow {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(spendShare, "spendShare");
        Objects.requireNonNull(revenueShare, "revenueShare");
    }
}
