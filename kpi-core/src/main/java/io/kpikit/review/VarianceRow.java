package io.kpikit.review;

import io.kpikit.budget.BudgetStatus;
import io.kpikit.budget.Favourability;
import io.kpikit.budget.LineKind;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.List;
import java.util.Objects;

/**
 * One budget line, or one node of the category tree rolled up for one kind (cost or revenue),
 * against its budget: variance, variance %, execution rate, favourability and status within the
 * tolerance band.
 *
 * <pre>{@code
 * // digital/KOL: budget 2M, actual 1.76M: variance -240,000 (-12%), FAVOURABLE, UNDERSPENT
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param path the category path; "" for the root (the whole budget)
 * @param name the line's name, or the last segment of a node's path ("total" for the root)
 * @param depth the number of segments of the path
 * @param kind cost or revenue
 * @param budget the budget
 * @param actual the actual
 * @param variance actual − budget
 * @param variancePercent (actual − budget) ÷ budget
 * @param executionRate actual ÷ budget
 * @param favourability whether the variance is good news for this kind
 * @param status the variance % against the tolerance band
 * @param lines the paths of the lines in this subtree (a line lists itself)
 */
public record VarianceRow(String path, String name, int depth, LineKind kind, Money budget, Money actual,
        Money variance, Ratio variancePercent, Ratio executionRate, Favourability favourability, BudgetStatus status,
        List<String> lines) {

    /**
     * Checks the components and copies the lists.
     *
     * @param path the category path; "" for the root (the whole budget)
     * @param name the line's name, or the last segment of a node's path ("total" for the root)
     * @param depth the number of segments of the path
     * @param kind cost or revenue
     * @param budget the budget
     * @param actual the actual
     * @param variance actual − budget
     * @param variancePercent (actual − budget) ÷ budget
     * @param executionRate actual ÷ budget
     * @param favourability whether the variance is good news for this kind
     * @param status the variance % against the tolerance band
     * @param lines the paths of the lines in this subtree (a line lists itself)
     * @throws NullPointerException if a required component is null
     */
    public VarianceRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(variance, "variance");
        Objects.requireNonNull(variancePercent, "variancePercent");
        Objects.requireNonNull(executionRate, "executionRate");
        Objects.requireNonNull(favourability, "favourability");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
