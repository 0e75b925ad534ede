package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The split of a cost variance into a price part and a quantity part, by the standard
 * management-accounting convention.
 *
 * <p>With budget price {@code p_b}, budget quantity {@code q_b}, actual price {@code p_a} and
 * actual quantity {@code q_a}:
 * <ul>
 *   <li>price variance {@code (p_a − p_b) × q_a};</li>
 *   <li>quantity variance {@code (q_a − q_b) × p_b};</li>
 *   <li>total {@code p_a × q_a − p_b × q_b} = price + quantity variance, exactly.</li>
 * </ul>
 * The joint term {@code (p_a − p_b) × (q_a − q_b)} sits in the price variance, because the
 * price variance is measured on the actual quantity. Results are exact, never rounded, and
 * computed when the split is created, so inputs whose results cannot be {@link Money} (more
 * decimal places or integer digits than it keeps) fail there, with a message naming the result
 * and its operands. Prices and quantities must not be negative. The four inputs are kept and
 * returned as given ({@link #budgetPrice()} and so on), so
 * {@code of(v.budgetPrice(), v.budgetQuantity(), v.actualPrice(), v.actualQuantity())}
 * rebuilds the same split.
 *
 * <pre>{@code
 * // budget 10,000 clicks at 2.00; actual 12,000 clicks at 2.50 (auction prices rose)
 * PriceQuantityVariance v = PriceQuantityVariance.of(Money.parse("CNY 2.00"), BigDecimal.valueOf(10000),
 *         Money.parse("CNY 2.50"), BigDecimal.valueOf(12000));
 * v.priceVariance();      // 0.50 × 12,000 = 6,000
 * v.quantityVariance();   // 2,000 × 2.00  = 4,000
 * v.totalVariance();      // 30,000 − 20,000 = 10,000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceQuantityVariance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Money budgetPrice;
    private final BigDecimal budgetQuantity;
    private final Money actualPrice;
    private final BigDecimal actualQuantity;
    private final Money budgetCost;
    private final Money actualCost;
    private final Money priceVariance;
    private final Money quantityVariance;
    private final Money totalVariance;

    private PriceQuantityVariance(Money budgetPrice, BigDecimal budgetQuantity, Money actualPrice,
            BigDecimal actualQuantity) {
        this.budgetPrice = budgetPrice;
        this.budgetQuantity = budgetQuantity;
        this.actualPrice = actualPrice;
        this.actualQuantity = actualQuantity;
        this.budgetCost = MoneyProducts.times(budgetPrice, budgetQuantity, "budget cost",
                "budget price × budget quantity");
        this.actualCost = MoneyProducts.times(actualPrice, actualQuantity, "actual cost",
                "actual price × actual quantity");
        this.priceVariance = MoneyProducts.times(actualPrice.minus(budgetPrice), actualQuantity, "price variance",
                "(actual price − budget price) × actual quantity");
        this.quantityVariance = MoneyProducts.times(budgetPrice, actualQuantity.subtract(budgetQuantity),
                "quantity variance", "budget price × (actual quantity − budget quantity)");
        this.totalVariance = MoneyProducts.minus(actualCost, budgetCost, "total variance",
                "actual cost − budget cost");
    }

    private static PriceQuantityVariance create(Money budgetPrice, BigDecimal budgetQuantity, Money actualPrice,
            BigDecimal actualQuantity) {
        Objects.requireNonNull(budgetPrice, "budgetPrice")
                .checkSameCurrency(Objects.requireNonNull(actualPrice, "actualPrice"));
        Checks.nonNegative(budgetPrice.amount(), "budget price");
        Checks.nonNegative(actualPrice.amount(), "actual price");
        Checks.nonNegative(budgetQuantity, "budget quantity");
        Checks.nonNegative(actualQuantity, "actual quantity");
        return new PriceQuantityVariance(budgetPrice, budgetQuantity, actualPrice, actualQuantity);
    }

    /**
     * Returns the price/quantity split.
     *
     * @param budgetPrice the budgeted price per unit, not negative
     * @param budgetQuantity the budgeted quantity, not negative
     * @param actualPrice the actual price per unit, not negative
     * @param actualQuantity the actual quantity, not negative
     * @return the split
     * @throws IllegalArgumentException if a price or quantity is negative, or a cost or
     *     variance is not a valid amount of money (the message names it)
     * @throws io.kpikit.core.CurrencyMismatchException if the prices differ in currency
     * @throws NullPointerException if an argument is null
     */
    public static PriceQuantityVariance of(Money budgetPrice, BigDecimal budgetQuantity, Money actualPrice,
            BigDecimal actualQuantity) {
        return create(budgetPrice, budgetQuantity, actualPrice, actualQuantity);
    }

    /**
     * Returns the budgeted price per unit {@code p_b}, as given.
     *
     * @return the budget price
     */
    public Money budgetPrice() {
        return budgetPrice;
    }

    /**
     * Returns the budgeted quantity {@code q_b}, as given.
     *
     * @return the budget quantity
     */
    public BigDecimal budgetQuantity() {
        return budgetQuantity;
    }

    /**
     * Returns the actual price per unit {@code p_a}, as given.
     *
     * @return the actual price
     */
    public Money actualPrice() {
        return actualPrice;
    }

    /**
     * Returns the actual quantity {@code q_a}, as given.
     *
     * @return the actual quantity
     */
    public BigDecimal actualQuantity() {
        return actualQuantity;
    }

    /**
     * Returns the budget cost {@code p_b × q_b}.
     *
     * @return the budget cost, exact
     */
    public Money budgetCost() {
        return budgetCost;
    }

    /**
     * Returns the actual cost {@code p_a × q_a}.
     *
     * @return the actual cost, exact
     */
    public Money actualCost() {
        return actualCost;
    }

    /**
     * Returns the price variance {@code (p_a − p_b) × q_a}.
     *
     * @return the price variance; positive when units cost more than budgeted
     */
    public Money priceVariance() {
        return priceVariance;
    }

    /**
     * Returns the quantity variance {@code (q_a − q_b) × p_b}.
     *
     * @return the quantity variance; positive when more units were bought than budgeted
     */
    public Money quantityVariance() {
        return quantityVariance;
    }

    /**
     * Returns the total variance {@code actual cost − budget cost}, equal to price + quantity
     * variance exactly.
     *
     * @return the total variance
     */
    public Money totalVariance() {
        return totalVariance;
    }

    /**
     * Returns the inputs and the two variances.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "PriceQuantityVariance[budget " + budgetPrice + " × " + budgetQuantity.toPlainString() + ", actual "
                + actualPrice + " × " + actualQuantity.toPlainString() + ", price " + priceVariance() + ", quantity "
                + quantityVariance() + "]";
    }
}
