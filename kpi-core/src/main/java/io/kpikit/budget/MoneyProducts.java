package io.kpikit.budget;

import io.kpikit.core.Money;
import java.math.BigDecimal;

/**
 * Exact products and differences of money computed when a value is created, so that a result
 * which cannot be {@link Money} (too many decimal places or integer digits) fails there, with
 * the name of the result and its operands, instead of later in a getter.
 */
final class MoneyProducts {

    private MoneyProducts() {
    }

    /**
     * Returns {@code money × factor}, exactly.
     *
     * @throws IllegalArgumentException naming {@code field}, {@code formula} and the operands,
     *     with Money's error as the cause, if the product is not a valid amount of money
     */
    static Money times(Money money, BigDecimal factor, String field, String formula) {
        try {
            return money.multipliedBy(factor);
        } catch (IllegalArgumentException e) {
            throw invalid(field, formula, money + " × " + factor, e);
        }
    }

    /**
     * Returns {@code a − b}, exactly.
     *
     * @throws IllegalArgumentException naming {@code field}, {@code formula} and the operands,
     *     with Money's error as the cause, if the difference is not a valid amount of money
     */
    static Money minus(Money a, Money b, String field, String formula) {
        try {
            return a.minus(b);
        } catch (IllegalArgumentException e) {
            throw invalid(field, formula, a + " − " + b, e);
        }
    }

    private static IllegalArgumentException invalid(String field, String formula, String operands,
            IllegalArgumentException cause) {
        return new IllegalArgumentException(field + " (" + formula + ") must be a valid amount of money, was "
                + operands + ": " + cause.getMessage(), cause);
    }
}
