package io.kpikit.review;

import io.kpikit.budget.AllocationMix;
import io.kpikit.budget.BudgetLine;
import io.kpikit.budget.CategoryPath;
import io.kpikit.budget.LineKind;
import io.kpikit.budget.PhasedBudget;
import io.kpikit.core.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One budget line of a {@link ReviewDocument}: its place in the category tree, its kind, its
 * budget and actual, tags, and an optional monthly plan and actual.
 *
 * <p>The path is the line's id, so it is unique in the document; {@code "digital/KOL"} rolls up
 * into {@code "digital"} and the root. The monthly plan, when given, must sum to the budget to
 * the cent, and holds one amount per period of the year; the monthly actual holds the periods
 * elapsed (at most as many as the plan). Validation is {@link BudgetLine}'s and
 * {@link PhasedBudget}'s.
 *
 * <pre>{@code
 * new BudgetLineInput("digital/KOL", "KOL seeding", LineKind.COST, Money.parse("CNY 2000000"),
 *         Money.parse("CNY 1760000"), Map.of("mix", "experimental"), null, null);  // 12% under plan
 * }</pre>
 *
 * @param path the category path, such as {@code "digital/KOL"}; unique in the document
 * @param name the display name, or null for the last segment of the path
 * @param kind cost or revenue
 * @param budget the budget, {@code >= 0}
 * @param actual the actual, any sign (refunds can make it negative), in the budget's currency
 * @param tags key/value tags such as {@code mix=proven}, keys and values non-blank, values not
 *     {@code "untagged"} (the report's group of the cost lines without the tag); null for none.
 *     The report splits the cost lines by each tag key ({@link MixSection})
 * @param monthlyPlan the plan of every period, summing to {@code budget}, or null
 * @param monthlyActual the actuals of the periods elapsed, or null; requires {@code monthlyPlan}
 */
public record BudgetLineInput(String path, String name, LineKind kind, Money budget, Money actual,
        Map<String, String> tags, List<Money> monthlyPlan, List<Money> monthlyActual) {

    /**
     * Validates the line through {@link BudgetLine} and {@link PhasedBudget}.
     *
     * @param path the category path; unique in the document
     * @param name the display name, or null for the last segment of the path
     * @param kind cost or revenue
     * @param budget the budget, {@code >= 0}
     * @param actual the actual, any sign, in the budget's currency
     * @param tags key/value tags, or null for none
     * @param monthlyPlan the plan of every period, summing to {@code budget}, or null
     * @param monthlyActual the actuals of the periods elapsed, or null
     * @throws ReviewInputException if the path, name or a tag is invalid, the budget is
     *     negative, the currencies differ, an amount does not fit a {@code long} of minor units,
     *     or the monthly figures do not fit the budget; the message names the line
     * @throws NullPointerException if {@code path}, {@code kind}, {@code budget}, {@code actual}
     *     or a monthly amount is null
     */
    public BudgetLineInput {
        Objects.requireNonNull(path, "path");
        String item = Fields.item("budget line", path);
        String p = path;
        CategoryPath category = Fields.core("path", item, () -> CategoryPath.of(p));
        name = name == null ? category.segments().get(category.depth() - 1) : Fields.text(name, "name", item);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(actual, "actual");
        Fields.nonNegative(budget, "budget", item);
        // the report adds and subtracts the lines' amounts: each within a long of minor units
        Fields.minorUnits(budget, List.of("budget"), item);
        Fields.minorUnits(actual, List.of("actual"), item);
        if (!budget.currency().equals(actual.currency())) {
            throw new ReviewInputException("actual", "actual must be in " + budget.currency() + " (the budget's currency), was "
                    + actual + item);
        }
        tags = tags == null ? Map.of() : Fields.map(tags, "tags", item);
        for (Map.Entry<String, String> t : tags.entrySet()) {
            if (t.getKey().isBlank()) {
                throw new ReviewInputException(Fields.at("tags", t.getKey()), "tag key must not be blank, was \""
                        + t.getKey() + "\"" + item);
            }
            if (t.getValue().equals(AllocationMix.UNTAGGED)) {
                List<String> at = Fields.at("tags", t.getKey());
                throw new ReviewInputException(at, ReviewInputException.pointer(at) + " must not be \""
                        + AllocationMix.UNTAGGED + "\" (the report's name for lines without the tag), was \""
                        + t.getValue() + "\"" + item);
            }
            if (t.getValue().isBlank()) {
                List<String> at = Fields.at("tags", t.getKey());
                throw new ReviewInputException(at, ReviewInputException.pointer(at) + " must not be blank, was \""
                        + t.getValue() + "\"" + item);
            }
        }
        monthlyPlan = Fields.list(monthlyPlan, "monthlyPlan");
        monthlyActual = Fields.list(monthlyActual, "monthlyActual");
        if (monthlyActual != null && monthlyPlan == null) {
            throw new ReviewInputException("monthlyActual", "monthlyActual needs a monthlyPlan, was given without one"
                    + item);
        }
        BudgetLine line = Fields.core("", item, () -> toLine(p, null, kind, budget, actual, Map.of()));
        if (monthlyPlan != null) {
            List<Money> plan = monthlyPlan;
            List<Money> actuals = monthlyActual == null ? List.of() : monthlyActual;
            if (plan.isEmpty()) {
                throw new ReviewInputException("monthlyPlan", "monthlyPlan must have at least one period, was []" + item);
            }
            for (int i = 0; i < plan.size(); i++) {
                monthly(plan.get(i), budget, Fields.at("monthlyPlan", i), true, item);
            }
            for (int i = 0; i < actuals.size(); i++) {
                monthly(actuals.get(i), budget, Fields.at("monthlyActual", i), false, item);
            }
            if (actuals.size() > plan.size()) {
                throw new ReviewInputException("monthlyActual", "monthlyActual must have at most " + plan.size()
                        + " periods (the plan's), was " + actuals.size() + item);
            }
            // the core message names the line ("plan must sum to the budget of line ..."), so no item
            Fields.core("monthlyPlan", "", () -> PhasedBudget.of(line, plan, actuals));
        }
    }

    private static void monthly(Money amount, Money budget, List<String> at, boolean plan, String item) {
        String name = ReviewInputException.pointer(at);
        if (!amount.currency().equals(budget.currency())) {
            throw new ReviewInputException(at, name + " must be in " + budget.currency() + " (the budget's currency), was "
                    + amount + item);
        }
        if (plan && amount.isNegative()) {
            throw new ReviewInputException(at, name + " must be >= 0, was " + amount + item);
        }
        Fields.minorUnits(amount, at, item);
    }

    private static BudgetLine toLine(String path, String name, LineKind kind, Money budget, Money actual,
            Map<String, String> tags) {
        BudgetLine line = BudgetLine.of(path, name == null ? path : name, path, kind, budget, actual);
        for (Map.Entry<String, String> t : tags.entrySet()) {
            line = line.withTag(t.getKey(), t.getValue());
        }
        return line;
    }

    /**
     * Returns the line as a core {@link BudgetLine} whose id is the path.
     *
     * @return the budget line
     */
    public BudgetLine toBudgetLine() {
        return toLine(path, name, kind, budget, actual, tags);
    }
}
