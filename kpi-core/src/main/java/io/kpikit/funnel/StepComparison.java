package io.kpikit.funnel;

import io.kpikit.core.Ratio;
import io.kpikit.stats.BayesianAbTest;
import io.kpikit.stats.TwoProportionZTest;
import java.util.Objects;
import java.util.Optional;

/**
 * One funnel step of variant A against the same step of variant B.
 *
 * <p>With {@code pA = conversionsA / entrantsA} and {@code pB} likewise:
 * absolute lift {@code pB - pA} (a difference of rates, in rate units: 0.01 is one percentage
 * point) and relative lift {@code (pB - pA) / pA}, both exact {@link Ratio}s computed from the
 * counts; the pooled two-sided {@link TwoProportionZTest}; and the {@link BayesianAbTest}
 * probability that B's rate is higher. Lifts are undefined when a side has no entrants (and the
 * relative lift when A has no conversions). The tests are undefined, with a reason, when a rate
 * exceeds 1 (non-strict funnels).
 *
 * @param from the name of the earlier stage
 * @param to the name of the later stage
 * @param entrantsA entrants in A
 * @param conversionsA conversions in A
 * @param entrantsB entrants in B
 * @param conversionsB conversions in B
 * @param absoluteLift pB - pA
 * @param relativeLift (pB - pA) / pA
 * @param zTest the pooled two-proportion z-test
 * @param bayesian the probability that B beats A
 * @param sampleWarning why the sample is below the {@link MinimumSample}, or empty
 */
public record StepComparison(String from, String to, long entrantsA, long conversionsA, long entrantsB,
        long conversionsB, Ratio absoluteLift, Ratio relativeLift, TwoProportionZTest zTest, BayesianAbTest bayesian,
        Optional<String> sampleWarning) {

    /**
     * Checks that no component is null.
     *
     * @param from the name of the earlier stage
     * @param to the name of the later stage
     * @param entrantsA entrants in A
     * @param conversionsA conversions in A
     * @param entrantsB entrants in B
     * @param conversionsB conversions in B
     * @param absoluteLift pB - pA
     * @param relativeLift (pB - pA) / pA
     * @param zTest the pooled two-proportion z-test
     * @param bayesian the probability that B beats A
     * @param sampleWarning why the sample is below the {@link MinimumSample}, or empty
     * @throws NullPointerException if a component is null
     */
    public StepComparison {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(absoluteLift, "absoluteLift");
        Objects.requireNonNull(relativeLift, "relativeLift");
        Objects.requireNonNull(zTest, "zTest");
        Objects.requireNonNull(bayesian, "bayesian");
        Objects.requireNonNull(sampleWarning, "sampleWarning");
    }

    /**
     * Returns A's rate, {@code conversionsA / entrantsA}.
     *
     * @return the rate of A
     */
    public Ratio rateA() {
        return Ratio.of(conversionsA, entrantsA);
    }

    /**
     * Returns B's rate, {@code conversionsB / entrantsB}.
     *
     * @return the rate of B
     */
    public Ratio rateB() {
        return Ratio.of(conversionsB, entrantsB);
    }

    /**
     * Returns whether the comparison is below the minimum sample.
     *
     * @return {@code true} if flagged
     */
    public boolean isBelowMinimumSample() {
        return sampleWarning.isPresent();
    }
}
