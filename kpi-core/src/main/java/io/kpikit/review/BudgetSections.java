package io.kpikit.review;

import io.kpikit.budget.AllocationMix;
import io.kpikit.budget.BudgetLine;
import io.kpikit.budget.BudgetNode;
import io.kpikit.budget.BudgetReport;
import io.kpikit.budget.CategoryPath;
import io.kpikit.budget.Forecast;
import io.kpikit.budget.ForecastMethod;
import io.kpikit.budget.LineKind;
import io.kpikit.budget.MixShare;
import io.kpikit.budget.PhasedBudget;
import io.kpikit.budget.ToleranceBand;
import io.kpikit.budget.Variance;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds the budget section with the budget APIs. */
final class BudgetSections {

    private static final String BUDGET = "budget";

    private BudgetSections() {
    }

    static BudgetSection budget(BudgetInput in, Warnings w) {
        ToleranceBand band = in.toleranceBand();
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetLineInput l : in.lines()) {
            lines.add(l.toBudgetLine());
        }
        BudgetReport report = BudgetReport.of(lines, band);
        List<VarianceRow> lineRows = new ArrayList<>();
        for (BudgetLine l : report.lines()) {
            Variance v = report.variance(l.id());
            if (l.budget().isZero()) {
                w.add(BUDGET, l.id(), "budget is zero: variance % and execution rate are undefined, status "
                        + v.status());
            }
            lineRows.add(row(l.path(), l.name(), List.of(l.id()), v));
        }
        List<VarianceRow> tree = new ArrayList<>();
        for (BudgetNode node : report.nodes()) {
            String name = node.path().isRoot() ? "total"
                    : node.path().segments().get(node.path().depth() - 1);
            for (Optional<Variance> v : List.of(node.cost(), node.revenue())) {
                v.ifPresent(x -> tree.add(row(node.path(), name, node.lineIds(), x)));
            }
        }
        List<PhasingRow> phasing = new ArrayList<>();
        for (int i = 0; i < in.lines().size(); i++) {
            BudgetLineInput l = in.lines().get(i);
            if (l.monthlyPlan() != null) {
                List<Money> actuals = l.monthlyActual() == null ? List.of() : l.monthlyActual();
                phasing.add(phasing(PhasedBudget.of(lines.get(i), l.monthlyPlan(), actuals), band, w));
            }
        }
        return new BudgetSection(band.below(), band.above(), lineRows, tree, phasing, mixes(report, w));
    }

    /** One mix per tag key of the cost lines, by key; none when no cost line has a tag. */
    private static List<MixSection> mixes(BudgetReport report, Warnings w) {
        Set<String> keys = new TreeSet<>();
        for (BudgetLine l : report.lines()) {
            if (l.kind() == LineKind.COST) {
                keys.addAll(l.tags().keySet());
            }
        }
        List<MixSection> mixes = new ArrayList<>();
        for (String key : keys) {
            AllocationMix mix = AllocationMix.from(report, key);
            for (MixShare g : mix.groups()) {
                String item = key + "=" + g.group();
                w.check(BUDGET, item, "budgetShare", g.budgetShare());
                w.check(BUDGET, item, "actualShare", g.actualShare());
            }
            mixes.add(new MixSection(key, mix.totalBudget(), mix.totalActual(), mix.groups()));
        }
        return mixes;
    }

    private static VarianceRow row(CategoryPath path, String name, List<String> ids, Variance v) {
        return new VarianceRow(path.toString(), name, path.depth(), v.kind(), v.budget(), v.actual(), v.variance(),
                v.variancePercent(), v.executionRate(), v.favourability(), v.status(), ids);
    }

    private static PhasingRow phasing(PhasedBudget b, ToleranceBand band, Warnings w) {
        Forecast f = b.forecast(ForecastMethod.PLAN_BASED, band);
        Money planToDate = b.planToDate();
        Money actualToDate = b.actualToDate();
        return new PhasingRow(b.lineId(), b.periods(), b.elapsed(), planToDate, actualToDate,
                w.check(BUDGET, b.lineId(), "executionToDate", Ratio.of(actualToDate, planToDate)),
                w.check(BUDGET, b.lineId(), "burnRate", b.burnRate()), f.atCompletion(), f.variance().variance());
    }
}
