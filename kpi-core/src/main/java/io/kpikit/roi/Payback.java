package io.kpikit.roi;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * Payback period: how many periods of gross profit it takes to earn back a cost.
 *
 * <p>{@code payback = cost / gross profit per period}, in periods of whatever length the
 * profit was measured over (months, quarters), fractional ({@code 2.5} months), with no
 * discounting. The result is a {@link Ratio} with the cost as numerator.
 *
 * <p>Edge cases: the cost must be {@code >= 0}; a cost of zero pays back in {@code 0}
 * periods. A gross profit per period {@code <= 0} never recovers the cost, so the payback is
 * undefined with a reason that says so and gives the profit.
 *
 * <pre>{@code
 * Payback.periods(Money.parse("CNY 1000000.00"), Money.parse("CNY 400000.00")).doubleValue(); // 2.5
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Payback {

    private Payback() {
    }

    /**
     * Returns the number of periods needed to recover {@code cost}.
     *
     * @param cost the cost to recover, {@code >= 0}
     * @param grossProfitPerPeriod the gross profit earned per period, in the cost's currency
     * @return {@code cost / grossProfitPerPeriod}; undefined when the profit is {@code <= 0}
     * @throws IllegalArgumentException if {@code cost} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Ratio periods(Money cost, Money grossProfitPerPeriod) {
        Checks.nonNegative(cost, "cost");
        Objects.requireNonNull(grossProfitPerPeriod, "grossProfitPerPeriod");
        MoneyChecks.sameCurrency(cost, grossProfitPerPeriod, "payback cost and gross profit");
        if (!grossProfitPerPeriod.isPositive()) {
            return Ratio.undefined(cost.amount(), grossProfitPerPeriod.amount(),
                    "the cost is never paid back: gross profit per period must be > 0, was "
                            + grossProfitPerPeriod);
        }
        return Ratio.of(cost, grossProfitPerPeriod);
    }
}
