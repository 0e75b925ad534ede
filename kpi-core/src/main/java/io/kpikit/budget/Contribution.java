package io.kpikit.budget;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One line's part in the total variance of the lines of its kind in a report, as returned by
 * {@link BudgetReport#largestContributors(LineKind, int)}.
 *
 * <p>{@code share = |variance of the line| ÷ Σ |variance of every line of the same kind|}; the
 * denominator is {@link #totalAbsoluteVariance()}. Cost and revenue lines are never ranked
 * against one total, just as they are never netted in the roll-up. Absolute values are used so
 * that shares are never negative and the shares of all lines of a kind sum to exactly 1, even
 * when over- and underspending cancel out in the net total (where a share of the net would be
 * unbounded). The share is undefined when no line of the kind varies at all.
 *
 * @param lineId the line id
 * @param kind the kind of line
 * @param variance actual − budget of the line
 * @param totalAbsoluteVariance the basis of the share: Σ |actual − budget| over the report's
 *     lines of {@code kind}
 * @param share {@code |variance| ÷ totalAbsoluteVariance}
 */
public record Contribution(String lineId, LineKind kind, Money variance, Money totalAbsoluteVariance, Ratio share) {

    /**
     * Validates the components.
     *
     * @param lineId the line id
     * @param kind the kind of line
     * @param variance actual − budget of the line
     * @param totalAbsoluteVariance the basis of the share: Σ |actual − budget| over the report's lines of {@code kind}
     * @param share {@code |variance| ÷ totalAbsoluteVariance}
     * @throws NullPointerException if a component is null
     */
    public Contribution {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variance, "variance");
        Objects.requireNonNull(totalAbsoluteVariance, "totalAbsoluteVariance");
        Objects.requireNonNull(share, "share");
    }
}
