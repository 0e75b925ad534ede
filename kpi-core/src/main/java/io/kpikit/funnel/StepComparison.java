package io.kpikit.funnel;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import io.kpikit.stats.BayesianAbTest;
import io.kpikit.stats.TwoProportionZTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * exceeds 1 (non-strict funnels). {@link #of} computes every figure from the four counts and a
 * {@link MinimumSample}; the canonical constructor takes them as given.
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
     * Compares one step of B with the same step of A: the lifts, the pooled z-test and the
     * Bayesian probability from the four counts, and a warning when either side is below
     * {@code minimum}. {@link FunnelComparison} builds its steps with this factory.
     *
     * <p>Example, checkable by hand: A 50 of 1,000, B 75 of 1,000 give
     * {@code absoluteLift = (75·1000 − 50·1000) / (1000·1000) = 0.025} (2.5 points) and
     * {@code relativeLift = 25,000 / (50·1000) = 0.5}; with the default minimum sample there is
     * no warning.
     *
     * <pre>{@code
     * StepComparison s = StepComparison.of("visit", "order", 1000, 50, 1000, 75, MinimumSample.DEFAULT);
     * s.absoluteLift().doubleValue();   // 0.025
     * s.zTest().pValue();               // 0.0209...
     * }</pre>
     *
     * @param from the name of the earlier stage
     * @param to the name of the later stage
     * @param entrantsA entrants in A, at least 0
     * @param conversionsA conversions in A, at least 0; may exceed the entrants (non-strict
     *     funnels), which leaves the tests undefined with a reason
     * @param entrantsB entrants in B, at least 0
     * @param conversionsB conversions in B, at least 0; may exceed the entrants
     * @param minimum the minimum sample below which the step is flagged
     * @return the comparison
     * @throws IllegalArgumentException if a count is negative; the message names it and its
     *     value, as {@code "entrantsA must be >= 0, was -1"}
     * @throws NullPointerException if a name or {@code minimum} is null
     */
    public static StepComparison of(String from, String to, long entrantsA, long conversionsA, long entrantsB,
            long conversionsB, MinimumSample minimum) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(minimum, "minimum");
        long eA = Checks.nonNegative(entrantsA, "entrantsA");
        long cA = Checks.nonNegative(conversionsA, "conversionsA");
        long eB = Checks.nonNegative(entrantsB, "entrantsB");
        long cB = Checks.nonNegative(conversionsB, "conversionsB");
        BigDecimal diff = BigDecimal.valueOf(cB).multiply(BigDecimal.valueOf(eA))
                .subtract(BigDecimal.valueOf(cA).multiply(BigDecimal.valueOf(eB)));
        String where = " at step " + from + " -> " + to;
        Ratio absolute = eA == 0 || eB == 0
                ? Ratio.undefined(diff, BigDecimal.valueOf(eA).multiply(BigDecimal.valueOf(eB)),
                        "no entrants in " + (eA == 0 ? "A" : "B") + where)
                : Ratio.of(diff, BigDecimal.valueOf(eA).multiply(BigDecimal.valueOf(eB)));
        BigDecimal relDen = BigDecimal.valueOf(cA).multiply(BigDecimal.valueOf(eB));
        Ratio relative;
        if (eA == 0 || eB == 0) {
            relative = Ratio.undefined(diff, relDen, "no entrants in " + (eA == 0 ? "A" : "B") + where);
        } else if (cA == 0) {
            relative = Ratio.undefined(diff, relDen, "relative lift from a zero rate in A" + where);
        } else {
            relative = Ratio.of(diff, relDen);
        }
        TwoProportionZTest z;
        BayesianAbTest bayes;
        if (cA > eA || cB > eB) {
            String reason = "rate above 1" + where + " (non-strict funnel); the tests need proportions";
            z = TwoProportionZTest.undefined(cA, eA, cB, eB, reason);
            bayes = BayesianAbTest.undefined(cA, eA, cB, eB, reason);
        } else {
            z = TwoProportionZTest.of(cA, eA, cB, eB);
            bayes = BayesianAbTest.of(cA, eA, cB, eB);
        }
        return new StepComparison(from, to, eA, cA, eB, cB, absolute, relative, z, bayes,
                warning(eA, cA, eB, cB, minimum));
    }

    private static Optional<String> warning(long eA, long cA, long eB, long cB, MinimumSample m) {
        List<String> problems = new ArrayList<>();
        check(problems, "A", eA, cA, m);
        check(problems, "B", eB, cB, m);
        return problems.isEmpty() ? Optional.empty() : Optional.of("below minimum sample: " + String.join("; ", problems));
    }

    private static void check(List<String> problems, String side, long entrants, long conversions, MinimumSample m) {
        long nonConversions = Math.max(0, entrants - conversions);
        if (entrants < m.minEntrants()) {
            problems.add(side + " has " + entrants + " entrants (< " + m.minEntrants() + ")");
        }
        if (conversions < m.minOutcomes()) {
            problems.add(side + " has " + conversions + " conversions (< " + m.minOutcomes() + ")");
        }
        if (nonConversions < m.minOutcomes()) {
            problems.add(side + " has " + nonConversions + " non-conversions (< " + m.minOutcomes() + ")");
        }
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
