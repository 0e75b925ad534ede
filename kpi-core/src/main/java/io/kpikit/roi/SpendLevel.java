package io.kpikit.roi;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.util.Objects;

/**
 * One point on a spend–response curve: a spend and the return observed at it, the input of
 * {@link MarginalRoi}.
 *
 * <p>Example: {@code new SpendLevel(Money.parse("CNY 1000000.00"), Money.parse("CNY 4200000.00"))}.
 *
 * @param cost the spend, {@code >= 0}
 * @param returnAmount the return at that spend, any sign, in the cost's currency
 */
public record SpendLevel(Money cost, Money returnAmount) {

    /**
     * Validates the level.
     *
     * @param cost the spend, {@code >= 0}
     * @param returnAmount the return at that spend, any sign, in the cost's currency
     * @throws IllegalArgumentException if {@code cost} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public SpendLevel {
        Checks.nonNegative(cost, "cost");
        Objects.requireNonNull(returnAmount, "returnAmount");
        MoneyChecks.sameCurrency(cost, returnAmount, "spend level return and cost");
    }
}
