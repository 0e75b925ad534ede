package io.kpikit.budget;

import io.kpikit.core.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far the variance % (actual − budget) ÷ budget may stray below and above zero before a
 * line is flagged: the band is {@code [−below, +above]}, bounds included.
 *
 * <p>Tolerances are fractions: {@code 0.05} is five percent. The band may be asymmetric (a team
 * may accept underspending by 10% but overspending by only 2%). Both tolerances must be
 * non-negative; zero means any deviation is flagged. {@link #DEFAULT} is ±5%.
 *
 * <pre>{@code
 * ToleranceBand band = ToleranceBand.of(new BigDecimal("0.10"), new BigDecimal("0.02"));
 * band.statusOf(new BigDecimal("-0.08"));   // WITHIN_TOLERANCE
 * band.statusOf(new BigDecimal("0.03"));    // OVERSPENT
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ToleranceBand implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default band, ±5%. */
    public static final ToleranceBand DEFAULT = create(new BigDecimal("0.05"), new BigDecimal("0.05"));

    /** How far below zero the variance % may go, as a non-negative fraction. */
    private final BigDecimal below;
    /** How far above zero the variance % may go, as a non-negative fraction. */
    private final BigDecimal above;

    private ToleranceBand(BigDecimal below, BigDecimal above) {
        this.below = below;
        this.above = above;
    }

    private static ToleranceBand create(BigDecimal below, BigDecimal above) {
        Checks.nonNegative(below, "tolerance below");
        Checks.nonNegative(above, "tolerance above");
        return new ToleranceBand(below, above);
    }

    /**
     * Returns a band that allows the same deviation either way.
     *
     * @param tolerance the tolerance as a fraction, such as {@code 0.05}; not negative
     * @return the band {@code [−tolerance, +tolerance]}
     * @throws IllegalArgumentException if {@code tolerance} is negative
     * @throws NullPointerException if {@code tolerance} is null
     */
    public static ToleranceBand symmetric(BigDecimal tolerance) {
        return create(tolerance, tolerance);
    }

    /**
     * Returns a band that may be asymmetric.
     *
     * @param below how far under budget is tolerated, as a non-negative fraction
     * @param above how far over budget is tolerated, as a non-negative fraction
     * @return the band {@code [−below, +above]}
     * @throws IllegalArgumentException if a tolerance is negative
     * @throws NullPointerException if an argument is null
     */
    public static ToleranceBand of(BigDecimal below, BigDecimal above) {
        return create(below, above);
    }

    /**
     * Returns a band from finite doubles, each read as its shortest decimal form.
     *
     * @param below how far under budget is tolerated, such as {@code 0.05}
     * @param above how far over budget is tolerated, such as {@code 0.05}
     * @return the band
     * @throws IllegalArgumentException if a tolerance is NaN, infinite or negative
     */
    public static ToleranceBand of(double below, double above) {
        return create(Checks.decimal(Checks.nonNegative(below, "tolerance below"), "tolerance below"),
                Checks.decimal(Checks.nonNegative(above, "tolerance above"), "tolerance above"));
    }

    /**
     * Returns the tolerated shortfall below budget, as a fraction.
     *
     * @return the lower tolerance, not negative
     */
    public BigDecimal below() {
        return below;
    }

    /**
     * Returns the tolerated excess above budget, as a fraction.
     *
     * @return the upper tolerance, not negative
     */
    public BigDecimal above() {
        return above;
    }

    /**
     * Classifies a variance % against this band: above {@code +above} is
     * {@link BudgetStatus#OVERSPENT}, below {@code −below} is {@link BudgetStatus#UNDERSPENT},
     * otherwise (bounds included) {@link BudgetStatus#WITHIN_TOLERANCE}.
     *
     * @param variancePercent (actual − budget) ÷ budget, as a fraction
     * @return the status
     * @throws NullPointerException if {@code variancePercent} is null
     */
    public BudgetStatus statusOf(BigDecimal variancePercent) {
        Objects.requireNonNull(variancePercent, "variancePercent");
        if (variancePercent.compareTo(above) > 0) {
            return BudgetStatus.OVERSPENT;
        }
        if (variancePercent.compareTo(below.negate()) < 0) {
            return BudgetStatus.UNDERSPENT;
        }
        return BudgetStatus.WITHIN_TOLERANCE;
    }

    /**
     * Classifies an actual against a positive budget exactly, comparing
     * {@code actual − budget} with {@code budget × tolerance} so that no quotient is rounded.
     *
     * @param variance actual − budget
     * @param budget the budget, greater than zero
     * @return the status
     */
    BudgetStatus statusOf(BigDecimal variance, BigDecimal budget) {
        if (variance.compareTo(budget.multiply(above)) > 0) {
            return BudgetStatus.OVERSPENT;
        }
        if (variance.compareTo(budget.multiply(below).negate()) < 0) {
            return BudgetStatus.UNDERSPENT;
        }
        return BudgetStatus.WITHIN_TOLERANCE;
    }

    /**
     * Returns whether {@code obj} is a band with numerically equal tolerances.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ToleranceBand)) {
            return false;
        }
        ToleranceBand other = (ToleranceBand) obj;
        return below.compareTo(other.below) == 0 && above.compareTo(other.above) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * below.stripTrailingZeros().hashCode() + above.stripTrailingZeros().hashCode();
    }

    /**
     * Returns the band as {@code "[-0.05, +0.05]"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "[-" + below.toPlainString() + ", +" + above.toPlainString() + "]";
    }
}
