package io.kpikit.review;

import io.kpikit.budget.ToleranceBand;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The budget section of a {@link ReviewDocument}: the lines and the tolerance band their
 * variance is judged against.
 *
 * <pre>{@code
 * new BudgetInput(null, null, lines);   // judged against the default ±5% band
 * }</pre>
 *
 * @param toleranceBelow how far below budget a line may land before it is flagged, as a
 *     fraction ({@code 0.05}); null for the default 0.05
 * @param toleranceAbove how far above budget a line may land, as a fraction; null for 0.05
 * @param lines the budget lines, at least one, paths unique
 */
public record BudgetInput(BigDecimal toleranceBelow, BigDecimal toleranceAbove, List<BudgetLineInput> lines) {

    /**
     * Validates the section.
     *
     * @param toleranceBelow the tolerance below budget, {@code >= 0}, or null for 0.05
     * @param toleranceAbove the tolerance above budget, {@code >= 0}, or null for 0.05
     * @param lines the budget lines, at least one, paths unique
     * @throws ReviewInputException if a tolerance is negative, there is no line, or a path repeats
     * @throws NullPointerException if {@code lines} or a line is null
     */
    public BudgetInput {
        Fields.nonNegative(toleranceBelow, "toleranceBelow", "");
        Fields.nonNegative(toleranceAbove, "toleranceAbove", "");
        lines = Fields.nonEmptyList(lines, "lines", "");
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String path = lines.get(i).toBudgetLine().path().toString();
            if (!paths.add(path)) {
                throw new ReviewInputException(Fields.at("lines", i, "path"), "path must be unique, was \"" + path + "\" twice");
            }
        }
    }

    /**
     * Returns the tolerance band.
     *
     * @return the band {@code [−toleranceBelow, +toleranceAbove]}, 0.05 where absent
     */
    public ToleranceBand toleranceBand() {
        BigDecimal below = toleranceBelow == null ? ToleranceBand.DEFAULT.below() : toleranceBelow;
        BigDecimal above = toleranceAbove == null ? ToleranceBand.DEFAULT.above() : toleranceAbove;
        return ToleranceBand.of(below, above);
    }
}
