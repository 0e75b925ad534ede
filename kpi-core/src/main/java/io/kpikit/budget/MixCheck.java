package io.kpikit.budget;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking an {@link AllocationMix} against a {@link MixTarget}: one
 * {@link MixDeviation} per group named by the mix or the target, and a verdict.
 *
 * <p>The check passes when every group lies within the tolerance; a group whose deviation is
 * undefined (a zero total) fails it.
 *
 * @param basis whether budget or actual shares were checked
 * @param target the target checked against
 * @param deviations one entry per group, in group order with {@link AllocationMix#UNTAGGED} last
 */
public record MixCheck(MixBasis basis, MixTarget target, List<MixDeviation> deviations) {

    /**
     * Validates and copies the components.
     *
     * @param basis whether budget or actual shares were checked
     * @param target the target checked against
     * @param deviations one entry per group, in group order with {@link AllocationMix#UNTAGGED} last
     * @throws NullPointerException if a component is null
     */
    public MixCheck {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(target, "target");
        deviations = List.copyOf(Objects.requireNonNull(deviations, "deviations"));
    }

    /**
     * Returns whether every group is within tolerance.
     *
     * @return {@code true} if the mix meets the target
     */
    public boolean passed() {
        return deviations.stream().allMatch(MixDeviation::withinTolerance);
    }
}
