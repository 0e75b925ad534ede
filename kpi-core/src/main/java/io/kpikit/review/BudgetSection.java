package io.kpikit.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The budget section of a review report: every line and every node of the category tree against
 * budget, the monthly phasing of the lines that have it, and the split of the cost lines by each
 * tag key ({@link MixSection}).
 *
 * <pre>{@code
 * report.budget().tree().get(0).executionRate();   // 9.5M / 10M = 0.95
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param toleranceBelow how far below budget a line may land, as a fraction
 * @param toleranceAbove how far above budget a line may land
 * @param lines the lines, in document order
 * @param tree the root and every node, sorted by path, cost before revenue
 * @param phasing the lines with a monthly plan, in document order
 * @param mixes one allocation mix per tag key of the cost lines, by key; empty without tags
 */
public record BudgetSection(BigDecimal toleranceBelow, BigDecimal toleranceAbove, List<VarianceRow> lines,
        List<VarianceRow> tree, List<PhasingRow> phasing, List<MixSection> mixes) {

    /**
     * Checks the components and copies the lists.
     *
     * @param toleranceBelow how far below budget a line may land, as a fraction
     * @param toleranceAbove how far above budget a line may land
     * @param lines the lines, in document order
     * @param tree the root and every node, sorted by path, cost before revenue
     * @param phasing the lines with a monthly plan, in document order
     * @param mixes one allocation mix per tag key of the cost lines, by key
     * @throws NullPointerException if a required component is null
     */
    public BudgetSection {
        Objects.requireNonNull(toleranceBelow, "toleranceBelow");
        Objects.requireNonNull(toleranceAbove, "toleranceAbove");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        tree = List.copyOf(Objects.requireNonNull(tree, "tree"));
        phasing = List.copyOf(Objects.requireNonNull(phasing, "phasing"));
        mixes = List.copyOf(Objects.requireNonNull(mixes, "mixes"));
    }
}
