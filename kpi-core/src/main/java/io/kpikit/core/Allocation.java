package io.kpikit.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a decimal total into parts proportional to weights so that the parts, rounded to a
 * fixed scale, add up to the total exactly (the largest-remainder, or Hamilton, method).
 *
 * <p>With {@code u = 10^-scale} the unit of the last digit, {@code |total| = N·u} and weights
 * {@code w_i} summing to {@code W > 0}:
 * <ol>
 *   <li>each part first gets {@code floor(N · w_i / W)} units;</li>
 *   <li>the {@code N − Σ floor(...)} units left over (fewer than the number of parts) go one
 *       each to the parts with the largest remainders {@code N · w_i / W − floor(...)};</li>
 *   <li>equal remainders are broken by position: the earlier part wins.</li>
 * </ol>
 * A negative total is split as its absolute value and every part negated, so the rule is
 * symmetric. All arithmetic is exact; no part differs from its exact share by a whole unit
 * or more.
 *
 * <p>Example: 100.00 split by weights 1:1:1 at scale 2 gives 33.34, 33.33, 33.33.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} into parts proportional to {@code weights}, rounded to {@code scale}
     * decimal places, that sum exactly to {@code total}.
     *
     * @param total the amount to split; its scale must not exceed {@code scale}
     * @param scale the number of decimal places of every part
     * @param weights non-negative weights, at least one, not all zero
     * @return the parts, in the order of the weights, each with scale {@code scale}
     * @throws IllegalArgumentException if a weight is negative, all weights are zero, there are
     *     no weights, or {@code total} has more decimal places than {@code scale}
     * @throws NullPointerException if {@code total}, {@code weights} or a weight is null
     */
    public static BigDecimal[] largestRemainder(BigDecimal total, int scale, BigDecimal... weights) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int i = 0; i < weights.length; i++) {
            weightSum = weightSum.add(Checks.nonNegative(weights[i], "weights[" + i + "]"));
        }
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero, were " + Arrays.toString(weights));
        }
        BigDecimal scaled = total.movePointRight(scale);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("total must have at most " + scale
                    + " decimal places, was " + total.toPlainString());
        }
        BigInteger units = scaled.toBigIntegerExact().abs();
        int sign = total.signum();

        BigInteger[] parts = new BigInteger[weights.length];
        BigDecimal[] remainders = new BigDecimal[weights.length];
        BigInteger assigned = BigInteger.ZERO;
        BigDecimal unitsDecimal = new BigDecimal(units);
        for (int i = 0; i < weights.length; i++) {
            // Exact share = units * w / W; split into integer part and remainder without rounding.
            BigDecimal product = unitsDecimal.multiply(weights[i]);
            BigDecimal[] qr = product.divideAndRemainder(weightSum);
            parts[i] = qr[0].toBigIntegerExact();
            remainders[i] = qr[1]; // remainder * (1/W) is the fractional part; W is shared, so compare directly
            assigned = assigned.add(parts[i]);
        }
        int leftover = units.subtract(assigned).intValueExact(); // < weights.length
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Largest remainder first; ties go to the earlier position (Arrays.sort on objects is stable).
        Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < leftover; k++) {
            parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
        }
        BigDecimal[] result = new BigDecimal[weights.length];
        for (int i = 0; i < parts.length; i++) {
            BigInteger signed = sign < 0 ? parts[i].negate() : parts[i];
            result[i] = new BigDecimal(signed, scale);
        }
        return result;
    }

    /**
     * Splits {@code total} by {@code double} weights; each weight is read as its shortest
     * decimal representation ({@code 0.1} is exactly one tenth).
     *
     * @param total the amount to split; its scale must not exceed {@code scale}
     * @param scale the number of decimal places of every part
     * @param weights finite, non-negative weights, at least one, not all zero
     * @return the parts, in the order of the weights, each with scale {@code scale}
     * @throws IllegalArgumentException if a weight is NaN, infinite or negative, or as
     *     {@link #largestRemainder(BigDecimal, int, BigDecimal...)}
     */
    public static BigDecimal[] largestRemainder(BigDecimal total, int scale, double... weights) {
        Objects.requireNonNull(weights, "weights");
        BigDecimal[] decimals = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            decimals[i] = Checks.decimal(Checks.nonNegative(weights[i], "weights[" + i + "]"), "weights[" + i + "]");
        }
        return largestRemainder(total, scale, decimals);
    }
}
