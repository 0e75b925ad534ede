package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A budget flexed to the volume actually achieved, splitting the total variance of a
 * volume-driven line (cost per lead × leads) into a volume part and a spending part.
 *
 * <p>With budget rate {@code r} (money per unit), budget volume {@code V_b}, actual volume
 * {@code V_a} and actual spend {@code A}:
 * <ul>
 *   <li>static budget {@code S = r × V_b};</li>
 *   <li>flexible budget {@code F = r × V_a}, what the actual volume should have cost at the
 *       budget rate;</li>
 *   <li>volume variance {@code F − S = r × (V_a − V_b)};</li>
 *   <li>spending (flexible-budget) variance {@code A − F};</li>
 *   <li>total variance {@code A − S = (F − S) + (A − F)}, exactly.</li>
 * </ul>
 * All results are exact products and differences of {@link BigDecimal}s, never rounded: a rate
 * of 12.345 per lead gives money with three decimals. They are computed when the analysis is
 * created, so inputs whose results cannot be {@link Money} (more decimal places or integer
 * digits than it keeps) fail there, with a message naming the result and its operands. The
 * rate and the volumes must not be negative.
 *
 * <pre>{@code
 * // budget 200 per lead for 5,000 leads; 6,000 leads achieved for 1,260,000
 * FlexibleBudget f = FlexibleBudget.of(Money.parse("CNY 200"), BigDecimal.valueOf(5000),
 *         BigDecimal.valueOf(6000), Money.parse("CNY 1260000"));
 * f.staticBudget();        // 1,000,000
 * f.flexibleBudget();      // 1,200,000
 * f.volumeVariance();      //   200,000  (more leads)
 * f.spendingVariance();    //    60,000  (dearer leads)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FlexibleBudget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Money budgetRate;
    private final BigDecimal budgetVolume;
    private final BigDecimal actualVolume;
    private final Money actual;
    private final Money staticBudget;
    private final Money flexibleBudget;
    private final Money volumeVariance;
    private final Money spendingVariance;
    private final Money totalVariance;

    private FlexibleBudget(Money budgetRate, BigDecimal budgetVolume, BigDecimal actualVolume, Money actual) {
        this.budgetRate = budgetRate;
        this.budgetVolume = budgetVolume;
        this.actualVolume = actualVolume;
        this.actual = actual;
        this.staticBudget = MoneyProducts.times(budgetRate, budgetVolume, "static budget", "budget rate × budget volume");
        this.flexibleBudget = MoneyProducts.times(budgetRate, actualVolume, "flexible budget",
                "budget rate × actual volume");
        this.volumeVariance = MoneyProducts.minus(flexibleBudget, staticBudget, "volume variance",
                "flexible budget − static budget");
        this.spendingVariance = MoneyProducts.minus(actual, flexibleBudget, "spending variance",
                "actual − flexible budget");
        this.totalVariance = MoneyProducts.minus(actual, staticBudget, "total variance", "actual − static budget");
    }

    private static FlexibleBudget create(Money budgetRate, BigDecimal budgetVolume, BigDecimal actualVolume,
            Money actual) {
        Objects.requireNonNull(budgetRate, "budgetRate").checkSameCurrency(Objects.requireNonNull(actual, "actual"));
        Checks.nonNegative(budgetRate, "budgetRate");
        Checks.nonNegative(budgetVolume, "budget volume");
        Checks.nonNegative(actualVolume, "actual volume");
        return new FlexibleBudget(budgetRate, budgetVolume, actualVolume, actual);
    }

    /**
     * Returns the flexible-budget analysis of a volume-driven line.
     *
     * @param budgetRate the budgeted money per unit, such as cost per lead, not negative
     * @param budgetVolume the budgeted number of units, not negative
     * @param actualVolume the achieved number of units, not negative
     * @param actual the actual spend
     * @return the analysis
     * @throws IllegalArgumentException if the rate or a volume is negative, or a budget or
     *     variance is not a valid amount of money (the message names it)
     * @throws io.kpikit.core.CurrencyMismatchException if rate and actual differ in currency
     * @throws NullPointerException if an argument is null
     */
    public static FlexibleBudget of(Money budgetRate, BigDecimal budgetVolume, BigDecimal actualVolume, Money actual) {
        return create(budgetRate, budgetVolume, actualVolume, actual);
    }

    /**
     * Returns the analysis for whole-unit volumes.
     *
     * @param budgetRate the budgeted money per unit, not negative
     * @param budgetVolume the budgeted number of units, not negative
     * @param actualVolume the achieved number of units, not negative
     * @param actual the actual spend
     * @return the analysis
     * @throws IllegalArgumentException if the rate or a volume is negative, or a budget or
     *     variance is not a valid amount of money (the message names it)
     * @throws io.kpikit.core.CurrencyMismatchException if rate and actual differ in currency
     * @throws NullPointerException if a money argument is null
     */
    public static FlexibleBudget of(Money budgetRate, long budgetVolume, long actualVolume, Money actual) {
        return create(budgetRate, BigDecimal.valueOf(Checks.nonNegative(budgetVolume, "budget volume")),
                BigDecimal.valueOf(Checks.nonNegative(actualVolume, "actual volume")), actual);
    }

    /**
     * Returns the budgeted rate per unit.
     *
     * @return the rate
     */
    public Money budgetRate() {
        return budgetRate;
    }

    /**
     * Returns the budgeted volume.
     *
     * @return the budget volume
     */
    public BigDecimal budgetVolume() {
        return budgetVolume;
    }

    /**
     * Returns the achieved volume.
     *
     * @return the actual volume
     */
    public BigDecimal actualVolume() {
        return actualVolume;
    }

    /**
     * Returns the actual spend.
     *
     * @return the actual
     */
    public Money actual() {
        return actual;
    }

    /**
     * Returns the static budget {@code r × V_b}.
     *
     * @return the static budget, exact
     */
    public Money staticBudget() {
        return staticBudget;
    }

    /**
     * Returns the flexible budget {@code r × V_a}.
     *
     * @return the flexible budget, exact
     */
    public Money flexibleBudget() {
        return flexibleBudget;
    }

    /**
     * Returns the volume variance {@code flexible − static}.
     *
     * @return the volume variance; positive when more units were achieved than budgeted
     */
    public Money volumeVariance() {
        return volumeVariance;
    }

    /**
     * Returns the spending (flexible-budget) variance {@code actual − flexible}.
     *
     * @return the spending variance; positive when the units cost more than the budget rate
     */
    public Money spendingVariance() {
        return spendingVariance;
    }

    /**
     * Returns the total variance {@code actual − static}, which equals volume + spending
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
        return "FlexibleBudget[rate " + budgetRate + " × " + budgetVolume.toPlainString() + " → "
                + actualVolume.toPlainString() + ", actual " + actual + ", volume variance " + volumeVariance()
                + ", spending variance " + spendingVariance() + "]";
    }
}
