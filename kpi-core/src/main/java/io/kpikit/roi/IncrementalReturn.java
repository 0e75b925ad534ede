package io.kpikit.roi;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
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
 * {@code baseline = holdout return × treated units / holdout units}. The ratios use that
 * baseline exactly, multiplying through by the holdout units instead of dividing:
 * {@code iROAS = (treated × holdoutUnits − holdout × treatedUnits) / (cost × holdoutUnits)}
 * and {@code iROI = (treated × holdoutUnits − holdout × treatedUnits − cost × holdoutUnits)
 * / (cost × holdoutUnits)}. Only the amounts shown are rounded: {@link #baselineReturn()} is
 * rounded once to the currency's minor unit with {@link Money#DEFAULT_ROUNDING} (HALF_EVEN),
 * and {@link #incrementalReturn()} is {@code treated − that rounded baseline}, so the three
 * amounts of a report add up. Holdout {@code CNY 100.00} over 3 units, treated
 * {@code CNY 40.00} over 1 unit, cost {@code CNY 1.00}: the baseline shows {@code 33.33} and
 * the incremental return {@code 6.67}, while the iROAS is {@code 20 / 3 = 6.666…}, not 6.67.
 * With {@link #between} (or a holdout of one unit) nothing is divided or rounded.
 * {@link #exactBaselineReturn()} gives the exact baseline as the ratio
 * {@code holdout return × treated units / holdout units}, from which {@link #ofHoldout} rebuilds
 * an equal value: {@code ofHoldout(Money.of(e.numerator(), currency), e.denominator(), treated,
 * 1, cost)}.
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

    /**
     * The baseline times {@link #baselineUnits}: {@code holdout return × treated units} for a
     * holdout, the baseline itself otherwise. Exact.
     */
    private final Money scaledBaseline;
    /** The divisor of the exact baseline: the holdout units, or 1 for a plain baseline. */
    private final long baselineUnits;
    /** The return with the spend. */
    private final Money treatedReturn;
    /** The spend, {@code >= 0}. */
    private final Money cost;

    private IncrementalReturn(Money scaledBaseline, long baselineUnits, Money treatedReturn, Money cost) {
        this.scaledBaseline = scaledBaseline;
        this.baselineUnits = baselineUnits;
        this.treatedReturn = treatedReturn;
        this.cost = cost;
    }

    private static IncrementalReturn create(Money scaledBaseline, long baselineUnits, String baselineField,
            Money treatedReturn, Money cost) {
        Checks.nonNegative(cost, "cost");
        MoneyChecks.sameCurrency(cost, scaledBaseline, baselineField);
        MoneyChecks.sameCurrency(cost, treatedReturn, "treatedReturn");
        return new IncrementalReturn(scaledBaseline, baselineUnits, treatedReturn, cost);
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
        return create(baselineReturn, 1, "baselineReturn", treatedReturn, cost);
    }

    /**
     * Returns the incremental return against a holdout of a different size: the baseline is
     * {@code holdoutReturn × treatedUnits / holdoutUnits}. The ratios use it exactly;
     * {@link #baselineReturn()} shows it rounded HALF_EVEN to the minor unit.
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
        return create(holdoutReturn.multipliedBy(treatedUnits), holdoutUnits, "holdoutReturn", treatedReturn, cost);
    }

    /**
     * Returns the baseline return; for a holdout, scaled to the treated units and, when that
     * divides (more than one holdout unit), rounded HALF_EVEN to the minor unit (for display:
     * the ratios use the exact value).
     *
     * @return the baseline return
     */
    public Money baselineReturn() {
        return baselineUnits == 1 ? scaledBaseline : scaledBaseline.dividedBy(baselineUnits, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the baseline return exactly, as the quotient the ratios use: numerator
     * {@code holdout return × treated units}, denominator {@code holdout units}; for
     * {@link #between}, the baseline over 1. Holdout {@code CNY 100.00} over 3 units with 1
     * treated unit gives {@code 100.00 / 3 = 33.333…}, which {@link #baselineReturn()} shows as
     * {@code 33.33}.
     *
     * <pre>{@code
     * IncrementalReturn r = IncrementalReturn.ofHoldout(Money.parse("CNY 100.00"), 3,
     *         Money.parse("CNY 40.00"), 1, Money.parse("CNY 1.00"));
     * Ratio e = r.exactBaselineReturn();          // 100.00 / 3
     * IncrementalReturn.ofHoldout(Money.of(e.numerator(), "CNY"), e.denominator().longValueExact(),
     *         r.treatedReturn(), 1, r.cost());    // equals r
     * }</pre>
     *
     * @return the exact baseline; its denominator is a whole number of units, at least 1
     */
    public Ratio exactBaselineReturn() {
        return Ratio.of(scaledBaseline.amount(), BigDecimal.valueOf(baselineUnits));
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
     * Returns {@code treated return − baseline return}, with the baseline as
     * {@link #baselineReturn()} shows it: exact for a plain baseline; for a holdout, within
     * half a minor unit of the exact value, because the baseline was rounded HALF_EVEN (for
     * display: the ratios use the exact value).
     *
     * @return the incremental return, any sign
     */
    public Money incrementalReturn() {
        return treatedReturn.minus(baselineReturn());
    }

    /**
     * Returns the incremental ROAS (iROAS), {@code incremental return / cost}: the
     * "incremental return ÷ cost" figure, exact; for a holdout
     * {@code (treated × holdoutUnits − holdout × treatedUnits) / (cost × holdoutUnits)}.
     *
     * @return the incremental ROAS; undefined when the cost is zero
     */
    public Ratio incrementalRoas() {
        BigDecimal numerator = scaledIncrement();
        BigDecimal denominator = scaledCost();
        return cost.isZero() ? Ratio.undefined(numerator, denominator, "cost is 0")
                : Ratio.of(numerator, denominator);
    }

    /**
     * Returns the incremental ROI, {@code (incremental return − cost) / cost}, exact; for a
     * holdout {@code (treated × holdoutUnits − holdout × treatedUnits − cost × holdoutUnits)
     * / (cost × holdoutUnits)}.
     *
     * @return the incremental ROI; undefined when the cost is zero
     */
    public Ratio incrementalRoi() {
        BigDecimal denominator = scaledCost();
        BigDecimal numerator = scaledIncrement().subtract(denominator);
        return cost.isZero() ? Ratio.undefined(numerator, denominator, "cost is 0")
                : Ratio.of(numerator, denominator);
    }

    /** The exact incremental return times the baseline units. */
    private BigDecimal scaledIncrement() {
        return treatedReturn.multipliedBy(baselineUnits).minus(scaledBaseline).amount();
    }

    /** The cost times the baseline units. */
    private BigDecimal scaledCost() {
        return cost.multipliedBy(baselineUnits).amount();
    }

    /**
     * Returns whether {@code obj} has the same exact baseline (scaled baseline and units),
     * treated return and cost.
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
        return scaledBaseline.equals(other.scaledBaseline) && baselineUnits == other.baselineUnits
                && treatedReturn.equals(other.treatedReturn) && cost.equals(other.cost);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(scaledBaseline, baselineUnits, treatedReturn, cost);
    }

    /**
     * Returns {@code "incremental return treated − baseline, cost c"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "incremental return " + treatedReturn + " − " + baselineReturn() + ", cost " + cost;
    }
}
