package io.kpikit.json.cli;

import io.kpikit.review.AttainmentSection;
import io.kpikit.review.AttributionRow;
import io.kpikit.review.AttributionSection;
import io.kpikit.review.BudgetSection;
import io.kpikit.review.GrowthRow;
import io.kpikit.review.GrowthSection;
import io.kpikit.review.KpiRow;
import io.kpikit.review.ModelCredit;
import io.kpikit.review.MoneyPerUnit;
import io.kpikit.review.PhasingRow;
import io.kpikit.review.ReviewReport;
import io.kpikit.review.ReviewWarning;
import io.kpikit.review.RoiRow;
import io.kpikit.review.RoiSection;
import io.kpikit.review.ScoreRow;
import io.kpikit.review.SeriesRow;
import io.kpikit.review.TargetKind;
import io.kpikit.review.VarianceRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code --format text} view of a {@link ReviewReport}: a readable summary for a terminal.
 *
 * <p>A header (organisation, period, currency), then one block per section the report has, in
 * the report's order (KPI attainment and scorecard, growth and series, return on spend,
 * customers, market, funnel, budget, attribution), each a {@link Table} whose columns fit their
 * content, numbers right-aligned; then the warnings. Values are formatted by
 * {@link ReportCells}: money with thousands separators at the currency's minor unit (the
 * currency is named in the header and in the column headings), rates as percentages with one
 * decimal ({@code 95.0%}), ROAS as {@code 1:4.2}, statuses in words ({@code at risk}). An
 * undefined value is {@code n/a}; the warnings at the end say why, one per line (the reasons the
 * core did not already warn about follow under "Also undefined"). A POINTS KPI's levels are shares, so they are
 * printed as percentages; other levels are printed as numbers in their unit.
 *
 * <p>The text is for people and may change between versions; programs should read the JSON
 * report ({@code --format json}), which keeps every digit.
 *
 * <pre>{@code
 * String text = ReportText.format(ReviewReport.of(document));
 * // Budget (CNY)                                    ...
 * //   total        10,000,000.00  9,500,000.00  -500,000.00  -5.0%  95.0%  favourable  within tolerance
 * }</pre>
 *
 * <p>This class is a static utility and thread-safe.
 */
final class ReportText {

    private static final String INDENT = "  ";

    private ReportText() {
    }

    /**
     * Formats the report.
     *
     * @param report the report
     * @return the text, lines ending in {@code \n}
     * @throws NullPointerException if {@code report} is null
     */
    static String format(ReviewReport report) {
        Objects.requireNonNull(report, "report");
        String code = report.currency();
        int minor = Currency.getInstance(code).getDefaultFractionDigits();
        ReportCells cells = new ReportCells(minor, report.warnings());
        StringBuilder sb = new StringBuilder();
        sb.append("Annual review: ").append(Table.clean(report.organisation())).append('\n');
        sb.append("Period:        ").append(Table.clean(report.period())).append(" (").append(report.start())
                .append(" to ").append(report.end()).append(")\n");
        sb.append("Currency:      ").append(code).append('\n');
        if (report.attainment() != null) {
            attainment(sb, report.attainment(), cells);
        }
        if (report.growth() != null) {
            growth(sb, report.growth(), report.attainment(), cells);
        }
        if (report.roi() != null) {
            roi(sb, report.roi(), code, cells);
        }
        if (report.customers() != null) {
            MarketText.customers(sb, report.customers(), code, cells);
        }
        if (report.market() != null) {
            MarketText.market(sb, report.market(), cells);
        }
        if (report.funnel() != null) {
            MarketText.funnel(sb, report.funnel(), cells);
        }
        if (report.budget() != null) {
            budget(sb, report.budget(), code, cells);
        }
        if (report.attribution() != null) {
            attribution(sb, report.attribution(), code, cells);
        }
        warnings(sb, report.warnings(), cells.notes());
        return sb.toString();
    }

    /**
     * Appends a blank line, the block's title and its table.
     *
     * @param sb the text
     * @param title the title
     * @param table the table
     */
    static void block(StringBuilder sb, String title, Table table) {
        sb.append('\n').append(Table.clean(title)).append('\n').append(table.render(INDENT));
    }

    private static void attainment(StringBuilder sb, AttainmentSection a, ReportCells c) {
        String s = "attainment";
        Table t = new Table().left("KPI").left("kind").right("base").right("target").right("target level")
                .right("actual").right("attainment").right("growth/points attainment").left("status");
        for (KpiRow k : a.kpis()) {
            boolean points = k.targetKind() == TargetKind.POINTS;
            // the second reading: growth achieved / growth targeted, or points achieved / points targeted
            String second = points ? c.percent(k.pointsAttainment(), s, k.name(), "pointsAttainment")
                    : c.percent(k.growthAttainment(), s, k.name(), "growthAttainment");
            t.row(k.name(), ReportCells.words(k.targetKind()), level(k.base(), points, c), target(k, c),
                    level(k.targetLevel(), points, c), level(k.actual(), points, c),
                    c.percent(k.attainment(), s, k.name(), "attainment"), second, ReportCells.words(k.status()));
        }
        block(sb, "KPI attainment", t);
        if (a.scorecard() == null) {
            return;
        }
        Table card = new Table().left("KPI").right("weight").right("attainment").right("contribution")
                .left("in composite");
        for (ScoreRow r : a.scorecard().lines()) {
            card.row(r.name(), c.percent(r.weight()), c.percent(r.attainment(), s, r.name(), "attainment"),
                    c.percent(r.contribution(), s, r.name(), "contribution"), r.excluded() ? "no" : "yes");
        }
        card.rule().row("composite", null, null, c.percent(a.scorecard().composite(), s, "scorecard", "composite"),
                null);
        block(sb, "Scorecard (weights normalised to 100%)", card);
    }

    /** A level, or a share as a percentage for a POINTS KPI. */
    private static String level(BigDecimal value, boolean share, ReportCells c) {
        return share ? c.percent(value) : c.number(value);
    }

    /** The target as stated: a level, {@code +20.0%} growth, or {@code +5 pts}. */
    private static String target(KpiRow k, ReportCells c) {
        BigDecimal t = k.target();
        if (t == null) {
            return null;
        }
        String sign = t.signum() > 0 ? "+" : "";
        switch (k.targetKind()) {
            case GROWTH:
                return sign + c.percent(t);
            case POINTS:
                return sign + c.number(t) + " pts";
            default:
                return c.number(t);
        }
    }

    private static void growth(StringBuilder sb, GrowthSection g, AttainmentSection a, ReportCells c) {
        String s = "growth";
        Map<String, KpiRow> kpis = new HashMap<>();
        if (a != null) {
            a.kpis().forEach(k -> kpis.put(k.name(), k));
        }
        Table t = new Table().left("KPI").right("base").right("actual").right("difference").right("change")
                .right("target growth").right("level attainment").right("growth attainment");
        for (GrowthRow r : g.kpis()) {
            KpiRow k = kpis.get(r.name());
            boolean points = k != null && k.targetKind() == TargetKind.POINTS;
            String change = points ? c.points(k.pointChange(), "attainment", r.name(), "pointChange")
                    : c.percent(r.change(), s, r.name(), "change");
            t.row(r.name(), level(r.base(), points, c), level(r.actual(), points, c),
                    points ? null : c.number(r.difference()), change,
                    r.targetGrowth() == null ? null : c.percent(r.targetGrowth()),
                    c.percent(r.levelAttainment(), s, r.name(), "levelAttainment"),
                    c.percent(r.growthAttainment(), s, r.name(), "growthAttainment"));
        }
        block(sb, "Growth", t);
        for (GrowthRow r : g.kpis()) {
            if (r.series().isEmpty()) {
                continue;
            }
            Table series = new Table().left("period").right("target").right("actual").right("attainment")
                    .left("status").right("year earlier").right("vs year earlier").right("vs previous");
            for (SeriesRow p : r.series()) {
                String item = r.name() + " " + p.period();
                series.row(p.period(), c.number(p.target()), c.number(p.actual()),
                        c.percent(p.attainment(), s, item, "attainment"), ReportCells.words(p.status()),
                        c.number(p.base()), c.percent(p.changeOverBase(), s, item, "changeOverBase"),
                        c.percent(p.changeOverPrevious(), s, item, "changeOverPrevious"));
            }
            block(sb, Table.clean(r.name()) + " by period", series);
        }
    }

    private static void roi(StringBuilder sb, RoiSection roi, String code, ReportCells c) {
        String s = "roi";
        boolean profit = roi.channels().stream().anyMatch(r -> r.grossProfit() != null);
        Table t = new Table().left("channel").right("spend (" + code + ")").right("revenue (" + code + ")")
                .right("ROAS").right("ROI").right("spend share").right("revenue share");
        if (profit) {
            t.right("gross profit ROI");
        }
        t.right("new customers").right("CAC (" + code + ")");
        for (RoiRow r : roi.channels()) {
            String ch = r.channel();
            String roas = r.roasNotation() != null ? r.roasNotation()
                    : c.na(s, ch, "roas", r.roas().undefinedReason().orElse("undefined"));
            List<String> row = new ArrayList<>(List.of(ch, c.money(r.spend()), c.money(r.revenue()), roas,
                    c.percent(r.roi(), s, ch, "roi"), c.percent(r.spendShare(), s, ch, "spendShare"),
                    c.percent(r.revenueShare(), s, ch, "revenueShare")));
            if (profit) {
                row.add(c.percent(r.grossProfitRoi(), s, ch, "grossProfitRoi"));
            }
            row.add(r.newCustomers() == null ? null : c.count(r.newCustomers()));
            row.add(perUnit(r.cac(), s, ch, "cac", c));
            t.row(row.toArray(new String[0]));
        }
        String roas = roi.roasNotation() != null ? roi.roasNotation()
                : c.na(s, "total", "roas", roi.roas().undefinedReason().orElse("undefined"));
        String[] total = new String[profit ? 10 : 9];
        total[0] = "total";
        total[1] = c.money(roi.totalSpend());
        total[2] = c.money(roi.totalRevenue());
        total[3] = roas;
        total[4] = c.percent(roi.roi(), s, "total", "roi");
        t.rule().row(total);
        block(sb, "Return on marketing spend (ROAS = revenue / spend; ROI = (revenue - spend) / spend)", t);
    }

    /**
     * Formats a money-per-unit figure (CAC, AOV, ARPU): the amount, or {@code n/a}.
     *
     * @param m the figure, or null
     * @param section the report section
     * @param item the item
     * @param what the figure's name
     * @param c the cells
     * @return the cell
     */
    static String perUnit(MoneyPerUnit m, String section, String item, String what, ReportCells c) {
        if (m == null) {
            return null;
        }
        return m.value() != null ? c.money(m.value()) : c.na(section, item, what, m.reason());
    }

    private static void budget(StringBuilder sb, BudgetSection b, String code, ReportCells c) {
        String s = "budget";
        Map<String, String> names = new HashMap<>();
        b.lines().forEach(l -> names.put(l.path(), l.name()));
        boolean bothKinds = b.tree().stream().map(VarianceRow::kind).distinct().count() > 1;
        Table t = new Table().left("category");
        if (bothKinds) {
            t.left("kind");
        }
        t.right("budget (" + code + ")").right("actual (" + code + ")").right("variance (" + code + ")")
                .right("variance %").right("execution").left("favourability").left("status").left("line");
        for (VarianceRow r : b.tree()) {
            String item = r.path().isEmpty() ? "total" : r.path();
            String name = names.get(r.path());
            List<String> row = new ArrayList<>();
            row.add(INDENT.repeat(Math.max(r.depth(), 0)) + r.name());
            if (bothKinds) {
                row.add(ReportCells.words(r.kind()));
            }
            row.addAll(Arrays.asList(c.money(r.budget()), c.money(r.actual()), c.money(r.variance()),
                    c.percent(r.variancePercent(), s, item, "variancePercent"),
                    c.percent(r.executionRate(), s, item, "executionRate"), ReportCells.words(r.favourability()),
                    ReportCells.words(r.status()), name == null || name.equals(r.name()) ? null : name));
            t.row(row.toArray(new String[0]));
        }
        block(sb, "Budget (tolerance " + c.percent(b.toleranceBelow().negate()) + " to +"
                + c.percent(b.toleranceAbove()) + " of budget)", t);
        if (b.phasing().isEmpty()) {
            return;
        }
        Table p = new Table().left("line").right("months").right("elapsed").right("plan to date")
                .right("actual to date").right("execution").right("burn rate / month")
                .right("forecast at completion").right("forecast variance");
        for (PhasingRow r : b.phasing()) {
            p.row(r.path(), c.count(r.periods()), c.count(r.elapsed()), c.money(r.planToDate()),
                    c.money(r.actualToDate()), c.percent(r.executionToDate(), s, r.path(), "executionToDate"),
                    c.moneyValue(r.burnRate(), s, r.path(), "burnRate"), c.money(r.forecastAtCompletion()),
                    c.money(r.forecastVariance()));
        }
        block(sb, "Budget phasing (" + code + ")", p);
    }

    private static void attribution(StringBuilder sb, AttributionSection a, String code, ReportCells c) {
        String s = "attribution";
        Table t = new Table().left("model");
        for (AttributionRow r : a.channels()) {
            t.right(r.channel());
        }
        for (int m = 0; m < a.models().size(); m++) {
            String[] row = new String[a.channels().size() + 1];
            row[0] = a.models().get(m);
            for (int i = 0; i < a.channels().size(); i++) {
                AttributionRow r = a.channels().get(i);
                ModelCredit credit = r.credits().get(m);
                row[i + 1] = c.value(credit.conversions(), 1, s, r.channel(), credit.model() + " conversions")
                        + " (" + c.percent(credit.share(), s, r.channel(), credit.model() + " share") + ")";
            }
            t.row(row);
        }
        block(sb, "Attribution: conversions credited to each channel (share) by model; total "
                + Objects.toString(c.value(a.totalConversions(), 1, s, "", "totalConversions"), ReportCells.NA)
                + " conversions worth " + Objects.toString(c.money(a.totalValue()), ReportCells.NA) + " " + code, t);
    }

    private static void warnings(StringBuilder sb, List<ReviewWarning> warnings, List<ReviewWarning> notes) {
        sb.append('\n').append(warnings.isEmpty() ? "Warnings: none" : "Warnings (" + warnings.size() + ")").append('\n');
        warnings.forEach(w -> sb.append(INDENT).append(warning(w)).append('\n'));
        if (!notes.isEmpty()) {
            sb.append("\nAlso undefined (the reasons of the other n/a figures)\n");
            notes.forEach(n -> sb.append(INDENT).append(warning(n)).append('\n'));
        }
    }

    /** A warning on one line: {@code roi / summit: roas is undefined: cost is 0}. */
    private static String warning(ReviewWarning w) {
        return Table.clean(w.section() + (w.item().isEmpty() ? "" : " / " + w.item()) + ": " + w.message());
    }
}
