package io.kpikit.budget;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * Plan and actual of one elapsed period of a {@link PhasedBudget}, with the cumulative burn
 * against the cumulative plan up to and including it.
 *
 * @param period the 0-based period index
 * @param plan the plan of this period
 * @param actual the actual of this period
 * @param cumulativePlan the plan of periods {@code 0..period}
 * @param cumulativeActual the actual of periods {@code 0..period}
 */
public record PeriodBurn(int period, Money plan, Money actual, Money cumulativePlan, Money cumulativeActual) {

    /**
     * Validates the components.
     *
     * @param period the 0-based period index
     * @param plan the plan of this period
     * @param actual the actual of this period
     * @param cumulativePlan the plan of periods {@code 0..period}
     * @param cumulativeActual the actual of periods {@code 0..period}
     * @throws IllegalArgumentException if {@code period} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the amounts differ in currency
     * @throws NullPointerException if an amount is null
     */
    public PeriodBurn {
        if (period < 0) {
            throw new IllegalArgumentException("period must be >= 0, was " + period);
        }
        Objects.requireNonNull(plan, "plan").checkSameCurrency(actual);
        plan.checkSameCurrency(cumulativePlan);
        plan.checkSameCurrency(cumulativeActual);
    }

    /**
     * Returns cumulative actual − cumulative plan.
     *
     * @return the cumulative variance; positive when burning ahead of plan
     */
    public Money cumulativeVariance() {
        return cumulativeActual.minus(cumulativePlan);
    }

    /**
     * Returns cumulative actual ÷ cumulative plan.
     *
     * @return the cumulative execution rate; undefined while the cumulative plan is zero
     */
    public Ratio cumulativeExecutionRate() {
        if (cumulativePlan.isZero()) {
            return Ratio.undefined(cumulativeActual.amount(), cumulativePlan.amount(),
                    "cumulative plan is zero: execution rate is undefined");
        }
        return Ratio.of(cumulativeActual, cumulativePlan);
    }
}
