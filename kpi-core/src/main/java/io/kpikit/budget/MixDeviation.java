package io.kpikit.budget;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far one group's share lies from its target in a {@link MixCheck}.
 *
 * <p>{@code deviation = share − target = (amount − target × total) ÷ total}, as a fraction;
 * multiply by 100 for percentage points ({@code 0.03} is +3 points). The deviation is
 * undefined, and the group not within tolerance, when the total is zero.
 *
 * @param group the group
 * @param share the group's share of the total
 * @param target the target share, zero when the target does not name the group
 * @param deviation share − target, as a fraction
 * @param withinTolerance whether {@code |deviation|} is at most the tolerance, bounds included
 */
public record MixDeviation(String group, Ratio share, BigDecimal target, Ratio deviation, boolean withinTolerance) {

    /**
     * Validates the components.
     *
     * @param group the group
     * @param share the group's share of the total
     * @param target the target share, zero when the target does not name the group
     * @param deviation share − target, as a fraction
     * @param withinTolerance whether {@code |deviation|} is at most the tolerance, bounds included
     * @throws IllegalArgumentException if a tolerance pass is claimed for an undefined deviation
     * @throws NullPointerException if a component is null
     */
    public MixDeviation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deviation, "deviation");
        if (withinTolerance && !deviation.isDefined()) {
            throw new IllegalArgumentException("withinTolerance must be false for an undefined deviation (group \""
                    + group + "\")");
        }
    }
}
