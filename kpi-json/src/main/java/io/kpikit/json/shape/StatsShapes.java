package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.LONG;
import static io.kpikit.json.shape.Codecs.OPTIONAL_DOUBLE;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.optional;

import io.kpikit.stats.BayesianAbTest;
import io.kpikit.stats.TwoProportionZTest;
import io.kpikit.stats.WilsonInterval;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Shapes of {@code io.kpikit.stats}: the Wilson interval and the two A/B tests. */
final class StatsShapes {

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
     * A two-proportion z-test, write-only: core does not expose the counts it was computed
     * from. The z score and p-value ({@code null} when undefined) and the reason.
     */
    static final Shape<TwoProportionZTest> TWO_PROPORTION_Z_TEST = Shape.builder(TwoProportionZTest.class)
            .derived("zScore", OPTIONAL_DOUBLE, t -> t.isDefined() ? OptionalDouble.of(t.zScore()) : OptionalDouble.empty())
            .derived("pValue", OPTIONAL_DOUBLE, TwoProportionZTest::toOptionalPValue)
            .derived("reason", optional(STRING), TwoProportionZTest::undefinedReason)
            .writeOnly();

    /**
     * A Bayesian A/B test, write-only: core does not expose the counts it was computed from.
     * The probability that B beats A ({@code null} when undefined) and the reason.
     */
    static final Shape<BayesianAbTest> BAYESIAN_AB_TEST = Shape.builder(BayesianAbTest.class)
            .derived("probabilityBBeatsA", OPTIONAL_DOUBLE, BayesianAbTest::toOptionalDouble)
            .derived("reason", optional(STRING), BayesianAbTest::undefinedReason)
            .writeOnly();

    private StatsShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(WILSON_INTERVAL, TWO_PROPORTION_Z_TEST, BAYESIAN_AB_TEST);
    }

    /** The reason given for a derived {@code reason} field: empty when absent or {@code null}. */
    static Optional<String> statedReason(Values v) {
        return v.stated("reason").flatMap(o -> ((Optional<?>) o).map(String.class::cast));
    }
}
