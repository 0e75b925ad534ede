package io.kpikit.stats;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The pooled two-proportion z-test of {@code H0: pA = pB} against the two-sided alternative.
 *
 * <p>With {@code pA = sA/nA}, {@code pB = sB/nB} and the pooled rate
 * {@code p = (sA + sB) / (nA + nB)}:
 * <pre>
 *   se = sqrt(p (1 - p) (1/nA + 1/nB))
 *   z  = (pB - pA) / se
 *   p-value = 2 Φ(-|z|)
 * </pre>
 * {@code Φ} is the standard normal CDF from commons-math3; {@code 2 Φ(-|z|)} is used rather
 * than {@code 2 (1 - Φ(|z|))} so small p-values keep their precision. A positive {@code z}
 * means B's rate is higher. The normal approximation needs enough successes and failures on
 * each side (a common rule is at least 5 of each); this class computes the test regardless and
 * leaves that judgement to the caller.
 *
 * <p>Undefined (with a reason) when either side has no trials, or the pooled variance is 0
 * (every trial on both sides succeeded, or none did). Reading {@link #zScore()} or
 * {@link #pValue()} of an undefined test throws {@link IllegalStateException};
 * {@link #toOptionalPValue()} and {@link #pValueOrElse(double)} never throw.
 *
 * <p>The test keeps its four counts ({@link #successesA()}, {@link #trialsA()},
 * {@link #successesB()}, {@link #trialsB()}), so {@code of} rebuilds it from them, or
 * {@code undefined} with its reason; that is how a stored test is read back and its z-score
 * and p-value checked.
 *
 * <pre>{@code
 * TwoProportionZTest t = TwoProportionZTest.of(50, 1000, 75, 1000);
 * t.zScore();  // 2.3094...
 * t.pValue();  // 0.0209...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TwoProportionZTest implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long successesA;
    private final long trialsA;
    private final long successesB;
    private final long trialsB;
    private final double z;
    private final double pValue;
    private final String undefinedReason;

    private TwoProportionZTest(long successesA, long trialsA, long successesB, long trialsB, double z,
            double pValue, String undefinedReason) {
        this.successesA = successesA;
        this.trialsA = trialsA;
        this.successesB = successesB;
        this.trialsB = trialsB;
        this.z = z;
        this.pValue = pValue;
        this.undefinedReason = undefinedReason;
    }

    private static TwoProportionZTest create(long sA, long nA, long sB, long nB) {
        Proportions.checkCounts(sA, nA, "successesA", "trialsA");
        Proportions.checkCounts(sB, nB, "successesB", "trialsB");
        if (nA == 0 || nB == 0) {
            return new TwoProportionZTest(sA, nA, sB, nB, 0, 0,
                    "no trials in " + (nA == 0 ? "A" : "B"));
        }
        double pooled = ((double) sA + sB) / ((double) nA + nB);
        double variance = pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB);
        if (!(variance > 0)) {
            return new TwoProportionZTest(sA, nA, sB, nB, 0, 0,
                    "pooled variance is 0: pooled rate is " + (sA + sB == 0 ? "0" : "1"));
        }
        double zScore = ((double) sB / nB - (double) sA / nA) / Math.sqrt(variance);
        double p = 2 * Proportions.STANDARD_NORMAL.cumulativeProbability(-Math.abs(zScore));
        if (!Double.isFinite(zScore) || !Double.isFinite(p)) {
            throw new ArithmeticException("z-test must be finite, was z=" + zScore + ", p=" + p);
        }
        return new TwoProportionZTest(sA, nA, sB, nB, zScore, Math.min(1, Math.max(0, p)), null);
    }

    /**
     * Returns the pooled two-sided test of B's rate against A's.
     *
     * @param successesA successes in A
     * @param trialsA trials in A
     * @param successesB successes in B
     * @param trialsB trials in B
     * @return the test
     * @throws IllegalArgumentException if a count is negative or successes exceed trials
     */
    public static TwoProportionZTest of(long successesA, long trialsA, long successesB, long trialsB) {
        return create(successesA, trialsA, successesB, trialsB);
    }

    /**
     * Returns an undefined test of the given counts with a domain reason, for rates that are not
     * proportions (more "successes" than trials, as in a funnel counted in events). The counts
     * are kept: messages, {@link #toString()} and {@link #equals(Object)} use them.
     *
     * @param successesA successes in A, at least 0 (may exceed trialsA)
     * @param trialsA trials in A, at least 0
     * @param successesB successes in B, at least 0 (may exceed trialsB)
     * @param trialsB trials in B, at least 0
     * @param reason why the test cannot be computed, shown to users
     * @return an undefined test
     * @throws IllegalArgumentException if a count is negative
     * @throws NullPointerException if the reason is null
     */
    public static TwoProportionZTest undefined(long successesA, long trialsA, long successesB, long trialsB,
            String reason) {
        Objects.requireNonNull(reason, "reason");
        Proportions.checkNonNegative(successesA, trialsA, successesB, trialsB);
        return new TwoProportionZTest(successesA, trialsA, successesB, trialsB, 0, 0, reason);
    }

    /**
     * Returns the successes in A, as given.
     *
     * @return the successes of side A
     */
    public long successesA() {
        return successesA;
    }

    /**
     * Returns the trials in A, as given.
     *
     * @return the trials of side A
     */
    public long trialsA() {
        return trialsA;
    }

    /**
     * Returns the successes in B, as given.
     *
     * @return the successes of side B
     */
    public long successesB() {
        return successesB;
    }

    /**
     * Returns the trials in B, as given.
     *
     * @return the trials of side B
     */
    public long trialsB() {
        return trialsB;
    }

    /**
     * Returns whether the test has a z-score and p-value.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * Returns why the test is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the z statistic; positive when B's rate is higher.
     *
     * @return the z statistic
     * @throws IllegalStateException if the test is undefined
     */
    public double zScore() {
        requireDefined();
        return z;
    }

    /**
     * Returns the two-sided p-value.
     *
     * @return the p-value in [0, 1]
     * @throws IllegalStateException if the test is undefined
     */
    public double pValue() {
        requireDefined();
        return pValue;
    }

    /**
     * Returns the p-value, or {@code fallback} when undefined.
     *
     * @param fallback the value for an undefined test
     * @return the p-value or the fallback
     */
    public double pValueOrElse(double fallback) {
        return isDefined() ? pValue : fallback;
    }

    /**
     * Returns the p-value, or empty when undefined.
     *
     * @return the p-value if defined
     */
    public OptionalDouble toOptionalPValue() {
        return isDefined() ? OptionalDouble.of(pValue) : OptionalDouble.empty();
    }

    private void requireDefined() {
        if (undefinedReason != null) {
            throw new IllegalStateException("two-proportion z-test " + successesA + "/" + trialsA + " vs "
                    + successesB + "/" + trialsB + " is undefined: " + undefinedReason);
        }
    }

    /**
     * Returns whether {@code obj} is a test of the same counts (and reason, if undefined).
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof TwoProportionZTest)) {
            return false;
        }
        TwoProportionZTest o = (TwoProportionZTest) obj;
        return successesA == o.successesA && trialsA == o.trialsA && successesB == o.successesB
                && trialsB == o.trialsB && Objects.equals(undefinedReason, o.undefinedReason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(successesA, trialsA, successesB, trialsB, undefinedReason);
    }

    /**
     * Returns {@code "sA/nA vs sB/nB: z=..., p=..."} or the undefined reason.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String head = successesA + "/" + trialsA + " vs " + successesB + "/" + trialsB + ": ";
        return isDefined() ? head + "z=" + z + ", p=" + pValue : head + "undefined: " + undefinedReason;
    }
}
