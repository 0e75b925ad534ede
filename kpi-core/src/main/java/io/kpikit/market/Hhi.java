package io.kpikit.market;

import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Herfindahl–Hirschman index of a market on the 0–10,000 scale.
 *
 * <p>{@code HHI = Σ (100 · sᵢ / T)² = 10,000 · Σ sᵢ² / T²}, the sum of the squared shares
 * in percent, where {@code sᵢ} are the players' sales and {@code T} their total. It is kept
 * exactly as the quotient {@code 10,000 · Σ sᵢ² / T²} ({@link #ratio()}). A single player has
 * 10,000; {@code n} equal players have {@code 10,000 / n}; the HHI always lies in
 * {@code [10,000 / n, 10,000]}. {@link #concentration(HhiGuidelines)} classifies it by a named
 * merger guideline, comparing exactly.
 *
 * <p>Edge case: a market whose total is zero (or that has no players) has an undefined HHI
 * with the reason {@code "market total is 0"}; the value accessors then throw
 * {@link IllegalStateException} with the reason, and {@link #toOptionalDouble()} is empty.
 *
 * <pre>{@code
 * Hhi hhi = Market.of(Map.of("A", new BigDecimal("40"), "B", new BigDecimal("30"),
 *         "C", new BigDecimal("20"), "D", new BigDecimal("10"))).hhi();
 * hhi.toBigDecimal(0, RoundingMode.HALF_UP);               // 3000 = 1600 + 900 + 400 + 100
 * hhi.concentration(HhiGuidelines.US_2010);                // HIGHLY_CONCENTRATED
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Hhi implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal SCALE = BigDecimal.valueOf(10_000);

    /** {@code 10,000 · Σ s² / T²}. */
    private final Ratio ratio;

    private Hhi(Ratio ratio) {
        this.ratio = ratio;
    }

    /** Returns the HHI from the sum of squared sales and the total; called by {@link Market}. */
    static Hhi create(BigDecimal sumOfSquares, BigDecimal total) {
        BigDecimal numerator = SCALE.multiply(sumOfSquares);
        BigDecimal denominator = total.multiply(total);
        return new Hhi(total.signum() == 0
                ? Ratio.undefined(numerator, denominator, "market total is 0")
                : Ratio.of(numerator, denominator));
    }

    /**
     * Returns the HHI as the quotient {@code 10,000 · Σ sᵢ² / T²}.
     *
     * @return the ratio whose value is the HHI
     */
    public Ratio ratio() {
        return ratio;
    }

    /**
     * Returns whether the HHI has a value (the market total is not zero).
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return ratio.isDefined();
    }

    /**
     * Returns why the HHI is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return ratio.undefinedReason();
    }

    /**
     * Returns the HHI to 34 significant digits.
     *
     * @return the HHI in {@code [0, 10000]}
     * @throws IllegalStateException if undefined; the message gives the reason
     */
    public BigDecimal toBigDecimal() {
        return ratio.toBigDecimal();
    }

    /**
     * Returns the HHI rounded to {@code scale} decimals, computed exactly.
     *
     * @param scale the number of decimals
     * @param mode how to round
     * @return the rounded HHI
     * @throws IllegalStateException if undefined; the message gives the reason
     * @throws NullPointerException if {@code mode} is null
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        return ratio.toBigDecimal(scale, mode);
    }

    /**
     * Returns the HHI as a double.
     *
     * @return the finite HHI
     * @throws IllegalStateException if undefined; the message gives the reason
     */
    public double doubleValue() {
        return ratio.doubleValue();
    }

    /**
     * Returns the HHI, or {@code fallback} when undefined.
     *
     * @param fallback the value for an undefined HHI
     * @return the HHI or the fallback
     */
    public double orElse(double fallback) {
        return ratio.orElse(fallback);
    }

    /**
     * Returns the HHI, or empty when undefined.
     *
     * @return the HHI if defined
     */
    public OptionalDouble toOptionalDouble() {
        return ratio.toOptionalDouble();
    }

    /**
     * Returns the concentration band of this HHI under the named guideline.
     *
     * @param guidelines the guideline whose thresholds to use
     * @return the band
     * @throws IllegalStateException if the HHI is undefined; the message gives the reason
     * @throws NullPointerException if {@code guidelines} is null
     */
    public Concentration concentration(HhiGuidelines guidelines) {
        Objects.requireNonNull(guidelines, "guidelines");
        ratio.toBigDecimal(); // throws with the reason when undefined
        // The denominator T² is positive, so comparing numerators is exact.
        return guidelines.classify(ratio.numerator(), ratio.denominator());
    }

    /**
     * Returns whether {@code obj} is an HHI with an equal quotient.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof Hhi && ratio.equals(((Hhi) obj).ratio);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ratio.hashCode();
    }

    /**
     * Returns {@code "HHI value"} to two decimals, or {@code "HHI undefined: reason"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return ratio.isDefined()
                ? "HHI " + ratio.toBigDecimal(2, RoundingMode.HALF_UP).toPlainString()
                : "HHI undefined: " + ratio.undefinedReason().orElseThrow();
    }
}
