package io.kpikit.roi;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * The return a spend caused beyond a baseline or holdout, and the incremental ROAS and ROI
 * built on it.
 *
 * <p>Definitions:
 * <ul>
 *   <li>{@code incremental return = treated return − baseline return};</li>
 *   <li>{@link #incrementalRoas()}: {@code incremental return / cost}. This is what a brief
 *       that says "incremental ROI = incremental return ÷ cost" means; it is often called
 *       iROAS;</li>
 *   <li>{@link #incrementalRoi()}: {@code (incremental return − cost) / cost}, the ROI
 *       formula applied to the incremental return ({@code = iROAS − 1}).</li>
 * </ul>
 * With a holdout ({@link #ofHoldout}) the baseline is the holdout's return per unit (user,
 * region, store) scaled to the treated units:
 * {@code baseline = holdout return × treated units / holdout units}, rounded once to the
 * currency's minor unit with {@link Money#DEFAULT_ROUNDING} (HALF_EVEN).
 *
 * <p>Edge cases: the cost must be {@code >= 0}; a cost of zero makes both ratios undefined
 * (reason {@code "cost is 0"}). The returns may have any sign, and the incremental return is
 * negative when the treated group did worse than the baseline. Unit counts must be positive.
 *
 * <pre>{@code
 * IncrementalReturn inc = IncrementalReturn.between(
 *         Money.parse("CNY 3000000.00"),    // baseline return
 *         Money.parse("CNY 5000000.00"),    // treated return
 *         Money.parse("CNY 1000000.00"));   // cost
 * inc.incrementalReturn();                  // CNY 2000000.00
 * inc.incrementalRoas().doubleValue();      // 2.0
 * inc.incrementalRoi().doubleValue();       // 1.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IncrementalReturn implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The return without the spend. */
    private final Money baselineReturn;
    /** The return with the spend. */
    private final Money treatedReturn;
    /** The spend, {@code >= 0}. */
    private final Money cost;

    private IncrementalReturn(Money baselineReturn, Money treatedReturn, Money cost) {
        this.baselineReturn = baselineReturn;
        this.treatedReturn = treatedReturn;
        this.cost = cost;
    }

    private static IncrementalReturn create(Money baselineReturn, Money treatedReturn, Money cost) {
        Checks.nonNegative(cost, "cost");
        MoneyChecks.sameCurrency(cost, baselineReturn, "baselineReturn");
        MoneyChecks.sameCurrency(cost, treatedReturn, "treatedReturn");
        return new IncrementalReturn(baselineReturn, treatedReturn, cost);
    }

    /**
     * Returns the incremental return of a spend against a baseline.
     *
     * @param baselineReturn the return without the spend (baseline period or control group)
     * @param treatedReturn the return with the spend
     * @param cost the spend, {@code >= 0}
     * @return the incremental return
     * @throws IllegalArgumentException if {@code cost} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static IncrementalReturn between(Money baselineReturn, Money treatedReturn, Money cost) {
        return create(baselineReturn, treatedReturn, cost);
    }

    /**
     * Returns the incremental return against a holdout of a different size: the baseline is
     * {@code holdoutReturn × treatedUnits / holdoutUnits}, rounded HALF_EVEN to the minor unit.
     *
     * @param holdoutReturn the return of the holdout group, which saw no spend
     * @param holdoutUnits the size of the holdout group, {@code > 0}
     * @param treatedReturn the return of the treated group
     * @param treatedUnits the size of the treated group, {@code > 0}
     * @param cost the spend on the treated group, {@code >= 0}
     * @return the incremental return
     * @throws IllegalArgumentException if a unit count is not positive or {@code cost} is
     *     negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static IncrementalReturn ofHoldout(Money holdoutReturn, long holdoutUnits,
            Money treatedReturn, long treatedUnits, Money cost) {
        Objects.requireNonNull(holdoutReturn, "holdoutReturn");
        Checks.positive(holdoutUnits, "holdoutUnits");
        Checks.positive(treatedUnits, "treatedUnits");
        Money baseline = holdoutReturn.multipliedBy(treatedUnits)
                .dividedBy(holdoutUnits, Money.DEFAULT_ROUNDING);
        return create(baseline, treatedReturn, cost);
    }

    /**
     * Returns the baseline return (for a holdout, already scaled to the treated units).
     *
     * @return the baseline return
     */
    public Money baselineReturn() {
        return baselineReturn;
    }

    /**
     * Returns the return with the spend.
     *
     * @return the treated return
     */
    public Money treatedReturn() {
        return treatedReturn;
    }

    /**
     * Returns the spend.
     *
     * @return the cost, {@code >= 0}
     */
    public Money cost() {
        return cost;
    }

    /**
     * Returns {@code treated return − baseline return}.
     *
     * @return the incremental return, any sign
     */
    public Money incrementalReturn() {
        return treatedReturn.minus(baselineReturn);
    }

    /**
     * Returns the incremental ROAS (iROAS), {@code incremental return / cost}: the
     * "incremental return ÷ cost" figure.
     *
     * @return the incremental ROAS; undefined when the cost is zero
     */
    public Ratio incrementalRoas() {
        Money inc = incrementalReturn();
        return cost.isZero() ? Ratio.undefined(inc.amount(), cost.amount(), "cost is 0") : Ratio.of(inc, cost);
    }

    /**
     * Returns the incremental ROI, {@code (incremental return − cost) / cost}.
     *
     * @return the incremental ROI; undefined when the cost is zero
     */
    public Ratio incrementalRoi() {
        return Roi.of(incrementalReturn(), cost).ratio();
    }

    /**
     * Returns whether {@code obj} has equal baseline, treated return and cost.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof IncrementalReturn)) {
            return false;
        }
        IncrementalReturn other = (IncrementalReturn) obj;
        return baselineReturn.equals(other.baselineReturn) && treatedReturn.equals(other.treatedReturn)
                && cost.equals(other.cost);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(baselineReturn, treatedReturn, cost);
    }

    /**
     * Returns {@code "incremental return treated − baseline, cost c"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "incremental return " + treatedReturn + " − " + baselineReturn + ", cost " + cost;
    }
}
