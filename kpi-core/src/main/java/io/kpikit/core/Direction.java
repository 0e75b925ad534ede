package io.kpikit.core;

/**
 * Which way a KPI improves: the polarity that attainment, variance and status bands need.
 *
 * <p>Sales, share and conversion are {@link #HIGHER_IS_BETTER}; cost, CAC and churn are
 * {@link #LOWER_IS_BETTER}. Example: a change of {@code −8%} in spend is favourable for a
 * {@code LOWER_IS_BETTER} KPI: {@code LOWER_IS_BETTER.isFavourable(-0.08)} is {@code true}.
 */
public enum Direction {

    /** More is better: sales, revenue, market share, conversion, NPS. */
    HIGHER_IS_BETTER(1),

    /** Less is better: cost, CAC, churn, days to convert. */
    LOWER_IS_BETTER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /**
     * Returns {@code +1} for higher-is-better and {@code −1} for lower-is-better: multiply a
     * change by it to get a change that is positive when favourable.
     *
     * @return the sign of an improvement
     */
    public int sign() {
        return sign;
    }

    /**
     * Returns whether a change of {@code delta} (new minus old, or actual minus target) is an
     * improvement. A zero change is not favourable.
     *
     * @param delta the signed change; must be finite
     * @return {@code true} if the change is an improvement
     * @throws IllegalArgumentException if {@code delta} is NaN or infinite
     */
    public boolean isFavourable(double delta) {
        return sign * Checks.finite(delta, "delta") > 0;
    }

    /**
     * Returns whether {@code candidate} is at least as good as {@code reference}.
     *
     * @param candidate the value being judged, such as the actual
     * @param reference the value it is judged against, such as the target
     * @return {@code true} if {@code candidate} meets or beats {@code reference}
     * @throws IllegalArgumentException if an argument is NaN or infinite
     */
    public boolean meetsOrBeats(double candidate, double reference) {
        double c = Checks.finite(candidate, "candidate");
        double r = Checks.finite(reference, "reference");
        return sign > 0 ? c >= r : c <= r;
    }
}
