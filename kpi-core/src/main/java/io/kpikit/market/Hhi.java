package io.kpikit.market;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * <p>An HHI keeps the shares it was computed from ({@link #shares()}): the players' sales
 * when it came from {@link Market#hhi()}, or the figures given to {@link #of(List)}. Because the
 * index is scale-free, sales, shares in percent and fractions that are proportional give the
 * same value; {@code Hhi.of(hhi.shares())} rebuilds an equal HHI, which is how a stored HHI is
 * read back.
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
 * Hhi.of(List.of(new BigDecimal("0.5"), new BigDecimal("0.5"))).doubleValue();   // 5000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Hhi implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal SCALE = BigDecimal.valueOf(10_000);

    /** The players' sales or shares, as given, in player order. */
    private final List<BigDecimal> shares;
    /** {@code 10,000 · Σ s² / T²}. */
    private final Ratio ratio;

    private Hhi(List<BigDecimal> shares, Ratio ratio) {
        this.shares = shares;
        this.ratio = ratio;
    }

    /** Returns the HHI of checked, non-negative sales; called by {@link Market} and {@link #of(List)}. */
    static Hhi create(List<BigDecimal> shares) {
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal s : shares) {
            sumOfSquares = sumOfSquares.add(s.multiply(s));
            total = total.add(s);
        }
        BigDecimal numerator = SCALE.multiply(sumOfSquares);
        BigDecimal denominator = total.multiply(total);
        return new Hhi(shares, total.signum() == 0
                ? Ratio.undefined(numerator, denominator, "market total is 0")
                : Ratio.of(numerator, denominator));
    }

    /**
     * Returns the HHI of a market whose players have these shares, in any unit: sales, shares in
     * percent, or fractions. The index is scale-free, {@code 10,000 · Σ sᵢ² / (Σ sᵢ)²}, so
     * {@code [40, 30, 20, 10]} and {@code [0.4, 0.3, 0.2, 0.1]} both give 3,000; the shares are
     * taken as the whole market (the top four players alone are a market of four). Zeros are
     * allowed; with no shares, or only zeros, the HHI is undefined ({@code "market total is 0"}).
     *
     * <pre>{@code
     * Hhi.of(List.of(new BigDecimal("60"), new BigDecimal("40"))).doubleValue();  // 3600 + 1600 = 5200
     * }</pre>
     *
     * @param shares each player's sales or share, not negative, in player order
     * @return the HHI, keeping the shares as given
     * @throws IllegalArgumentException if a share is negative; the message names its index and
     *     value, as {@code "shares[2] must be >= 0, was -1"}
     * @throws NullPointerException if {@code shares} or a share is null
     */
    public static Hhi of(List<BigDecimal> shares) {
        Objects.requireNonNull(shares, "shares");
        List<BigDecimal> copy = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            String field = "shares[" + i + "]";
            copy.add(Checks.nonNegative(Objects.requireNonNull(shares.get(i), field), field));
        }
        return create(Collections.unmodifiableList(copy));
    }

    /**
     * Returns the shares the HHI was computed from: the players' sales, in player order, when it
     * came from {@link Market#hhi()}; the figures given to {@link #of(List)} otherwise.
     *
     * @return the shares, unmodifiable
     */
    public List<BigDecimal> shares() {
        return shares;
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
     * Returns whether {@code obj} is an HHI with an equal quotient (numerator and denominator
     * numerically equal; the shares are not compared beyond that).
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
