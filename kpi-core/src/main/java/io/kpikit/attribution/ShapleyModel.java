package io.kpikit.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Shapley-value attribution: each channel gets its average marginal contribution to a
 * coalition worth computed from the data.
 *
 * <p>Worth: group the paths by their set of distinct channels {@code T}. The rate-based worth
 * (the default, {@link #rateBased()}) of a set is its conversion rate
 * {@code r(T) = conversions(T) / (conversions(T) + nulls(T))}, so non-converting journeys count;
 * the conversion-based worth ({@link #conversionBased()}) is {@code r(T) = conversions(T)}. A
 * coalition {@code S} is worth what all its sub-coalitions earned, the standard extension to
 * subsets: {@code v(S) = Σ_{T ⊆ S} r(T)}. The value worth is the same with conversion value in
 * place of conversions ({@code value(T) / journeys(T)}, or {@code value(T)}).
 *
 * <p>Shapley value: {@code φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S))}.
 * With {@code n} channels up to {@link #DEFAULT_EXACT_LIMIT} (20) it is computed exactly over all
 * {@code 2^n} coalitions as bitmasks ({@code v} by a subset-sum transform, {@code O(n 2^n)});
 * above the limit by sampling random channel orders (Monte Carlo over permutations) from a
 * fixed seed, reporting the standard error of each value. At most 64 channels are supported.
 * Because {@code v} is a sum of unanimity games, the exact value is also
 * {@code Σ_{T ∋ i} r(T) / |T|}: with the conversion-based worth Shapley attribution equals
 * {@link RuleBasedModel#linearPerChannel()}.
 *
 * <p>Attributed conversions (value) are the Shapley values of the conversion (value) worth
 * normalised to sum to 1, times the total conversions (value).
 *
 * <pre>{@code
 * // A: 1 conversion, 1 null; A > B: 3 conversions, 1 null; B: 0 conversions, 2 nulls
 * // v(A) = 1/2, v(B) = 0, v(AB) = 1/2 + 3/4 = 5/4; φ_A = 7/8, φ_B = 3/8
 * ShapleyModel.rateBased().attribute(paths);   // A 4 × 0.7 = 2.8, B 1.2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShapleyModel implements AttributionModel {

    /** The largest number of channels computed exactly by default. */
    public static final int DEFAULT_EXACT_LIMIT = 20;
    /** The default number of sampled permutations above the exact limit. */
    public static final int DEFAULT_PERMUTATIONS = 2_000;
    /** The default sampling seed. */
    public static final long DEFAULT_SEED = 20_240_101L;

    private final boolean rate;
    private final int exactLimit;
    private final int permutations;
    private final long seed;

    private ShapleyModel(boolean rate, int exactLimit, int permutations, long seed) {
        this.rate = rate;
        this.exactLimit = exactLimit;
        this.permutations = permutations;
        this.seed = seed;
    }

    /**
     * Returns the model with the rate-based worth (the default).
     *
     * @return the model named {@code shapley_rate}
     */
    public static ShapleyModel rateBased() {
        return new ShapleyModel(true, DEFAULT_EXACT_LIMIT, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }

    /**
     * Returns the model with the conversion-based worth.
     *
     * @return the model named {@code shapley_conversions}
     */
    public static ShapleyModel conversionBased() {
        return new ShapleyModel(false, DEFAULT_EXACT_LIMIT, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }

    /**
     * Returns a copy that computes exactly up to {@code limit} channels.
     *
     * @param limit the largest channel count computed exactly, in [0, 25]
     * @return the model
     * @throws IllegalArgumentException if {@code limit} is outside [0, 25]
     */
    public ShapleyModel withExactLimit(int limit) {
        if (limit < 0 || limit > 25) {
            throw new IllegalArgumentException("limit must be in [0, 25], was " + limit);
        }
        return new ShapleyModel(rate, limit, permutations, seed);
    }

    /**
     * Returns a copy that samples {@code count} permutations from {@code seed} above the
     * exact limit.
     *
     * @param count the number of permutations, at least 2
     * @param seed the seed
     * @return the model
     * @throws IllegalArgumentException if {@code count < 2}
     */
    public ShapleyModel withSampling(int count, long seed) {
        if (count < 2) {
            throw new IllegalArgumentException("count must be >= 2, was " + count);
        }
        return new ShapleyModel(rate, exactLimit, count, seed);
    }

    @Override
    public String name() {
        return rate ? "shapley_rate" : "shapley_conversions";
    }

    @Override
    public Attribution attribute(PathSet paths) {
        ShapleyValues values = values(paths);
        int n = values.values().size();
        double[] conv = new double[n];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) {
            conv[i] = values.values().get(i).conversions();
            val[i] = values.values().get(i).value();
        }
        return Attribution.from(name(), paths, conv, val);
    }

    /**
     * Computes the Shapley value of every channel.
     *
     * @param paths the paths
     * @return the values, with standard errors when sampled
     * @throws IllegalArgumentException if there are more than 64 channels
     * @throws NullPointerException if {@code paths} is null
     */
    public ShapleyValues values(PathSet paths) {
        Objects.requireNonNull(paths, "paths");
        int n = paths.channels().size();
        if (n > 64) {
            throw new IllegalArgumentException("channels must be at most 64 for Shapley, was " + n);
        }
        Coalitions c = Coalitions.of(paths, rate);
        List<ShapleyValue> out = new ArrayList<>(n);
        if (n <= exactLimit) {
            double[] conv = exact(n, c.masks, c.convWorth);
            double[] val = exact(n, c.masks, c.valueWorth);
            for (int i = 0; i < n; i++) {
                out.add(new ShapleyValue(paths.channels().get(i), conv[i], 0, val[i], 0));
            }
            return new ShapleyValues(out, true, 0, seed);
        }
        double[][] conv = sample(n, c.masks, c.convWorth);
        double[][] val = sample(n, c.masks, c.valueWorth);
        for (int i = 0; i < n; i++) {
            out.add(new ShapleyValue(paths.channels().get(i), conv[0][i], conv[1][i], val[0][i], val[1][i]));
        }
        return new ShapleyValues(out, false, permutations, seed);
    }

    /** Exact Shapley values over all 2^n coalitions. */
    private static double[] exact(int n, long[] masks, double[] worth) {
        int size = 1 << n;
        double[] v = new double[size];
        for (int k = 0; k < masks.length; k++) {
            v[(int) masks[k]] += worth[k];
        }
        // subset-sum (zeta) transform: v(S) = Σ_{T ⊆ S} r(T)
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            for (int s = 0; s < size; s++) {
                if ((s & bit) != 0) {
                    v[s] += v[s ^ bit];
                }
            }
        }
        // weight(|S|) = |S|! (n − |S| − 1)! / n!, built by a recurrence to avoid factorials
        double[] weight = new double[Math.max(n, 1)];
        if (n > 0) {
            weight[0] = 1.0 / n;
            for (int s = 1; s < n; s++) {
                weight[s] = weight[s - 1] * s / (n - s);
            }
        }
        double[] phi = new double[n];
        for (int s = 0; s < size; s++) {
            int bits = Integer.bitCount(s);
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((s & bit) == 0) {
                    phi[i] += weight[bits] * (v[s | bit] - v[s]);
                }
            }
        }
        return phi;
    }

    /**
     * Permutation sampling: in a random order, the marginal contribution of channel i is the
     * worth of the observed sets whose last member in that order is i.
     */
    private double[][] sample(int n, long[] masks, double[] worth) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[n];
        int[] position = new int[n];
        double[] marginal = new double[n];
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        for (int p = 0; p < permutations; p++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < n; i++) {
                position[order[i]] = i;
            }
            Arrays.fill(marginal, 0);
            for (int k = 0; k < masks.length; k++) {
                long m = masks[k];
                int last = -1;
                while (m != 0) {
                    int c = Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    if (last < 0 || position[c] > position[last]) {
                        last = c;
                    }
                }
                marginal[last] += worth[k];
            }
            for (int i = 0; i < n; i++) {
                sum[i] += marginal[i];
                sumSq[i] += marginal[i] * marginal[i];
            }
        }
        double[] mean = new double[n];
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = sum[i] / permutations;
            double variance = Math.max(0, (sumSq[i] - permutations * mean[i] * mean[i]) / (permutations - 1));
            se[i] = Math.sqrt(variance / permutations);
        }
        return new double[][] {mean, se};
    }

    @Override
    public String toString() {
        return name();
    }
}
