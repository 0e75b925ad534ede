package io.kpikit.json.cli;

import io.kpikit.review.CustomerSection;
import io.kpikit.review.FunnelSection;
import io.kpikit.review.LtvFigure;
import io.kpikit.review.MarketSection;
import io.kpikit.review.MoneyPerUnit;
import io.kpikit.review.NpsFigure;
import io.kpikit.review.PlayerRow;
import io.kpikit.review.StepRow;

/**
 * The customer, market and funnel blocks of {@link ReportText}, formatted the same way (see
 * there): a table per block, values by {@link ReportCells}, each rate with the numerator and
 * denominator it came from.
 *
 * <pre>{@code
 * // Customers
 * //   figure     value   inputs
 * //   retention  89.8%   4,400 / 4,900
 * }</pre>
 *
 * <p>This class is a static utility and thread-safe.
 */
final class MarketText {

    private MarketText() {
    }

    /**
     * Appends the customer block: counts, rates with their inputs, unit economics, NPS, CSAT.
     *
     * @param sb the text
     * @param cs the section
     * @param code the currency code
     * @param c the cells
     */
    static void customers(StringBuilder sb, CustomerSection cs, String code, ReportCells c) {
        String s = "customers";
        Table t = new Table().left("figure").right("value").left("inputs");
        t.row("customers at start", c.count(cs.customersAtStart()), null);
        t.row("new customers", c.count(cs.newCustomers()), null);
        t.row("lost customers", c.count(cs.lostCustomers()), null);
        t.row("customers at end", c.count(cs.customersAtEnd()), "start + new - lost");
        t.row("retention", c.percent(cs.retention(), s, "retention", "retention"),
                "(end - new) / start = " + c.inputs(cs.retention()));
        t.row("churn", c.percent(cs.churn(), s, "churn", "churn"), "lost / start = " + c.inputs(cs.churn()));
        t.row("new-customer share", c.percent(cs.newCustomerShare(), s, "newCustomerShare", "newCustomerShare"),
                "new / end = " + c.inputs(cs.newCustomerShare()));
        t.row("customer growth", c.percent(cs.customerGrowth(), s, "customerGrowth", "customerGrowth"),
                "(end - start) / start = " + c.inputs(cs.customerGrowth()));
        if (cs.orders() != null) {
            t.row("orders", c.count(cs.orders()), null);
        }
        if (cs.revenue() != null) {
            t.row("revenue (" + code + ")", c.money(cs.revenue()), null);
        }
        perUnit(t, "AOV (" + code + ")", cs.aov(), "aov", "revenue / orders", c);
        perUnit(t, "ARPU (" + code + ")", cs.arpu(), "arpu", "revenue / customers at end", c);
        perUnit(t, "blended CAC (" + code + ")", cs.blendedCac(), "blendedCac",
                cacSpend(cs.blendedCacSpend()) + " / all new customers", c);
        perUnit(t, "paid CAC (" + code + ")", cs.paidCac(), "paidCac",
                cacSpend(cs.paidCacSpend()) + " / their new customers", c);
        LtvFigure ltv = cs.ltv();
        if (ltv != null) {
            t.row("LTV (" + code + ")", ltv.value() != null ? c.money(ltv.value()) : c.na(s, "ltv", "ltv", ltv.reason()),
                    "ARPU x margin / churn = " + c.money(ltv.arpu()) + " x " + c.percent(ltv.grossMargin())
                            + " / " + c.percent(ltv.churnRate()));
        }
        if (cs.ltvToBlendedCac() != null) {
            t.row("LTV / blended CAC", c.value(cs.ltvToBlendedCac(), 2, s, "ltvToBlendedCac", "ltvToBlendedCac"),
                    "LTV / blended CAC = " + c.inputs(cs.ltvToBlendedCac()));
        }
        if (cs.ltvToPaidCac() != null) {
            t.row("LTV / paid CAC", c.value(cs.ltvToPaidCac(), 2, s, "ltvToPaidCac", "ltvToPaidCac"),
                    "LTV / paid CAC = " + c.inputs(cs.ltvToPaidCac()));
        }
        NpsFigure nps = cs.nps();
        if (nps != null) {
            t.row("NPS", c.value(nps.score(), 1, s, "nps", "nps"),
                    "95% interval " + c.value(nps.lower(), 1, s, "nps", "lower") + " to "
                            + c.value(nps.upper(), 1, s, "nps", "upper") + "; " + c.count(nps.promoters())
                            + " promoters, " + c.count(nps.passives()) + " passives, "
                            + c.count(nps.detractors()) + " detractors of " + c.count(nps.responses()));
        }
        if (cs.csat() != null) {
            t.row("CSAT", c.percent(cs.csat(), s, "csat", "csat"), "satisfied / responses = " + c.inputs(cs.csat()));
        }
        ReportText.block(sb, "Customers", t);
    }

    /** A CAC's spend in words: the acquisition spend, the budget's cost actual, or the channels' spend. */
    private static String cacSpend(String source) {
        if ("acquisitionSpend".equals(source)) {
            return "acquisition spend";
        }
        if ("budget cost actual".equals(source)) {
            return "budget cost actual";
        }
        return source == null ? "spend" : source.replace("channels", "spend of channels");
    }

    private static void perUnit(Table t, String label, MoneyPerUnit m, String what, String formula, ReportCells c) {
        if (m != null) {
            t.row(label, ReportText.perUnit(m, "customers", what, what, c),
                    formula + " = " + c.money(m.amount()) + " / " + c.count(m.count()));
        }
    }

    /**
     * Appends the market block: the players with shares and share changes, then the totals.
     *
     * @param sb the text
     * @param m the section
     * @param c the cells
     */
    static void market(StringBuilder sb, MarketSection m, ReportCells c) {
        String s = "market";
        String unit = m.unit() == null ? "" : " (" + m.unit() + ")";
        Table t = new Table().left("player").right("sales" + unit).right("share").right("last period")
                .right("share change").right("taken by us");
        for (PlayerRow p : m.players()) {
            t.row(p.own() ? p.name() + " (us)" : p.name(), c.number(p.sales()), c.percent(p.share(), s, p.name(), "share"),
                    c.number(p.salesLastPeriod()), c.points(p.shareChange(), s, p.name(), "shareChange"),
                    c.points(p.takenPoints(), s, p.name(), "takenPoints"));
        }
        t.rule().row("market", c.number(m.total()), null, null, null,
                c.points(m.takenFromCompetitors(), s, m.own(), "takenFromCompetitors"));
        ReportText.block(sb, "Market: our share " + text(c.percent(m.share(), s, m.own(), "share"))
                + ", relative share " + text(c.value(m.relativeShare(), 2, s, m.own(), "relativeShare"))
                + " (ours / largest competitor's), HHI " + text(c.value(m.hhi(), 0, s, "hhi", "hhi"))
                + " (0 to 10,000)", t);
    }

    /**
     * Appends the funnel block: every step with its conversion and 95% Wilson interval, then
     * the overall conversion and the bottleneck.
     *
     * @param sb the text
     * @param f the section
     * @param c the cells
     */
    static void funnel(StringBuilder sb, FunnelSection f, ReportCells c) {
        String s = "funnel";
        Table t = new Table().right("step").left("from").left("to").right("entrants").right("conversions")
                .right("step conversion").right("95% interval").right("overall").right("drop-off")
                .right("drop-off rate").left("note");
        for (StepRow r : f.steps()) {
            String item = r.from() + " > " + r.to();
            t.row(c.count(r.index()), r.from(), r.to(), c.count(r.entrants()), c.count(r.conversions()),
                    c.percent(r.stepConversion(), s, item, "stepConversion"),
                    interval(c.percent(r.lower(), 2, s, item, "lower"), c.percent(r.upper(), 2, s, item, "upper")),
                    c.percent(r.overallConversion(), s, item, "overallConversion"), c.count(r.dropOff()),
                    c.percent(r.dropOffRate(), s, item, "dropOffRate"),
                    f.bottleneck() != null && f.bottleneck() == r.index() ? "bottleneck" : "");
        }
        String overall = "overall conversion "
                + text(c.percent(f.overallConversion(), s, "overall", "overallConversion"))
                + " (" + text(c.inputs(f.overallConversion())) + "), 95% interval "
                + text(interval(c.percent(f.lower(), 2, s, "overall", "lower"),
                        c.percent(f.upper(), 2, s, "overall", "upper")));
        ReportText.block(sb, "Funnel: " + overall
                + (f.strict() ? "" : "; counts are not nested (a stage exceeds the one before)"), t);
    }

    private static String interval(String lower, String upper) {
        return lower == null || upper == null ? null : lower + " to " + upper;
    }

    /** A value inside a sentence: {@code n/a} stands for an absent one. */
    private static String text(String cell) {
        return cell == null ? ReportCells.NA : cell;
    }
}
