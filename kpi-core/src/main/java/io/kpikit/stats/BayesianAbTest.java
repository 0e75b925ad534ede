package io.kpikit.stats;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Beta;

/**
 * The Bayesian probability that variant B's true rate is higher than variant A's, from
 * Beta posteriors under a uniform prior.
 *
 * <p>With {@code sX} successes out of {@code nX} trials, the posterior of each rate is
 * {@code Beta(α = 1 + sX, β = 1 + nX - sX)} (the uniform prior {@code Beta(1, 1)} updated by
 * the data). The probability {@code P(pB > pA)} is computed exactly, deterministically and
 * without random sampling, by Evan Miller's closed form
 * ("Formulas for Bayesian A/B Testing", 2015):
 * <pre>
 *   P(pB > pA) = Σ_{i=0}^{αB-1} B(αA + i, βA + βB) / ((βB + i) · B(1 + i, βB) · B(αA, βA))
 * </pre>
 * Each term is evaluated in log space with commons-math3 {@link Beta#logBeta(double, double)}
 * and exponentiated, so large counts neither overflow nor underflow the Beta functions. The sum
 * has {@code αB} terms; by the symmetries {@code P(pB > pA) = 1 - P(pA > pB)} and
 * {@code P(pB > pA) = P(1 - pA > 1 - pB)} (swap successes and failures) the method evaluates
 * whichever of the four equivalent sums has the fewest terms, so the cost is
 * {@code O(1 + min(sA, nA - sA, sB, nB - sB))} Beta-function evaluations (about 50,000 for a
 * funnel step with 50,000 orders). The result is clamped to [0, 1] against rounding.
 *
 * <p>Equal data on both sides gives 0.5 (up to rounding in the last digits); with no data at all both
 * posteriors are uniform and the probability is 0.5. The posterior is always proper, so the
 * probability is defined for any valid counts; {@link #undefined(long, long, long, long, String)} exists for callers
 * whose "rates" are not proportions (a non-strict funnel with more conversions than entrants).
 * The comparison keeps its four counts ({@link #successesA()} and so on), so {@code of} (or
 * {@code undefined} with its reason) rebuilds it; that is how a stored comparison is read back
 * and its probability checked.
 *
 * <pre>{@code
 * BayesianAbTest.of(1, 1, 0, 1).probabilityBBeatsA();  // 1/6
 * BayesianAbTest.of(0, 0, 1, 1).probabilityBBeatsA();  // 2/3
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BayesianAbTest implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long successesA;
    private final long trialsA;
    private final long successesB;
    private final long trialsB;
    private final double probability;
    private final String undefinedReason;

    private BayesianAbTest(long successesA, long trialsA, long successesB, long trialsB, double probability,
            String undefinedReason) {
        this.successesA = successesA;
        this.trialsA = trialsA;
        this.successesB = successesB;
        this.trialsB = trialsB;
        this.probability = probability;
        this.undefinedReason = undefinedReason;
    }

    private static BayesianAbTest create(long sA, long nA, long sB, long nB) {
        Proportions.checkCounts(sA, nA, "successesA", "trialsA");
        Proportions.checkCounts(sB, nB, "successesB", "trialsB");
        double aA = 1.0 + sA;
        double bA = 1.0 + (nA - sA);
        double aB = 1.0 + sB;
        double bB = 1.0 + (nB - sB);
        double min = Math.min(Math.min(aA, bA), Math.min(aB, bB));
        double p;
        if (min == aB) {
            p = beats(aA, bA, aB, bB);
        } else if (min == bA) {
            p = beats(bB, aB, bA, aA);
        } else if (min == aA) {
            p = 1 - beats(aB, bB, aA, bA);
        } else {
            p = 1 - beats(bA, aA, bB, aB);
        }
        if (!Double.isFinite(p)) {
            throw new ArithmeticException("probability must be finite, was " + p);
        }
        return new BayesianAbTest(sA, nA, sB, nB, Math.min(1, Math.max(0, p)), null);
    }

    /** P(Y > X) for X ~ Beta(aX, bX), Y ~ Beta(aY, bY), aY a positive integer: aY terms. */
    private static double beats(double aX, double bX, double aY, double bY) {
        double logBetaX = Beta.logBeta(aX, bX);
        double sum = 0;
        long terms = (long) aY;
        for (long i = 0; i < terms; i++) {
            double logTerm = Beta.logBeta(aX + i, bX + bY) - Math.log(bY + i) - Beta.logBeta(1 + i, bY) - logBetaX;
            sum += Math.exp(logTerm);
        }
        return sum;
    }

    /**
     * Returns the probability that B's rate beats A's, from {@code sA} of {@code nA} and
     * {@code sB} of {@code nB}.
     *
     * @param successesA successes in A
     * @param trialsA trials in A
     * @param successesB successes in B
     * @param trialsB trials in B
     * @return the comparison
     * @throws IllegalArgumentException if a count is negative or successes exceed trials
     */
    public static BayesianAbTest of(long successesA, long trialsA, long successesB, long trialsB) {
        return create(successesA, trialsA, successesB, trialsB);
    }

    /**
     * Returns an undefined comparison of the given counts with a domain reason. The counts are
     * kept: messages, {@link #toString()} and {@link #equals(Object)} use them.
     *
     * @param successesA successes in A, at least 0 (may exceed trialsA)
     * @param trialsA trials in A, at least 0
     * @param successesB successes in B, at least 0 (may exceed trialsB)
     * @param trialsB trials in B, at least 0
     * @param reason why no probability can be computed, shown to users
     * @return an undefined comparison
     * @throws IllegalArgumentException if a count is negative
     * @throws NullPointerException if the reason is null
     */
    public static BayesianAbTest undefined(long successesA, long trialsA, long successesB, long trialsB,
            String reason) {
        Objects.requireNonNull(reason, "reason");
        Proportions.checkNonNegative(successesA, trialsA, successesB, trialsB);
        return new BayesianAbTest(successesA, trialsA, successesB, trialsB, 0, reason);
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
     * Returns whether the probability is defined.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * Returns why the comparison is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns {@code P(pB > pA)} under the Beta posteriors.
     *
     * @return the probability in [0, 1]
     * @throws IllegalStateException if the comparison is undefined
     */
    public double probabilityBBeatsA() {
        if (undefinedReason != null) {
            throw new IllegalStateException("probability that B beats A (" + successesA + "/" + trialsA + " vs "
                    + successesB + "/" + trialsB + ") is undefined: " + undefinedReason);
        }
        return probability;
    }

    /**
     * Returns the probability, or {@code fallback} when undefined.
     *
     * @param fallback the value for an undefined comparison
     * @return the probability or the fallback
     */
    public double orElse(double fallback) {
        return isDefined() ? probability : fallback;
    }

    /**
     * Returns the probability, or empty when undefined.
     *
     * @return the probability if defined
     */
    public OptionalDouble toOptionalDouble() {
        return isDefined() ? OptionalDouble.of(probability) : OptionalDouble.empty();
    }

    /**
     * Returns whether {@code obj} compares the same counts (and reason, if undefined).
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof BayesianAbTest)) {
            return false;
        }
        BayesianAbTest o = (BayesianAbTest) obj;
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
     * Returns {@code "P(B > A) = ..."} with the counts, or the undefined reason.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String head = successesA + "/" + trialsA + " vs " + successesB + "/" + trialsB + ": ";
        return isDefined() ? head + "P(B > A) = " + probability : head + "undefined: " + undefinedReason;
    }
}
