package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelStep;
import io.kpikit.market.CompetitorShift;
import io.kpikit.market.Market;
import io.kpikit.market.ShareShift;
import io.kpikit.stats.WilsonInterval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the market and funnel sections with the market and funnel APIs. */
final class MarketFunnelSections {

    private static final String MARKET = "market";
    private static final String FUNNEL = "funnel";

    private MarketFunnelSections() {
    }

    private static Market market(String own, BigDecimal ownSales, Map<String, BigDecimal> competitors) {
        Map<String, BigDecimal> sales = new LinkedHashMap<>();
        sales.put(own, ownSales);
        sales.putAll(competitors);
        return Market.of(sales);
    }

    static MarketSection market(MarketInput m, Warnings w) {
        Market now = market(m.own(), m.ownSales(), m.competitors());
        ShareShift shift = null;
        Market before = null;
        if (m.ownSalesLastPeriod() != null) {
            before = market(m.own(), m.ownSalesLastPeriod(), m.competitorsLastPeriod());
            shift = ShareShift.between(before, now, m.own());
        }
        List<PlayerRow> players = new ArrayList<>();
        players.add(new PlayerRow(m.own(), true, m.ownSales(), w.check(MARKET, m.own(), "share", now.share(m.own())),
                m.ownSalesLastPeriod(), shift == null ? null : shift.ownChange(), null));
        for (Map.Entry<String, BigDecimal> c : m.competitors().entrySet()) {
            String name = c.getKey();
            BigDecimal last = before == null || !before.contains(name) ? null : before.sales(name);
            PointChange change = null;
            Ratio taken = null;
            if (shift != null) {
                CompetitorShift s = shift.competitor(name);
                change = s.change();
                taken = s.takenPoints();
            }
            players.add(new PlayerRow(name, false, c.getValue(), now.share(name), last, change, taken));
        }
        Ratio relative = w.check(MARKET, m.own(), "relativeShare", now.relativeShare(m.own()));
        Ratio hhi = w.check(MARKET, "hhi", "hhi", now.hhi().ratio());
        PointChange change = shift == null ? null : shift.ownChange();
        if (change != null) {
            w.check(MARKET, m.own(), "shareChange", change.points());
        }
        return new MarketSection(m.unit(), m.own(), now.total(), now.share(m.own()), relative, hhi, change,
                shift == null ? null : shift.takenFromCompetitors(), players);
    }

    static FunnelSection funnel(FunnelInput f, Warnings w) {
        Funnel funnel = f.toFunnel();
        List<StepRow> steps = new ArrayList<>();
        for (FunnelStep s : funnel.steps()) {
            String item = s.from() + " > " + s.to();
            w.check(FUNNEL, item, "stepConversion", s.stepConversion());
            steps.add(new StepRow(s.index(), s.from(), s.to(), s.entrants(), s.conversions(), s.stepConversion(),
                    s.overallConversion(), s.dropOff(), s.dropOffRate(), lower(s.stepInterval()),
                    upper(s.stepInterval())));
        }
        Ratio overall = w.check(FUNNEL, "overall", "overallConversion", funnel.overallConversion());
        WilsonInterval ci = funnel.overallInterval();
        return new FunnelSection(funnel.isStrict(), overall, lower(ci), upper(ci),
                funnel.bottleneck().map(FunnelStep::index).orElse(null), steps);
    }

    private static Figure lower(WilsonInterval ci) {
        return Warnings.figure(ci.toOptionalLower(), ci.undefinedReason().orElse("interval is outside a double"));
    }

    private static Figure upper(WilsonInterval ci) {
        return Warnings.figure(ci.toOptionalUpper(), ci.undefinedReason().orElse("interval is outside a double"));
    }
}
