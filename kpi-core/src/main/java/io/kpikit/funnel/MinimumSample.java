package io.kpikit.funnel;

import io.kpikit.core.Checks;

/**
 * The smallest sample for which a funnel comparison is trusted: below it a
 * {@link StepComparison} is flagged. The default, {@link #DEFAULT}, asks for at least 30
 * entrants and at least 5 conversions and 5 non-conversions on each side, the usual rule of
 * thumb for the normal approximation behind the z-test.
 *
 * @param minEntrants the fewest entrants allowed on either side
 * @param minOutcomes the fewest conversions, and the fewest non-conversions, allowed on either side
 */
public record MinimumSample(long minEntrants, long minOutcomes) {

    /** At least 30 entrants and 5 conversions and 5 non-conversions per side. */
    public static final MinimumSample DEFAULT = new MinimumSample(30, 5);

    /**
     * Validates the thresholds.
     *
     * @param minEntrants the fewest entrants allowed on either side
     * @param minOutcomes the fewest conversions, and the fewest non-conversions, allowed on either side
     * @throws IllegalArgumentException if a threshold is negative
     */
    public MinimumSample {
        Checks.nonNegative(minEntrants, "minEntrants");
        Checks.nonNegative(minOutcomes, "minOutcomes");
    }
}
