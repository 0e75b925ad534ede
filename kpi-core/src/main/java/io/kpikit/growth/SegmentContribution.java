package io.kpikit.growth;

import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One segment's part of a {@link GrowthContribution}: its own change and its contribution to
 * the total growth rate.
 *
 * <p>{@code contribution = (segment current - segment previous) / |total previous|}. All
 * contributions of one analysis share that denominator, so their numerators add up exactly to
 * the total change. A segment absent from a period counts as 0 in that period.
 *
 * @param segment the segment name (product line, region, channel)
 * @param change the segment's own change, previous to current (0 where absent)
 * @param contribution the segment's change divided by the absolute total base; undefined with
 *     {@code "base is zero"} when the total base is zero
 * @param inPrevious whether the segment was present in the previous period
 * @param inCurrent whether the segment is present in the current period
 */
public record SegmentContribution(String segment, Change change, Ratio contribution, boolean inPrevious,
        boolean inCurrent) {

    /**
     * Validates the components.
     *
     * @param segment the segment name (product line, region, channel)
     * @param change the segment's own change, previous to current (0 where absent)
     * @param contribution the segment's change divided by the absolute total base; undefined with {@code "base is zero"} when the total base is zero
     * @param inPrevious whether the segment was present in the previous period
     * @param inCurrent whether the segment is present in the current period
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the segment is in neither period
     */
    public SegmentContribution {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(contribution, "contribution");
        if (!inPrevious && !inCurrent) {
            throw new IllegalArgumentException("segment must be present in a period, was in neither (segment \""
                    + segment + "\")");
        }
    }
}
