package io.kpikit.stats;

import io.kpikit.core.Checks;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Shared checks and the standard normal distribution for this package. */
final class Proportions {

    /** The standard normal distribution; no random generator, it is never sampled. */
    static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Proportions() {
    }

    /** Checks a count of successes out of trials: both non-negative, successes at most trials. */
    static void checkCounts(long successes, long trials, String successesField, String trialsField) {
        Checks.nonNegative(successes, successesField);
        Checks.nonNegative(trials, trialsField);
        if (successes > trials) {
            throw new IllegalArgumentException(successesField + " must be <= " + trialsField + " ("
                    + trials + "), was " + successes);
        }
    }

    /** Checks the four counts of an A/B comparison are non-negative (successes may exceed trials). */
    static void checkNonNegative(long successesA, long trialsA, long successesB, long trialsB) {
        Checks.nonNegative(successesA, "successesA");
        Checks.nonNegative(trialsA, "trialsA");
        Checks.nonNegative(successesB, "successesB");
        Checks.nonNegative(trialsB, "trialsB");
    }

    /** Checks a confidence level in the open interval (0, 1). */
    static double checkConfidence(double confidence) {
        Checks.finite(confidence, "confidence");
        if (confidence <= 0 || confidence >= 1) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        return confidence;
    }

    /** Returns the two-sided critical value z with P(|Z| <= z) = confidence. */
    static double twoSidedZ(double confidence) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return Checks.finite(z, "z for confidence " + confidence);
    }
}
