package io.kpikit.roi;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * Marginal return between two spend levels: how much extra return each extra unit of spend
 * brought.
 *
 * <p>{@code marginal ROI = Δreturn / Δcost = (return₂ − return₁) / (cost₂ − cost₁)}, the
 * slope of the spend–response curve between the two levels. With revenue as the return this
 * is a marginal ROAS; some teams subtract one to get a "net" marginal ROI, which this class
 * does not do. The levels may come in either order (the slope is the same) and spend may
 * fall between them.
 *
 * <p>Edge case: equal costs ({@code Δcost = 0}) give an undefined ratio whose reason names
 * the cost.
 *
 * <pre>{@code
 * SpendLevel low  = new SpendLevel(Money.parse("CNY 1000000.00"), Money.parse("CNY 4200000.00"));
 * SpendLevel high = new SpendLevel(Money.parse("CNY 1500000.00"), Money.parse("CNY 5400000.00"));
 * MarginalRoi.between(low, high).doubleValue();   // 1200000 / 500000 = 2.4
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MarginalRoi {

    private MarginalRoi() {
    }

    /**
     * Returns {@code (to.return − from.return) / (to.cost − from.cost)}.
     *
     * @param from the first spend level
     * @param to the second spend level, in the same currency
     * @return the marginal return per unit of extra spend; undefined when both costs are equal
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Ratio between(SpendLevel from, SpendLevel to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        MoneyChecks.sameCurrency(from.cost(), to.cost(), "marginal ROI spend levels");
        Money deltaReturn = to.returnAmount().minus(from.returnAmount());
        Money deltaCost = to.cost().minus(from.cost());
        if (deltaCost.isZero()) {
            return Ratio.undefined(deltaReturn.amount(), deltaCost.amount(),
                    "marginal ROI needs two different costs, both were " + to.cost());
        }
        return Ratio.of(deltaReturn, deltaCost);
    }
}
