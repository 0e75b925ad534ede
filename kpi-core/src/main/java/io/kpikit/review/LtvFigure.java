package io.kpikit.review;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A simple lifetime value, ARPU × margin ÷ churn, with its inputs; the value is null with a
 * reason when churn is zero.
 *
 * <pre>{@code
 * // ARPU 23,520 × 0.35 ÷ churn 0.102 = LTV
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the LTV rounded to the minor unit, or null when undefined
 * @param arpu the revenue per customer of the period
 * @param grossMargin the gross margin
 * @param churnRate the churn of the period
 * @param reason why the LTV is undefined, or null
 */
public record LtvFigure(Money value, Money arpu, BigDecimal grossMargin, BigDecimal churnRate, String reason) {

    /**
     * Checks the components and copies the lists.
     *
     * @param value the LTV rounded to the minor unit, or null when undefined
     * @param arpu the revenue per customer of the period
     * @param grossMargin the gross margin
     * @param churnRate the churn of the period
     * @param reason why the LTV is undefined, or null
     * @throws NullPointerException if a required component is null
     */
    public LtvFigure {
        Objects.requireNonNull(arpu, "arpu");
        Objects.requireNonNull(grossMargin, "grossMargin");
    }
}
