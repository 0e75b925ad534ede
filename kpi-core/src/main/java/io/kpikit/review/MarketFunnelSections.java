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
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the market and funnel sections with the market and funnel APIs. */
final class MarketFunnelSections {

    private static final String MARKET = "market";
    private static final String FUNNEL = "funnel";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MarketFunnelSections() {
    }

    private static Market market(String own, BigDecimal ownSales, Map<String, BigDecimal> competitors) {
        Map<String, BigDecimal> sales = new LinkedHashMap<>();
        sales.put(own, ownSales);
        sales.putAll(competitors);
        return Market.of(sales);
    }

    static MarketSection market(MarketInput m, Warnings w) {
        Map<String, BigDecimal> competitors = new TreeMap<>(m.competitors());
        if (m.competitorsLastPeriod() != null) {
            for (String name : m.competitorsLastPeriod().keySet()) {
                if (competitors.putIfAbsent(name, BigDecimal.ZERO) == null) {
                    w.add(MARKET, name, "competitor has sales only last period: reported with sales 0 this period");
                }
            }
            for (String name : m.competitors().keySet()) {
                if (!m.competitorsLastPeriod().containsKey(name)) {
                    w.add(MARKET, name, "competitor has sales only this period: its sales last period are taken as 0");
                }
            }
        }
        Market now = market(m.own(), m.ownSales(), competitors);
        ShareShift shift = null;
        Market before = null;
        if (m.ownSalesLastPeriod() != null) {
            before = market(m.own(), m.ownSalesLastPeriod(), m.competitorsLastPeriod());
            shift = ShareShift.between(before, now, m.own());
        }
        List<PlayerRow> players = new ArrayList<>();
        PointChange ownChange = shift == null ? null : shift.ownChange();
        if (ownChange != null) {
            w.check(MARKET, m.own(), "shareChange", ownChange.points());
            if (ownChange.points().isDefined()) {
                w.check(MARKET, m.own(), "relative shareChange", ownChange.relative());
            }
        }
        players.add(new PlayerRow(m.own(), true, m.ownSales(), w.check(MARKET, m.own(), "share", now.share(m.own())),
                m.ownSalesLastPeriod(), ownChange, null));
        for (Map.Entry<String, BigDecimal> c : competitors.entrySet()) {
            String name = c.getKey();
            BigDecimal last = before == null ? null : before.contains(name) ? before.sales(name) : BigDecimal.ZERO;
            PointChange change = null;
            Ratio taken = null;
            if (shift != null) {
                CompetitorShift s = shift.competitor(name);
                change = s.change();
                taken = s.takenPoints();
                if (ownChange.points().isDefined()) {
                    w.check(MARKET, name, "relative shareChange", change.relative());
                }
            }
            players.add(new PlayerRow(name, false, c.getValue(), now.share(name), last, change, taken));
        }
        Ratio relative = w.check(MARKET, m.own(), "relativeShare", now.relativeShare(m.own()));
        Ratio hhi = w.check(MARKET, "hhi", "hhi", now.hhi().ratio());
        if (m.others() != null) {
            others(m, competitors, now, relative, hhi, w);
        }
        return new MarketSection(m.unit(), m.own(), now.total(), now.share(m.own()), relative, hhi, ownChange,
                shift == null ? null : shift.takenFromCompetitors(), players);
    }

    /** Warns that the HHI counts the others bucket as one firm, and when relative share is taken against it. */
    private static void others(MarketInput m, Map<String, BigDecimal> competitors, Market now, Ratio relative,
            Ratio hhi, Warnings w) {
        String others = m.others();
        Ratio share = now.share(others);
        if (hhi.isDefined() && share.isDefined()) {
            BigDecimal part = share.toBigDecimal().multiply(HUNDRED).pow(2);
            w.add(MARKET, "hhi", "hhi counts \"" + others + "\" as one firm, so " + plain(hhi.toBigDecimal())
                    + " is an upper bound: the bucket adds " + plain(part) + " of it, and spread over many small"
                    + " firms it would add almost nothing");
        }
        BigDecimal bucket = competitors.get(others);
        boolean largest = competitors.entrySet().stream()
                .allMatch(e -> e.getKey().equals(others) || e.getValue().compareTo(bucket) < 0);
        if (relative.isDefined() && largest && competitors.size() > 1) {
            w.add(MARKET, m.own(), "relativeShare is taken against \"" + others
                    + "\", the bucket of the rest of the market, which is larger than any named competitor");
        }
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static FunnelSection funnel(FunnelInput f, Path baseDirectory, Warnings w) {
        Funnel funnel;
        try {
            funnel = f.toFunnel(baseDirectory);
        } catch (ReviewInputException e) {
            throw e.under("funnel");
        }
        List<StepRow> steps = new ArrayList<>();
        for (FunnelStep s : funnel.steps()) {
            String item = s.from() + " > " + s.to();
            check(w, item, "stepConversion", s.stepConversion(), s.stepInterval());
            steps.add(new StepRow(s.index(), s.from(), s.to(), s.entrants(), s.conversions(), s.stepConversion(),
                    s.overallConversion(), s.dropOff(), s.dropOffRate(), lower(s.stepInterval()),
                    upper(s.stepInterval())));
        }
        WilsonInterval ci = funnel.overallInterval();
        Ratio overall = check(w, "overall", "overallConversion", funnel.overallConversion(), ci);
        return new FunnelSection(funnel.isStrict(), overall, lower(ci), upper(ci),
                funnel.bottleneck().map(FunnelStep::index).orElse(null), steps);
    }

    /**
     * One warning per undefined rate or interval: the rate's reason covers its interval (and the
     * drop-off rate and overall rate of the step, which share its denominator); an interval
     * undefined on its own (a non-strict step that converts more than it had) gets its own.
     */
    private static Ratio check(Warnings w, String item, String what, Ratio rate, WilsonInterval ci) {
        if (!rate.isDefined()) {
            w.add(FUNNEL, item, what + " and its 95% interval are undefined: " + rate.undefinedReason().orElseThrow());
        } else if (!ci.isDefined()) {
            w.add(FUNNEL, item, "95% interval of " + what + " is undefined: " + ci.undefinedReason().orElseThrow());
        }
        return rate;
    }

    private static Figure lower(WilsonInterval ci) {
        return Warnings.figure(ci.toOptionalLower(), ci.undefinedReason().orElse("interval is outside a double"));
    }

    private static Figure upper(WilsonInterval ci) {
        return Warnings.figure(ci.toOptionalUpper(), ci.undefinedReason().orElse("interval is outside a double"));
    }
}
