package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Customer satisfaction (CSAT): the share of survey responses at or above a "satisfied"
 * threshold, as a {@link Ratio} {@code satisfied ÷ responses}.
 *
 * <p>The {@link Scale} says which answers exist and which count as satisfied: by default
 * {@link Scale#FIVE_POINT}, 1 to 5 with 4 and 5 satisfied; a 1–7 scale with 6 and 7
 * satisfied is {@code new Csat.Scale(1, 7, 6)}. A score outside the scale is rejected naming
 * the score. With zero responses the CSAT is an undefined ratio. {@link #meetsTarget} compares
 * a CSAT with a target exactly, from the counts (no floating-point rounding at the boundary).
 *
 * <pre>{@code
 * Ratio csat = Csat.ofCounts(450, 500);   // 0.9
 * Csat.meetsTarget(csat, 0.90);           // true: 450 ≥ 0.9 × 500
 * Csat.ofScores(Csat.Scale.FIVE_POINT, 5, 4, 3, 5).doubleValue();   // 0.75
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Csat {

    private Csat() {
    }

    /**
     * An answer scale {@code min..max} and the lowest answer that counts as satisfied.
     *
     * @param min the lowest answer, at least 0
     * @param max the highest answer, greater than {@code min} and at most {@code min + 100}
     * @param satisfiedFrom the lowest satisfied answer, in {@code [min, max]}
     */
    public record Scale(int min, int max, int satisfiedFrom) implements Serializable {

        /** The usual 5-point scale: 1 to 5, with 4 and 5 satisfied. */
        public static final Scale FIVE_POINT = new Scale(1, 5, 4);

        /**
         * Checks the scale.
         *
         * @param min the lowest answer, at least 0
         * @param max the highest answer, greater than {@code min} and at most {@code min + 100}
         * @param satisfiedFrom the lowest satisfied answer, in {@code [min, max]}
         * @throws IllegalArgumentException if {@code min} is negative, {@code max} is not in
         *     {@code (min, min + 100]}, or {@code satisfiedFrom} is outside the scale
         */
        public Scale {
            Checks.nonNegative(min, "min");
            if (max <= min || max - min > 100) {
                throw new IllegalArgumentException("max must be in (" + min + ", " + (min + 100) + "], was " + max);
            }
            if (satisfiedFrom < min || satisfiedFrom > max) {
                throw new IllegalArgumentException("satisfiedFrom must be in [" + min + ", " + max + "], was "
                        + satisfiedFrom);
            }
        }

        /**
         * Returns the number of possible answers, {@code max − min + 1}.
         *
         * @return the number of points
         */
        public int points() {
            return max - min + 1;
        }

        /**
         * Returns whether an answer counts as satisfied.
         *
         * @param score the answer, in {@code [min, max]}
         * @return {@code true} if {@code score ≥ satisfiedFrom}
         * @throws IllegalArgumentException if the score is outside the scale
         */
        public boolean isSatisfied(int score) {
            if (score < min || score > max) {
                throw new IllegalArgumentException("score must be in [" + min + ", " + max + "], was " + score);
            }
            return score >= satisfiedFrom;
        }
    }

    /**
     * Returns the CSAT of counts, {@code satisfied ÷ responses}.
     *
     * @param satisfied satisfied responses
     * @param responses all responses
     * @return the CSAT in {@code [0, 1]}; undefined with no responses
     * @throws IllegalArgumentException if a count is negative or {@code satisfied > responses}
     */
    public static Ratio ofCounts(long satisfied, long responses) {
        Checks.nonNegative(satisfied, "satisfied");
        Checks.nonNegative(responses, "responses");
        if (satisfied > responses) {
            throw new IllegalArgumentException("satisfied must be <= responses (" + responses + "), was " + satisfied);
        }
        if (responses == 0) {
            return Ratio.undefined(BigDecimal.ZERO, BigDecimal.ZERO, "no responses: CSAT is undefined");
        }
        return Ratio.of(satisfied, responses);
    }

    /**
     * Returns the CSAT of individual answers.
     *
     * @param scale the answer scale and threshold
     * @param scores the answers
     * @return the CSAT in {@code [0, 1]}; undefined with no answers
     * @throws IllegalArgumentException if a score is outside the scale; the message gives
     *     the score and its position
     */
    public static Ratio ofScores(Scale scale, int... scores) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(scores, "scores");
        long satisfied = 0;
        for (int i = 0; i < scores.length; i++) {
            int s = scores[i];
            if (s < scale.min() || s > scale.max()) {
                throw new IllegalArgumentException("score must be in [" + scale.min() + ", " + scale.max()
                        + "], was " + s + " (scores[" + i + "])");
            }
            if (s >= scale.satisfiedFrom()) {
                satisfied++;
            }
        }
        return ofCounts(satisfied, scores.length);
    }

    /**
     * Returns the CSAT of a histogram of answers.
     *
     * @param scale the answer scale and threshold
     * @param countsByScore one count per answer; element {@code i} counts the answer
     *     {@code scale.min() + i}
     * @return the CSAT in {@code [0, 1]}; undefined when all counts are zero
     * @throws IllegalArgumentException if the array length is not {@code scale.points()}, a
     *     count is negative (the message names the score) or the counts do not sum within a
     *     {@code long}
     */
    public static Ratio ofHistogram(Scale scale, long[] countsByScore) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(countsByScore, "countsByScore");
        if (countsByScore.length != scale.points()) {
            throw new IllegalArgumentException("countsByScore must have " + scale.points() + " elements (scores "
                    + scale.min() + ".." + scale.max() + "), was " + countsByScore.length);
        }
        long satisfied = 0;
        long responses = 0;
        for (int i = 0; i < countsByScore.length; i++) {
            int score = scale.min() + i;
            long c = Checks.nonNegative(countsByScore[i], "count of score " + score);
            responses = Checks.sum(responses, c, "responses");
            if (score >= scale.satisfiedFrom()) {
                satisfied += c;
            }
        }
        return ofCounts(satisfied, responses);
    }

    /**
     * Returns whether a CSAT reaches a target share, compared exactly:
     * {@code numerator ≥ target × denominator}.
     *
     * @param csat a CSAT, such as one from {@link #ofCounts}
     * @param target the target share in {@code [0, 1]}, such as {@code 0.9}
     * @return {@code true} if the CSAT is at least the target
     * @throws IllegalArgumentException if the target is outside {@code [0, 1]}
     * @throws IllegalStateException if the CSAT is undefined; the message gives the reason
     */
    public static boolean meetsTarget(Ratio csat, double target) {
        Objects.requireNonNull(csat, "csat");
        BigDecimal t = Checks.decimal(Checks.inRange(target, 0, 1, "target"), "target");
        if (!csat.isDefined()) {
            throw new IllegalStateException("CSAT is undefined: " + csat.undefinedReason().orElseThrow());
        }
        int cmp = csat.numerator().compareTo(t.multiply(csat.denominator()));
        return csat.denominator().signum() > 0 ? cmp >= 0 : cmp <= 0;
    }
}
