package io.kpikit.review;

import io.kpikit.budget.MixShare;
import io.kpikit.core.Money;
import java.util.List;
import java.util.Objects;

/**
 * The split of the budget's cost lines by the values of one tag key ({@code mix=proven},
 * {@code mix=experimental}), from {@link io.kpikit.budget.AllocationMix}: each group's budget and
 * actual and their shares of the cost totals. Lines without the tag form the group
 * {@code "untagged"}, so the shares sum to 1; revenue lines are left out.
 *
 * <pre>{@code
 * // proven 8M of 10M budgeted (80%), 7.74M of 9.5M spent (81.47%);
 * // experimental 2M (20%), 1.76M (18.53%)
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tagKey the tag key, such as {@code "mix"}
 * @param totalBudget the budget of all cost lines
 * @param totalActual the actual of all cost lines
 * @param groups one group per tag value, by value, {@code "untagged"} last
 */
public record MixSection(String tagKey, Money totalBudget, Money totalActual, List<MixShare> groups) {

    /**
     * Checks the components and copies the list.
     *
     * @param tagKey the tag key
     * @param totalBudget the budget of all cost lines
     * @param totalActual the actual of all cost lines
     * @param groups one group per tag value
     * @throws NullPointerException if a component is null
     */
    public MixSection {
        Objects.requireNonNull(tagKey, "tagKey");
        Objects.requireNonNull(totalBudget, "totalBudget");
        Objects.requireNonNull(totalActual, "totalActual");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }
}
