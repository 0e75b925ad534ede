package io.kpikit.roi;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Return on investment: what a spend earned beyond its cost, per unit of cost.
 *
 * <p>{@code ROI = (return − cost) / cost}, kept as a {@link Ratio} whose numerator is the net
 * return {@code return − cost} and whose denominator is the cost. What counts as "return" is
 * the caller's choice and is named by the factory:
 * <ul>
 *   <li>{@link #of(Money, Money)}: any return the caller measured (often revenue; then
 *       {@code ROI = ROAS − 1}, see {@link Roas#toRoi()});</li>
 *   <li>{@link #ofGrossProfit(Money, Money)}: return is a gross profit the caller already
 *       has;</li>
 *   <li>{@link #ofGrossMargin(Money, BigDecimal, Money)}: return is
 *       {@code revenue × margin}, computed exactly (no rounding).</li>
 * </ul>
 *
 * <p>Edge cases: the cost must be {@code >= 0} (a negative cost is rejected, naming the
 * field); a cost of zero gives an undefined ratio with the reason {@code "cost is 0"}. The
 * return may have any sign: a return below the cost gives a negative ROI, a return of zero
 * gives exactly {@code −1} ({@code −100%}) and a negative return (a gross loss) less than that. Return and cost must be in one
 * currency ({@link io.kpikit.core.CurrencyMismatchException} otherwise).
 *
 * <pre>{@code
 * Roi roi = Roi.of(Money.parse("CNY 4800000.00"), Money.parse("CNY 1000000.00"));
 * roi.ratio().doubleValue();                              // 3.8, i.e. 380%
 * Roi gp = Roi.ofGrossMargin(Money.parse("CNY 4800000.00"), new BigDecimal("0.35"),
 *         Money.parse("CNY 1000000.00"));                 // (1680000 − 1000000) / 1000000 = 0.68
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Roi implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The return the cost is measured against. */
    private final Money returnAmount;
    /** The cost, {@code >= 0}. */
    private final Money cost;
    /** {@code (return − cost) / cost}. */
    private final Ratio ratio;

    private Roi(Money returnAmount, Money cost, Ratio ratio) {
        this.returnAmount = returnAmount;
        this.cost = cost;
        this.ratio = ratio;
    }

    private static Roi create(Money returnAmount, Money cost) {
        Objects.requireNonNull(returnAmount, "returnAmount");
        Checks.nonNegative(cost, "cost");
        MoneyChecks.sameCurrency(cost, returnAmount, "ROI return and cost");
        Money net = returnAmount.minus(cost);
        Ratio ratio = cost.isZero()
                ? Ratio.undefined(net.amount(), cost.amount(), "cost is 0")
                : Ratio.of(net, cost);
        return new Roi(returnAmount, cost, ratio);
    }

    /**
     * Returns the ROI of a spend against a measured return.
     *
     * @param returnAmount the return (revenue, gross profit, incremental revenue...), any sign
     * @param cost the spend, {@code >= 0}
     * @return {@code (returnAmount − cost) / cost}; undefined when the cost is zero
     * @throws IllegalArgumentException if {@code cost} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Roi of(Money returnAmount, Money cost) {
        return create(returnAmount, cost);
    }

    /**
     * Returns the gross-profit ROI from a gross profit the caller already has. Same formula as
     * {@link #of(Money, Money)}; the name says what the return is.
     *
     * @param grossProfit the gross profit earned by the spend, any sign
     * @param cost the spend, {@code >= 0}
     * @return {@code (grossProfit − cost) / cost}; undefined when the cost is zero
     * @throws IllegalArgumentException if {@code cost} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Roi ofGrossProfit(Money grossProfit, Money cost) {
        return create(grossProfit, cost);
    }

    /**
     * Returns the gross-profit ROI with the return measured as {@code revenue × margin},
     * computed exactly.
     *
     * @param revenue the revenue, {@code >= 0}
     * @param grossMargin the gross margin as a fraction in {@code [0, 1]} ({@code 0.35} for
     *     35%)
     * @param cost the spend, {@code >= 0}
     * @return {@code (revenue × grossMargin − cost) / cost}; undefined when the cost is zero
     * @throws IllegalArgumentException if {@code revenue} or {@code cost} is negative, or
     *     {@code grossMargin} is outside {@code [0, 1]}
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Roi ofGrossMargin(Money revenue, BigDecimal grossMargin, Money cost) {
        Checks.nonNegative(revenue, "revenue");
        Checks.inUnitInterval(grossMargin, "grossMargin");
        return create(revenue.multipliedBy(grossMargin), cost);
    }

    /**
     * Returns the return the cost was measured against.
     *
     * @return the return
     */
    public Money returnAmount() {
        return returnAmount;
    }

    /**
     * Returns the cost.
     *
     * @return the cost, {@code >= 0}
     */
    public Money cost() {
        return cost;
    }

    /**
     * Returns the net return, {@code return − cost}: the numerator of the ratio.
     *
     * @return the net return
     */
    public Money netReturn() {
        return returnAmount.minus(cost);
    }

    /**
     * Returns {@code (return − cost) / cost} with its numerator and denominator.
     *
     * @return the ROI; undefined when the cost is zero
     */
    public Ratio ratio() {
        return ratio;
    }

    /**
     * Returns whether the ROI has a value (the cost is not zero).
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return ratio.isDefined();
    }

    /**
     * Returns why the ROI is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return ratio.undefinedReason();
    }

    /**
     * Returns whether {@code obj} is a ROI with equal return and cost (numeric money
     * equality).
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Roi)) {
            return false;
        }
        Roi other = (Roi) obj;
        return returnAmount.equals(other.returnAmount) && cost.equals(other.cost);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * returnAmount.hashCode() + cost.hashCode();
    }

    /**
     * Returns {@code "ROI (return − cost) / cost = value"}, for example
     * {@code "ROI (CNY 4800000.00 − CNY 1000000.00) / CNY 1000000.00 = 3.8"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String q = "ROI (" + returnAmount + " − " + cost + ") / " + cost;
        return ratio.isDefined()
                ? q + " = " + ratio.toBigDecimal().stripTrailingZeros().toPlainString()
                : q + " undefined: " + ratio.undefinedReason().orElseThrow();
    }
}
