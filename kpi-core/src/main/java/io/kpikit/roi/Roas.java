package io.kpikit.roi;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Return on ad spend: revenue earned per unit of cost.
 *
 * <p>{@code ROAS = revenue / cost}, kept as a {@link Ratio} with the revenue as numerator and
 * the cost as denominator. It is not ROI: with the same revenue and cost,
 * {@code ROAS = ROI + 1} exactly ({@link #toRoi()}). Chinese reports write a ROAS as
 * "投入产出比 1:4.8" (one unit of cost brings 4.8 of revenue); {@link #toNotation()} writes that
 * form and {@link RoasNotation#parse(CharSequence)} reads it.
 *
 * <p>Edge cases: revenue and cost must be {@code >= 0} (a negative value is rejected, naming
 * the field) and in one currency; a cost of zero gives an undefined ratio with the reason
 * {@code "cost is 0"}.
 *
 * <pre>{@code
 * Roas roas = Roas.of(Money.parse("CNY 4800000.00"), Money.parse("CNY 1000000.00"));
 * roas.ratio().doubleValue();   // 4.8
 * roas.toNotation();            // "1:4.8"
 * roas.toRoi().ratio();         // 3800000.00/1000000.00 = 3.8
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Roas implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The revenue, {@code >= 0}. */
    private final Money revenue;
    /** The cost, {@code >= 0}. */
    private final Money cost;
    /** {@code revenue / cost}. */
    private final Ratio ratio;

    private Roas(Money revenue, Money cost, Ratio ratio) {
        this.revenue = revenue;
        this.cost = cost;
        this.ratio = ratio;
    }

    private static Roas create(Money revenue, Money cost) {
        Checks.nonNegative(revenue, "revenue");
        Checks.nonNegative(cost, "cost");
        MoneyChecks.sameCurrency(cost, revenue, "ROAS revenue and cost");
        Ratio ratio = cost.isZero()
                ? Ratio.undefined(revenue.amount(), cost.amount(), "cost is 0")
                : Ratio.of(revenue, cost);
        return new Roas(revenue, cost, ratio);
    }

    /**
     * Returns the ROAS of a spend.
     *
     * @param revenue the revenue attributed to the spend, {@code >= 0}
     * @param cost the spend, {@code >= 0}
     * @return {@code revenue / cost}; undefined when the cost is zero
     * @throws IllegalArgumentException if {@code revenue} or {@code cost} is negative
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Roas of(Money revenue, Money cost) {
        return create(revenue, cost);
    }

    /**
     * Returns the revenue.
     *
     * @return the revenue, {@code >= 0}
     */
    public Money revenue() {
        return revenue;
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
     * Returns {@code revenue / cost} with its numerator and denominator.
     *
     * @return the ROAS; undefined when the cost is zero
     */
    public Ratio ratio() {
        return ratio;
    }

    /**
     * Returns whether the ROAS has a value (the cost is not zero).
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return ratio.isDefined();
    }

    /**
     * Returns why the ROAS is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return ratio.undefinedReason();
    }

    /**
     * Returns the ROI of the same spend with the revenue as the return:
     * {@code (revenue − cost) / cost = ROAS − 1}.
     *
     * @return the ROI
     */
    public Roi toRoi() {
        return Roi.of(revenue, cost);
    }

    /**
     * Returns the "投入产出比" notation with {@link RoasNotation#DEFAULT_DECIMALS} decimal and
     * {@link RoasNotation#DEFAULT_ROUNDING}, for example {@code "1:4.8"}.
     *
     * @return the notation
     * @throws IllegalStateException if the ROAS is undefined; the message gives the reason
     */
    public String toNotation() {
        return RoasNotation.format(ratio);
    }

    /**
     * Returns the "投入产出比" notation with the given number of decimals, for example
     * {@code "1:4.80"} for two.
     *
     * @param decimals the number of decimals after the point, {@code >= 0}
     * @param mode how to round the revenue per unit of cost
     * @return the notation
     * @throws IllegalArgumentException if {@code decimals} is negative
     * @throws IllegalStateException if the ROAS is undefined; the message gives the reason
     * @throws NullPointerException if {@code mode} is null
     */
    public String toNotation(int decimals, RoundingMode mode) {
        return RoasNotation.format(ratio, decimals, mode);
    }

    /**
     * Returns whether {@code obj} is a ROAS with equal revenue and cost (numeric money
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
        if (!(obj instanceof Roas)) {
            return false;
        }
        Roas other = (Roas) obj;
        return revenue.equals(other.revenue) && cost.equals(other.cost);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(revenue, cost);
    }

    /**
     * Returns {@code "ROAS revenue / cost = value"}, for example
     * {@code "ROAS CNY 4800000.00 / CNY 1000000.00 = 4.8"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String q = "ROAS " + revenue + " / " + cost;
        return ratio.isDefined()
                ? q + " = " + ratio.toBigDecimal().stripTrailingZeros().toPlainString()
                : q + " undefined: " + ratio.undefinedReason().orElseThrow();
    }
}
