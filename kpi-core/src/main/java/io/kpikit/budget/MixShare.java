package io.kpikit.budget;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One group of an {@link AllocationMix}: the lines sharing a tag value, their budget and actual,
 * and their shares of the totals.
 *
 * @param group the tag value, or {@link AllocationMix#UNTAGGED} for lines without the tag
 * @param budget the exact sum of the group's budgets
 * @param actual the exact sum of the group's actuals
 * @param budgetShare budget ÷ total budget; undefined when the total budget is zero
 * @param actualShare actual ÷ total actual; undefined when the total actual is zero
 */
public record MixShare(String group, Money budget, Money actual, Ratio budgetShare, Ratio actualShare) {

    /**
     * Validates the components.
     *
     * @param group the tag value, or {@link AllocationMix#UNTAGGED} for lines without the tag
     * @param budget the exact sum of the group's budgets
     * @param actual the exact sum of the group's actuals
     * @param budgetShare budget ÷ total budget; undefined when the total budget is zero
     * @param actualShare actual ÷ total actual; undefined when the total actual is zero
     * @throws NullPointerException if a component is null
     */
    public MixShare {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(budgetShare, "budgetShare");
        Objects.requireNonNull(actualShare, "actualShare");
    }

    /**
     * Returns the amount of the given basis.
     *
     * @param basis budget or actual
     * @return the budget or the actual
     * @throws NullPointerException if {@code basis} is null
     */
    public Money amount(MixBasis basis) {
        return Objects.requireNonNull(basis, "basis") == MixBasis.BUDGET ? budget : actual;
    }

    /**
     * Returns the share of the given basis.
     *
     * @param basis budget or actual
     * @return the budget share or the actual share
     * @throws NullPointerException if {@code basis} is null
     */
    public Ratio share(MixBasis basis) {
        return Objects.requireNonNull(basis, "basis") == MixBasis.BUDGET ? budgetShare : actualShare;
    }
}
