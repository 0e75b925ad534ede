package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a year's target is spread over its periods: one non-negative weight per period (month,
 * quarter, week), used by {@link Phasing} to split a target and by {@link Pacing} to say how
 * much of it is due by now.
 *
 * <p>The share of period {@code i} is {@code w_i / Σ w}; the share due after {@code k} periods
 * is {@code (w_0 + … + w_{k−1}) / Σ w}. Weights need not sum to one: a seasonal index such as
 * {@code 80, 90, 130, …} works as given. {@link #equal(int)} is the linear profile.
 *
 * <pre>{@code
 * Profile.equal(12).shareThrough(6);              // 6/12 = 0.5
 * Profile.quarterly(1, 1, 1, 2).shareThrough(3);  // 3/5 = 0.6
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<BigDecimal> weights;
    private final BigDecimal total;

    private Profile(List<BigDecimal> weights, BigDecimal total) {
        this.weights = weights;
        this.total = total;
    }

    private static Profile create(BigDecimal[] weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < weights.length; i++) {
            total = total.add(Checks.nonNegative(weights[i], "weights[" + i + "]"));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero, were " + Arrays.toString(weights));
        }
        return new Profile(List.of(weights), total);
    }

    private static BigDecimal[] decimals(double[] weights) {
        Objects.requireNonNull(weights, "weights");
        BigDecimal[] out = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = Checks.decimal(weights[i], "weights[" + i + "]");
        }
        return out;
    }

    /**
     * Returns the linear profile: {@code periods} equal weights.
     *
     * @param periods the number of periods, at least one
     * @return the profile
     * @throws IllegalArgumentException if {@code periods} is zero or negative
     */
    public static Profile equal(int periods) {
        Checks.positive(periods, "periods");
        BigDecimal[] w = new BigDecimal[periods];
        Arrays.fill(w, BigDecimal.ONE);
        return create(w);
    }

    /**
     * Returns a profile with the given weights, one per period.
     *
     * @param weights finite, non-negative weights, at least one, not all zero
     * @return the profile
     * @throws IllegalArgumentException if a weight is NaN, infinite or negative, or there are no
     *     weights or all are zero; the message names the weight's index
     */
    public static Profile of(double... weights) {
        return create(decimals(weights));
    }

    /**
     * Returns a profile with the given decimal weights, one per period.
     *
     * @param weights non-negative weights, at least one, not all zero
     * @return the profile
     * @throws IllegalArgumentException if a weight is negative, or there are no weights or all
     *     are zero
     * @throws NullPointerException if the array or a weight is null
     */
    public static Profile of(BigDecimal... weights) {
        return create(Objects.requireNonNull(weights, "weights").clone());
    }

    /**
     * Returns a seasonal profile of exactly 12 monthly weights, January first.
     *
     * @param weights 12 finite, non-negative weights, not all zero
     * @return the profile
     * @throws IllegalArgumentException if there are not 12 weights, or as {@link #of(double...)}
     */
    public static Profile monthly(double... weights) {
        return ofLength(12, "monthly", weights);
    }

    /**
     * Returns a seasonal profile of exactly 4 quarterly weights, Q1 first.
     *
     * @param weights 4 finite, non-negative weights, not all zero
     * @return the profile
     * @throws IllegalArgumentException if there are not 4 weights, or as {@link #of(double...)}
     */
    public static Profile quarterly(double... weights) {
        return ofLength(4, "quarterly", weights);
    }

    private static Profile ofLength(int length, String kind, double[] weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != length) {
            throw new IllegalArgumentException("a " + kind + " profile must have " + length + " weights, was "
                    + weights.length);
        }
        return of(weights);
    }

    /**
     * Returns the number of periods.
     *
     * @return the number of weights
     */
    public int periods() {
        return weights.size();
    }

    /**
     * Returns the weights as given.
     *
     * @return the weights, unmodifiable
     */
    public List<BigDecimal> weights() {
        return weights;
    }

    /**
     * Returns the share of the whole that is due after the first {@code elapsedPeriods}
     * periods: {@code (w_0 + … + w_{k−1}) / Σ w}.
     *
     * @param elapsedPeriods the number of complete periods, from 0 to {@link #periods()}
     * @return the share, a ratio of weight sums in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code elapsedPeriods} is outside {@code [0, periods]}
     */
    public Ratio shareThrough(int elapsedPeriods) {
        if (elapsedPeriods < 0 || elapsedPeriods > weights.size()) {
            throw new IllegalArgumentException("elapsedPeriods must be in [0, " + weights.size() + "], was "
                    + elapsedPeriods);
        }
        BigDecimal due = BigDecimal.ZERO;
        for (int i = 0; i < elapsedPeriods; i++) {
            due = due.add(weights.get(i));
        }
        return Ratio.of(due, total);
    }

    /**
     * Returns whether {@code obj} is a profile with numerically equal weights in the same order.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Profile)) {
            return false;
        }
        List<BigDecimal> o = ((Profile) obj).weights;
        if (o.size() != weights.size()) {
            return false;
        }
        for (int i = 0; i < o.size(); i++) {
            if (o.get(i).compareTo(weights.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 1;
        for (BigDecimal w : weights) {
            h = 31 * h + w.stripTrailingZeros().hashCode();
        }
        return h;
    }

    /**
     * Returns {@code "Profile[1, 1, 1, 2]"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Profile[");
        for (int i = 0; i < weights.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(weights.get(i).toPlainString());
        }
        return sb.append(']').toString();
    }
}
