package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.LONG;
import static io.kpikit.json.shape.Codecs.OPTIONAL_DOUBLE;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.stats.BayesianAbTest;
import io.kpikit.stats.TwoProportionZTest;
import io.kpikit.stats.WilsonInterval;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Shapes of {@code io.kpikit.stats}: the Wilson interval and the two A/B tests. */
final class StatsShapes {

    /**
     * The most Beta-function terms a Bayesian test may need to be recomputed on reading (about
     * a second on a busy machine): {@link BayesianAbTest#of} sums
     * {@code 1 + min(successesA, trialsA − successesA, successesB, trialsB − successesB)} terms,
     * so a hostile document with counts in the billions would otherwise hold the reader for
     * hours. A funnel step of 1,000,000 visits and 50,000 orders needs 50,001.
     */
    static final long MAX_BAYESIAN_TERMS = 1_000_000;

    /**
     * A Wilson interval: successes, trials, confidence; the estimate, bounds ({@code null} when
     * undefined) and the reason. A stated reason that {@code of} would not give (a caller's
     * domain reason) is kept through {@link WilsonInterval#undefined}.
     */
    static final Shape<WilsonInterval> WILSON_INTERVAL = Shape.builder(WilsonInterval.class)
            .input("successes", LONG, WilsonInterval::successes)
            .input("trials", LONG, WilsonInterval::trials)
            .input("confidence", DOUBLE, WilsonInterval::confidence)
            .derived("estimate", RATIO, WilsonInterval::estimate)
            .derived("lower", OPTIONAL_DOUBLE, WilsonInterval::toOptionalLower)
            .derived("upper", OPTIONAL_DOUBLE, WilsonInterval::toOptionalUpper)
            .derived("reason", optional(STRING), WilsonInterval::undefinedReason)
            .build(v -> {
                long successes = v.getLong("successes");
                long trials = v.getLong("trials");
                double confidence = v.getDouble("confidence");
                WilsonInterval w = WilsonInterval.of(successes, trials, confidence);
                Optional<String> reason = statedReason(v);
                return reason.isEmpty() || reason.equals(w.undefinedReason()) ? w
                        : WilsonInterval.undefined(successes, trials, confidence, reason.get());
            });

    /**
     * A two-proportion z-test: the four counts; the z score and p-value ({@code null} when
     * undefined) and the reason. A stated reason that {@code of} would not give (a domain
     * reason, such as a rate above 1 in a non-strict funnel) is kept through
     * {@link TwoProportionZTest#undefined}.
     */
    static final Shape<TwoProportionZTest> TWO_PROPORTION_Z_TEST = Shape.builder(TwoProportionZTest.class)
            .input("successesA", LONG, TwoProportionZTest::successesA)
            .input("trialsA", LONG, TwoProportionZTest::trialsA)
            .input("successesB", LONG, TwoProportionZTest::successesB)
            .input("trialsB", LONG, TwoProportionZTest::trialsB)
            .derived("zScore", OPTIONAL_DOUBLE, t -> t.isDefined() ? OptionalDouble.of(t.zScore()) : OptionalDouble.empty())
            .derived("pValue", OPTIONAL_DOUBLE, TwoProportionZTest::toOptionalPValue)
            .derived("reason", optional(STRING), TwoProportionZTest::undefinedReason)
            .build(v -> test(v, TwoProportionZTest::of, TwoProportionZTest::undefined,
                    TwoProportionZTest::undefinedReason));

    /**
     * A Bayesian A/B test: the four counts; the probability that B beats A ({@code null} when
     * undefined) and the reason, kept through {@link BayesianAbTest#undefined} as for the z-test.
     */
    static final Shape<BayesianAbTest> BAYESIAN_AB_TEST = Shape.builder(BayesianAbTest.class)
            .input("successesA", LONG, BayesianAbTest::successesA)
            .input("trialsA", LONG, BayesianAbTest::trialsA)
            .input("successesB", LONG, BayesianAbTest::successesB)
            .input("trialsB", LONG, BayesianAbTest::trialsB)
            .derived("probabilityBBeatsA", OPTIONAL_DOUBLE, BayesianAbTest::toOptionalDouble)
            .derived("reason", optional(STRING), BayesianAbTest::undefinedReason)
            .build(v -> test(v, (sA, nA, sB, nB) -> {
                checkBayesianCost(sA, nA, sB, nB);
                return BayesianAbTest.of(sA, nA, sB, nB);
            }, BayesianAbTest::undefined, BayesianAbTest::undefinedReason));

    private StatsShapes() {
    }

    /**
     * Rejects counts whose Bayesian test would take more than {@link #MAX_BAYESIAN_TERMS} terms
     * to recompute; counts core rejects (negative, more successes than trials) pass, for core's
     * message.
     */
    static void checkBayesianCost(long successesA, long trialsA, long successesB, long trialsB) {
        if (Math.min(Math.min(successesA, trialsA), Math.min(successesB, trialsB)) < 0) {
            return;
        }
        long terms = Math.min(Math.min(successesA, trialsA - successesA), Math.min(successesB, trialsB - successesB));
        if (terms >= MAX_BAYESIAN_TERMS) {
            throw new IllegalArgumentException("min(successesA, trialsA - successesA, successesB, trialsB - successesB) "
                    + "must be < " + MAX_BAYESIAN_TERMS + " for kpi-json to recompute the Bayesian test, was " + terms
                    + " (" + successesA + "/" + trialsA + " vs " + successesB + "/" + trialsB + ")");
        }
    }

    static List<Shape<?>> all() {
        return List.of(WILSON_INTERVAL, TWO_PROPORTION_Z_TEST, BAYESIAN_AB_TEST);
    }

    /** Builds a test of four counts. */
    @FunctionalInterface
    private interface Counts<T> {
        T of(long successesA, long trialsA, long successesB, long trialsB);
    }

    /** Builds an undefined test of four counts with a reason. */
    @FunctionalInterface
    private interface Undefined<T> {
        T of(long successesA, long trialsA, long successesB, long trialsB, String reason);
    }

    /**
     * Rebuilds a test from its counts through {@code of}; with a stated reason that {@code of}
     * does not give, or counts {@code of} refuses (more successes than trials), through
     * {@code undefined} with that reason, which still rejects negative counts.
     */
    private static <T> T test(Values v, Counts<T> of, Undefined<T> undefined, Function<T, Optional<String>> reasonOf)
            throws JsonMappingException {
        long sA = v.getLong("successesA");
        long nA = v.getLong("trialsA");
        long sB = v.getLong("successesB");
        long nB = v.getLong("trialsB");
        Optional<String> reason = statedReason(v);
        T t;
        try {
            t = of.of(sA, nA, sB, nB);
        } catch (IllegalArgumentException e) {
            if (reason.isEmpty()) {
                throw e;
            }
            return undefined.of(sA, nA, sB, nB, reason.get());
        }
        return reason.isEmpty() || reason.equals(reasonOf.apply(t)) ? t : undefined.of(sA, nA, sB, nB, reason.get());
    }

    /** The reason given for a derived {@code reason} field: empty when absent or {@code null}. */
    static Optional<String> statedReason(Values v) {
        return v.stated("reason").flatMap(o -> ((Optional<?>) o).map(String.class::cast));
    }
}
