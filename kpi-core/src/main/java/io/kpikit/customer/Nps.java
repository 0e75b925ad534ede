package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Net Promoter Score from 0–10 survey answers, with its standard error and a confidence
 * interval.
 *
 * <p>Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. With {@code n} responses,
 * promoter share {@code p} and detractor share {@code d}:
 * <pre>
 *   NPS = 100 × (p − d)                              in [−100, 100] points
 *   var = (p + d − (p − d)²) ÷ n                     variance of p − d
 *   SE  = 100 × √var                                 in NPS points
 *   CI  = NPS ± z × SE, clamped to [−100, 100]
 * </pre>
 * The variance is that of the mean of a score worth +1 (promoter), 0 (passive) or −1
 * (detractor); the interval is the normal (Wald) approximation, with {@code z} the
 * {@code 1 − (1 − confidence) ÷ 2} quantile of the standard normal distribution from
 * commons-math3's {@link NormalDistribution} (1.95996... for the default 95%); the clamping
 * keeps the interval inside the scale.
 *
 * <p><strong>Limitation: the Wald interval collapses at the extremes.</strong> When every
 * answer falls in one category (all promoters, all passives or all detractors) the variance
 * is exactly zero and the interval has zero width, however few the answers:
 * {@code Nps.of(1, 0, 0)} (a single promoter) gives NPS 100 with the interval
 * {@code [100, 100]}, which claims a certainty one answer cannot give. The approximation is
 * also poor for small samples and for shares near 0 or 1 in general. Read the interval only
 * for samples of a few dozen answers or more spread over the categories; for smaller or
 * one-sided samples report the counts instead.
 *
 * <p>Input is a histogram of 11 counts (index = score), individual scores, or the three
 * counts. A score outside 0..10 is rejected naming the score. With zero responses the NPS is
 * <em>undefined</em>: {@link #isDefined()} is {@code false}, and {@link #doubleValue()},
 * {@link #standardError()} and {@link #confidenceInterval()} throw
 * {@link IllegalStateException} with the reason; {@link #toOptionalDouble()} and
 * {@link #orElse(double)} never throw.
 *
 * <pre>{@code
 * Nps nps = Nps.of(50, 30, 20);      // promoters, passives, detractors
 * nps.doubleValue();                 // 30.0 = 100 × (0.5 − 0.2)
 * nps.standardError();               // 7.81 = 100 × √((0.7 − 0.09) ÷ 100)
 * nps.confidenceInterval();          // [14.69, 45.31] at 95%
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Nps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The confidence of {@link #confidenceInterval()}: 95%. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** The number of answers on the 0–10 scale. */
    private static final int SCALE_SIZE = 11;

    /** Standard normal, never sampled, so no random generator. */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final long promoters;
    private final long passives;
    private final long detractors;

    private Nps(long promoters, long passives, long detractors) {
        this.promoters = promoters;
        this.passives = passives;
        this.detractors = detractors;
    }

    private static Nps create(long promoters, long passives, long detractors) {
        Checks.nonNegative(promoters, "promoters");
        Checks.nonNegative(passives, "passives");
        Checks.nonNegative(detractors, "detractors");
        Checks.sum(Checks.sum(promoters, passives, "responses"), detractors, "responses");
        return new Nps(promoters, passives, detractors);
    }

    /**
     * Returns the NPS of three counts.
     *
     * @param promoters responses of 9 or 10
     * @param passives responses of 7 or 8
     * @param detractors responses of 0 to 6
     * @return the NPS; undefined when all counts are zero
     * @throws IllegalArgumentException if a count is negative or the responses do not fit a
     *     {@code long}
     */
    public static Nps of(long promoters, long passives, long detractors) {
        return create(promoters, passives, detractors);
    }

    /**
     * Returns the NPS of individual answers.
     *
     * @param scores the answers, each in {@code 0..10}
     * @return the NPS; undefined when there are no scores
     * @throws IllegalArgumentException if a score is outside {@code 0..10}; the message gives
     *     the score and its position
     */
    public static Nps ofScores(int... scores) {
        Objects.requireNonNull(scores, "scores");
        long[] histogram = new long[SCALE_SIZE];
        for (int i = 0; i < scores.length; i++) {
            int s = scores[i];
            if (s < 0 || s > 10) {
                throw new IllegalArgumentException("score must be in [0, 10], was " + s + " (scores[" + i + "])");
            }
            histogram[s]++;
        }
        return fromHistogram(histogram);
    }

    /**
     * Returns the NPS of a histogram of answers.
     *
     * @param countsByScore 11 counts; element {@code s} is the number of answers {@code s}
     * @return the NPS; undefined when all counts are zero
     * @throws IllegalArgumentException if the array does not have 11 elements, a count is
     *     negative (the message names the score) or the counts do not sum within a {@code long}
     */
    public static Nps fromHistogram(long[] countsByScore) {
        Objects.requireNonNull(countsByScore, "countsByScore");
        if (countsByScore.length != SCALE_SIZE) {
            throw new IllegalArgumentException("countsByScore must have 11 elements (scores 0..10), was "
                    + countsByScore.length);
        }
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int s = 0; s < SCALE_SIZE; s++) {
            long c = Checks.nonNegative(countsByScore[s], "countsByScore[" + s + "]");
            if (s >= 9) {
                promoters = Checks.sum(promoters, c, "promoters");
            } else if (s >= 7) {
                passives = Checks.sum(passives, c, "passives");
            } else {
                detractors = Checks.sum(detractors, c, "detractors");
            }
        }
        return create(promoters, passives, detractors);
    }

    /**
     * Returns the number of promoters (9–10).
     *
     * @return the count
     */
    public long promoters() {
        return promoters;
    }

    /**
     * Returns the number of passives (7–8).
     *
     * @return the count
     */
    public long passives() {
        return passives;
    }

    /**
     * Returns the number of detractors (0–6).
     *
     * @return the count
     */
    public long detractors() {
        return detractors;
    }

    /**
     * Returns the number of responses.
     *
     * @return promoters + passives + detractors
     */
    public long responses() {
        return promoters + passives + detractors;
    }

    /**
     * Returns the promoter share, {@code promoters ÷ responses}.
     *
     * @return the share; undefined with no responses
     */
    public Ratio promoterShare() {
        return Ratio.of(promoters, responses());
    }

    /**
     * Returns the detractor share, {@code detractors ÷ responses}.
     *
     * @return the share; undefined with no responses
     */
    public Ratio detractorShare() {
        return Ratio.of(detractors, responses());
    }

    /**
     * Returns whether the NPS has a value (there was at least one response).
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return responses() > 0;
    }

    /**
     * Returns why the NPS is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return isDefined() ? Optional.empty() : Optional.of("no responses: NPS is undefined");
    }

    /**
     * Returns the NPS to 34 significant digits, {@code 100 × (promoters − detractors) ÷ n}.
     *
     * @return the score in {@code [−100, 100]}
     * @throws IllegalStateException if undefined
     */
    public BigDecimal toBigDecimal() {
        requireDefined();
        return BigDecimal.valueOf(promoters).subtract(BigDecimal.valueOf(detractors))
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(responses()), Ratio.PRECISION);
    }

    /**
     * Returns the NPS in points.
     *
     * @return the score in {@code [−100, 100]}
     * @throws IllegalStateException if undefined
     */
    public double doubleValue() {
        return toBigDecimal().doubleValue();
    }

    /**
     * Returns the NPS, or an empty optional when undefined.
     *
     * @return the score if defined
     */
    public OptionalDouble toOptionalDouble() {
        return isDefined() ? OptionalDouble.of(doubleValue()) : OptionalDouble.empty();
    }

    /**
     * Returns the NPS, or {@code fallback} when undefined.
     *
     * @param fallback the value to use for an undefined NPS
     * @return the score or the fallback
     */
    public double orElse(double fallback) {
        return isDefined() ? doubleValue() : fallback;
    }

    /**
     * Returns the standard error in NPS points, {@code 100 × √((p + d − (p − d)²) ÷ n)}.
     *
     * @return the standard error, at least 0
     * @throws IllegalStateException if undefined
     */
    public double standardError() {
        requireDefined();
        // n³ × var = (P + D) × n − (P − D)², exact and never negative.
        BigInteger n = BigInteger.valueOf(responses());
        BigInteger diff = BigInteger.valueOf(promoters - detractors);
        BigInteger scaled = BigInteger.valueOf(promoters).add(BigInteger.valueOf(detractors)).multiply(n)
                .subtract(diff.multiply(diff));
        double nd = n.doubleValue();
        double se = 100 * Math.sqrt(scaled.doubleValue()) / (nd * Math.sqrt(nd));
        return Checks.finite(se, "standardError");
    }

    /**
     * Returns the 95% confidence interval, {@code NPS ± 1.96 × SE} clamped to
     * {@code [−100, 100]}. A Wald interval: it has zero width when all answers are in one
     * category ({@code Nps.of(1, 0, 0)} gives {@code [100, 100]}) and is unreliable for small
     * samples; see the class documentation.
     *
     * @return the interval
     * @throws IllegalStateException if undefined
     */
    public Interval confidenceInterval() {
        return confidenceInterval(DEFAULT_CONFIDENCE);
    }

    /**
     * Returns the confidence interval {@code NPS ± z × SE}, clamped to {@code [−100, 100]},
     * with {@code z} the {@code 1 − (1 − confidence) ÷ 2} standard normal quantile. A Wald
     * interval: zero width when all answers are in one category ({@code Nps.of(1, 0, 0)} gives
     * {@code [100, 100]} at any confidence) and unreliable for small samples.
     *
     * @param confidence the confidence level in {@code (0, 1)}, such as {@code 0.9}
     * @return the interval
     * @throws IllegalArgumentException if {@code confidence} is not strictly between 0 and 1
     * @throws IllegalStateException if undefined
     */
    public Interval confidenceInterval(double confidence) {
        Checks.finite(confidence, "confidence");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        if (!Double.isFinite(z)) {
            throw new IllegalArgumentException("confidence must be far enough below 1 for a finite z, was "
                    + confidence);
        }
        double nps = doubleValue();
        double margin = z * standardError();
        return new Interval(Math.max(-100, nps - margin), Math.min(100, nps + margin), confidence);
    }

    private void requireDefined() {
        if (!isDefined()) {
            throw new IllegalStateException(undefinedReason().orElseThrow());
        }
    }

    /**
     * Returns whether {@code obj} is an NPS of the same three counts.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Nps)) {
            return false;
        }
        Nps o = (Nps) obj;
        return promoters == o.promoters && passives == o.passives && detractors == o.detractors;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(promoters, passives, detractors);
    }

    /**
     * Returns a short description such as {@code "NPS 30 (50 promoters, 30 passives, 20
     * detractors)"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String score = isDefined() ? toBigDecimal().stripTrailingZeros().toPlainString() : "undefined";
        return "NPS " + score + " (" + promoters + " promoters, " + passives + " passives, "
                + detractors + " detractors)";
    }

    /**
     * A confidence interval of an NPS, in points.
     *
     * @param lower the lower bound, at least −100
     * @param upper the upper bound, at most 100
     * @param confidence the confidence level in {@code (0, 1)}
     */
    public record Interval(double lower, double upper, double confidence) implements Serializable {

        /**
         * Checks the bounds.
         *
         * @param lower the lower bound, at least −100
         * @param upper the upper bound, at most 100
         * @param confidence the confidence level in {@code (0, 1)}
         * @throws IllegalArgumentException if a value is not finite, the bounds are outside
         *     {@code [−100, 100]} or out of order, or the confidence is not in {@code (0, 1)}
         */
        public Interval {
            Checks.inRange(lower, -100, 100, "lower");
            Checks.inRange(upper, -100, 100, "upper");
            Checks.finite(confidence, "confidence");
            if (lower > upper) {
                throw new IllegalArgumentException("lower must be <= upper (" + upper + "), was " + lower);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
            }
        }

        /**
         * Returns whether {@code value} lies in the closed interval.
         *
         * @param value the value to test
         * @return {@code true} if {@code lower ≤ value ≤ upper}
         */
        public boolean contains(double value) {
            return lower <= value && value <= upper;
        }
    }
}
