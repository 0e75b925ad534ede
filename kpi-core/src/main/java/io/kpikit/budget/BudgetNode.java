package io.kpikit.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roll-up of one node of the category tree: every line whose path is this node or lies
 * below it, with cost and revenue totalled separately.
 *
 * <p>Cost and revenue are never netted against each other: a node's {@link #cost()} is the
 * exact sum of the budgets and actuals of its cost lines, judged as a cost; its
 * {@link #revenue()} likewise for revenue lines. A node without lines of a kind has an empty
 * roll-up for that kind (not a zero one, which would read as "planned zero, spent zero").
 *
 * @param path the node; the root is the whole report
 * @param lineIds the ids of the lines in this subtree, in report order
 * @param cost the roll-up of the cost lines, or empty when the subtree has none
 * @param revenue the roll-up of the revenue lines, or empty when the subtree has none
 */
public record BudgetNode(CategoryPath path, List<String> lineIds, Optional<Variance> cost,
        Optional<Variance> revenue) {

    /**
     * Validates and copies the components.
     *
     * @param path the node; the root is the whole report
     * @param lineIds the ids of the lines in this subtree, in report order
     * @param cost the roll-up of the cost lines, or empty when the subtree has none
     * @param revenue the roll-up of the revenue lines, or empty when the subtree has none
     * @throws IllegalArgumentException if both roll-ups are empty, or a roll-up has the wrong
     *     kind
     * @throws NullPointerException if a component is null
     */
    public BudgetNode {
        Objects.requireNonNull(path, "path");
        lineIds = List.copyOf(Objects.requireNonNull(lineIds, "lineIds"));
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(revenue, "revenue");
        if (cost.isEmpty() && revenue.isEmpty()) {
            throw new IllegalArgumentException("node must hold at least one line, was empty (node \"" + path + "\")");
        }
        if (cost.isPresent() && cost.get().kind() != LineKind.COST
                || revenue.isPresent() && revenue.get().kind() != LineKind.REVENUE) {
            throw new IllegalArgumentException("cost roll-up must be of kind COST and revenue of kind REVENUE (node \""
                    + path + "\")");
        }
    }

    /**
     * Returns the roll-up of one kind.
     *
     * @param kind cost or revenue
     * @return the roll-up, or empty when the subtree has no line of that kind
     * @throws NullPointerException if {@code kind} is null
     */
    public Optional<Variance> variance(LineKind kind) {
        return Objects.requireNonNull(kind, "kind") == LineKind.COST ? cost : revenue;
    }
}
