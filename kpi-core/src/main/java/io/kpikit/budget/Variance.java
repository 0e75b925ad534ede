package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * An actual compared with its budget: the variance, the variance %, the execution rate, whether
 * the variance is favourable, and a status against a {@link ToleranceBand}.
 *
 * <ul>
 *   <li>variance = actual − budget (exact money);</li>
 *   <li>variance % = (actual − budget) ÷ budget ({@link Ratio});</li>
 *   <li>execution (utilisation) rate = actual ÷ budget ({@link Ratio});</li>
 *   <li>favourability: for a {@link LineKind#COST} line a negative variance is favourable, for a
 *       {@link LineKind#REVENUE} line a positive one; zero is {@link Favourability#NEUTRAL};</li>
 *   <li>status: the variance % classified by the band, compared exactly as
 *       {@code variance} against {@code budget × tolerance}.</li>
 * </ul>
 *
 * <p>Edge cases. The budget must not be negative. The actual may have either sign: refunds and
 * credit notes can make a net actual negative, which gives an execution rate below zero and a
 * variance % below −100%. A budget of zero makes the variance % and the execution rate
 * undefined (with the reason "budget is zero"); the status is then
 * {@link BudgetStatus#UNPLANNED} when the actual is not zero, and
 * {@link BudgetStatus#WITHIN_TOLERANCE} when it is zero too (nothing planned, nothing moved).
 *
 * <pre>{@code
 * Variance v = Variance.of(LineKind.COST, Money.parse("CNY 10000000"), Money.parse("CNY 9500000"));
 * v.variance();                 // CNY -500000
 * v.executionRate();            // 9500000/10000000 = 0.95
 * v.variancePercent();          // -500000/10000000 = -0.05
 * v.favourability();            // FAVOURABLE
 * v.status();                   // WITHIN_TOLERANCE under the default ±5% band
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Variance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LineKind kind;
    private final Money budget;
    private final Money actual;
    private final ToleranceBand band;

    private Variance(LineKind kind, Money budget, Money actual, ToleranceBand band) {
        this.kind = kind;
        this.budget = budget;
        this.actual = actual;
        this.band = band;
    }

    private static Variance create(LineKind kind, Money budget, Money actual, ToleranceBand band) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(band, "band");
        budget.checkSameCurrency(actual);
        Checks.nonNegative(budget.amount(), "budget");
        return new Variance(kind, budget, actual, band);
    }

    /**
     * Compares an actual with its budget under the {@linkplain ToleranceBand#DEFAULT default}
     * ±5% band.
     *
     * @param kind whether the line is a cost or revenue
     * @param budget the budget, not negative
     * @param actual the actual, any sign
     * @return the variance
     * @throws IllegalArgumentException if the budget is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Variance of(LineKind kind, Money budget, Money actual) {
        return create(kind, budget, actual, ToleranceBand.DEFAULT);
    }

    /**
     * Compares an actual with its budget under the given band.
     *
     * @param kind whether the line is a cost or revenue
     * @param budget the budget, not negative
     * @param actual the actual, any sign
     * @param band the tolerance band for the status
     * @return the variance
     * @throws IllegalArgumentException if the budget is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Variance of(LineKind kind, Money budget, Money actual, ToleranceBand band) {
        return create(kind, budget, actual, band);
    }

    /**
     * Returns the kind of line the variance is judged for.
     *
     * @return the kind
     */
    public LineKind kind() {
        return kind;
    }

    /**
     * Returns the budget.
     *
     * @return the budget, not negative
     */
    public Money budget() {
        return budget;
    }

    /**
     * Returns the actual.
     *
     * @return the actual
     */
    public Money actual() {
        return actual;
    }

    /**
     * Returns the band the status is judged against.
     *
     * @return the band
     */
    public ToleranceBand band() {
        return band;
    }

    /**
     * Returns actual − budget, exactly.
     *
     * @return the variance; positive when the actual exceeds the budget
     */
    public Money variance() {
        return actual.minus(budget);
    }

    /**
     * Returns (actual − budget) ÷ budget.
     *
     * @return the variance %, as a fraction; undefined when the budget is zero
     */
    public Ratio variancePercent() {
        Money v = variance();
        if (budget.isZero()) {
            return Ratio.undefined(v.amount(), budget.amount(), "budget is zero: variance % is undefined");
        }
        return Ratio.of(v, budget);
    }

    /**
     * Returns the execution (utilisation) rate actual ÷ budget: 9.5M of 10M is 0.95.
     *
     * @return the execution rate; undefined when the budget is zero
     */
    public Ratio executionRate() {
        if (budget.isZero()) {
            return Ratio.undefined(actual.amount(), budget.amount(), "budget is zero: execution rate is undefined");
        }
        return Ratio.of(actual, budget);
    }

    /**
     * Returns whether the variance is good news for a line of this kind.
     *
     * @return the favourability
     */
    public Favourability favourability() {
        return Favourability.of(kind, variance().amount().signum());
    }

    /**
     * Returns the status against the band; see the class description for a zero budget.
     *
     * @return the status
     */
    public BudgetStatus status() {
        if (budget.isZero()) {
            return actual.isZero() ? BudgetStatus.WITHIN_TOLERANCE : BudgetStatus.UNPLANNED;
        }
        return band.statusOf(variance().amount(), budget.amount());
    }

    /**
     * Returns whether {@code obj} compares the same kind, budget and actual under an equal band.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Variance)) {
            return false;
        }
        Variance other = (Variance) obj;
        return kind == other.kind && budget.equals(other.budget) && actual.equals(other.actual)
                && band.equals(other.band);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, budget, actual, band);
    }

    /**
     * Returns a short description such as
     * {@code "COST budget CNY 100 actual CNY 112 variance CNY 12 OVERSPENT UNFAVOURABLE"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return kind + " budget " + budget + " actual " + actual + " variance " + variance() + " " + status()
                + " " + favourability();
    }
}
