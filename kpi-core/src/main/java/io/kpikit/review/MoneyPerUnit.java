package io.kpikit.review;

import io.kpikit.core.Money;
import java.util.Objects;

/**
 * An amount of money per unit (CAC, AOV, ARPU) with the amount and the count it was computed
 * from. The value is rounded to the currency's minor unit (HALF_EVEN); it is null, with a reason,
 * when the count is zero.
 *
 * <pre>{@code
 * // AOV: CNY 117,600,000 ÷ 50,000 orders = CNY 2352.00
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value amount ÷ count, rounded, or null when undefined
 * @param amount the amount divided
 * @param count the count divided by
 * @param reason why the value is undefined, or null when defined
 */
public record MoneyPerUnit(Money value, Money amount, long count, String reason) {

    /**
     * Checks the components and copies the lists.
     *
     * @param value amount ÷ count, rounded, or null when undefined
     * @param amount the amount divided
     * @param count the count divided by
     * @param reason why the value is undefined, or null when defined
     * @throws NullPointerException if a required component is null
     */
    public MoneyPerUnit {
        Objects.requireNonNull(amount, "amount");
    }
}
