package io.kpikit.budget;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One line's part in the total variance of a report, as returned by
 * {@link BudgetReport#largestContributors(int)}.
 *
 * <p>{@code share = |variance of the line| ÷ Σ |variance of every line|}. Absolute values are
 * used so that shares are never negative and the shares of all lines sum to exactly 1, even
 * when over- and underspending cancel out in the net total (where a share of the net would be
 * unbounded). The share is undefined when no line varies at all.
 *
 * @param lineId the line id
 * @param kind the kind of line
 * @param variance actual − budget of the line
 * @param share the line's share of the total absolute variance
 */
public record Contribution(String lineId, LineKind kind, Money variance, Ratio share) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Contribution {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variance, "variance");
        Objects.requireNonNull(share, "share");
    }
}
