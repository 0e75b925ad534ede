package io.kpikit.stats;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Wilson score confidence interval for a proportion {@code successes / trials}.
 *
 * <p>With {@code p = successes / trials}, {@code n = trials} and {@code z} the two-sided
 * critical value of the standard normal distribution for the confidence level
 * ({@code z = Φ⁻¹(1 - (1 - confidence) / 2)}, 1.959964 for 95%, from commons-math3
 * {@code NormalDistribution}):
 * <pre>
 *   centre = (p + z²/(2n)) / (1 + z²/n)
 *   half   = z / (1 + z²/n) * sqrt(p(1 - p)/n + z²/(4n²))
 *   [lower, upper] = [centre - half, centre + half]
 * </pre>
 * Unlike the normal (Wald) interval it stays inside [0, 1] and is sensible for rates near 0 or
 * 1 and for small samples. The bounds are clamped to [0, 1] and widened, if floating-point
 * rounding would otherwise exclude it, to contain the point estimate {@code p}; so
 * {@code 0 <= lower <= p <= upper <= 1} always holds.
 *
 * <p>Edge cases: {@code trials == 0} gives an undefined interval (reason
 * {@code "no trials"}); {@code successes > trials} is an error. A caller that has a rate above 1
 * (a non-strict funnel counted in events) can record that with
 * {@link #undefined(long, long, double, String)}. Reading a bound of an undefined interval
 * throws {@link IllegalStateException} with the reason; {@link #toOptionalLower()},
 * {@link #toOptionalUpper()}, {@link #lowerOrElse(double)} and {@link #upperOrElse(double)}
 * never throw.
 *
 * <pre>{@code
 * WilsonInterval ci = WilsonInterval.of(50_000, 1_000_000);  // 95%
 * ci.lower();  // 0.049575...
 * ci.upper();  // 0.050429...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WilsonInterval implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default confidence level, 95%. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final long successes;
    private final long trials;
    private final double confidence;
    private final double lower;
    private final double upper;
    private final String undefinedReason;

    private WilsonInterval(long successes, long trials, double confidence, double lower, double upper,
            String undefinedReason) {
        this.successes = successes;
        this.trials = trials;
        this.confidence = confidence;
        this.lower = lower;
        this.upper = upper;
        this.undefinedReason = undefinedReason;
    }

    private static WilsonInterval create(long successes, long trials, double confidence) {
        Proportions.checkCounts(successes, trials, "successes", "trials");
        Proportions.checkConfidence(confidence);
        if (trials == 0) {
            return new WilsonInterval(successes, trials, confidence, 0, 0, "no trials");
        }
        double z = Proportions.twoSidedZ(confidence);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lo = Math.max(0, Math.min(centre - half, p));
        double hi = Math.min(1, Math.max(centre + half, p));
        return new WilsonInterval(successes, trials, confidence, lo, hi, null);
    }

    /**
     * Returns the 95% Wilson interval for {@code successes} out of {@code trials}.
     *
     * @param successes the number of successes
     * @param trials the number of trials; zero gives an undefined interval
     * @return the interval
     * @throws IllegalArgumentException if a count is negative or successes exceed trials
     */
    public static WilsonInterval of(long successes, long trials) {
        return create(successes, trials, DEFAULT_CONFIDENCE);
    }

    /**
     * Returns the Wilson interval at the given confidence level.
     *
     * @param successes the number of successes
     * @param trials the number of trials; zero gives an undefined interval
     * @param confidence the confidence level, in (0, 1), for example 0.95
     * @return the interval
     * @throws IllegalArgumentException if a count is negative, successes exceed trials, or the
     *     confidence is not in (0, 1)
     */
    public static WilsonInterval of(long successes, long trials, double confidence) {
        return create(successes, trials, confidence);
    }

    /**
     * Returns an undefined interval with a domain reason, for a rate that is not a proportion
     * (more "successes" than trials, as in a funnel counted in events).
     *
     * @param successes the numerator of the rate
     * @param trials the denominator of the rate
     * @param confidence the confidence level that was asked for, in (0, 1)
     * @param reason why there is no interval, shown to users
     * @return an undefined interval
     * @throws IllegalArgumentException if a count is negative or the confidence is not in (0, 1)
     * @throws NullPointerException if the reason is null
     */
    public static WilsonInterval undefined(long successes, long trials, double confidence, String reason) {
        Checks.nonNegative(successes, "successes");
        Checks.nonNegative(trials, "trials");
        Proportions.checkConfidence(confidence);
        return new WilsonInterval(successes, trials, confidence, 0, 0, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Returns the number of successes.
     *
     * @return the successes
     */
    public long successes() {
        return successes;
    }

    /**
     * Returns the number of trials.
     *
     * @return the trials
     */
    public long trials() {
        return trials;
    }

    /**
     * Returns the confidence level.
     *
     * @return the confidence level in (0, 1)
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Returns the point estimate {@code successes / trials} (undefined for zero trials).
     *
     * @return the estimate as a ratio
     */
    public Ratio estimate() {
        return Ratio.of(successes, trials);
    }

    /**
     * Returns whether the interval has bounds.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * Returns why the interval is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the lower bound.
     *
     * @return the lower bound, in [0, 1]
     * @throws IllegalStateException if the interval is undefined; the message gives the reason
     */
    public double lower() {
        requireDefined();
        return lower;
    }

    /**
     * Returns the upper bound.
     *
     * @return the upper bound, in [0, 1]
     * @throws IllegalStateException if the interval is undefined; the message gives the reason
     */
    public double upper() {
        requireDefined();
        return upper;
    }

    /**
     * Returns the lower bound, or {@code fallback} when undefined.
     *
     * @param fallback the value for an undefined interval
     * @return the lower bound or the fallback
     */
    public double lowerOrElse(double fallback) {
        return isDefined() ? lower : fallback;
    }

    /**
     * Returns the upper bound, or {@code fallback} when undefined.
     *
     * @param fallback the value for an undefined interval
     * @return the upper bound or the fallback
     */
    public double upperOrElse(double fallback) {
        return isDefined() ? upper : fallback;
    }

    /**
     * Returns the lower bound, or empty when undefined.
     *
     * @return the lower bound if defined
     */
    public OptionalDouble toOptionalLower() {
        return isDefined() ? OptionalDouble.of(lower) : OptionalDouble.empty();
    }

    /**
     * Returns the upper bound, or empty when undefined.
     *
     * @return the upper bound if defined
     */
    public OptionalDouble toOptionalUpper() {
        return isDefined() ? OptionalDouble.of(upper) : OptionalDouble.empty();
    }

    private void requireDefined() {
        if (undefinedReason != null) {
            throw new IllegalStateException("Wilson interval for " + successes + "/" + trials
                    + " is undefined: " + undefinedReason);
        }
    }

    /**
     * Returns whether {@code obj} is an interval from the same counts, confidence and reason.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof WilsonInterval)) {
            return false;
        }
        WilsonInterval o = (WilsonInterval) obj;
        return successes == o.successes && trials == o.trials
                && Double.compare(confidence, o.confidence) == 0
                && Objects.equals(undefinedReason, o.undefinedReason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(successes, trials, confidence, undefinedReason);
    }

    /**
     * Returns {@code "s/n 95% CI [lower, upper]"} or {@code "s/n 95% CI undefined: reason"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String head = successes + "/" + trials + " " + (confidence * 100) + "% CI ";
        return isDefined() ? head + "[" + lower + ", " + upper + "]" : head + "undefined: " + undefinedReason;
    }
}
