package io.kpikit.review;

import io.kpikit.attainment.Attainment;
import io.kpikit.attainment.AttainmentConvention;
import io.kpikit.attainment.AttainmentStatus;
import io.kpikit.attainment.GrowthTarget;
import io.kpikit.attainment.PointTarget;
import io.kpikit.attainment.Scorecard;
import io.kpikit.attainment.ScorecardKpi;
import io.kpikit.attainment.ScorecardLine;
import io.kpikit.attainment.ScorecardResult;
import io.kpikit.core.Direction;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import io.kpikit.growth.Change;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the attainment and growth sections from the KPIs with the attainment and growth APIs. */
final class AttainmentSections {

    private static final String ATTAINMENT = "attainment";
    private static final String GROWTH = "growth";
    /** The convention of every attainment of the report: the default, stated in each row. */
    private static final AttainmentConvention CONVENTION = AttainmentConvention.DEFAULT;

    private AttainmentSections() {
    }

    static AttainmentSection attainment(List<KpiInput> kpis, Warnings w) {
        List<KpiRow> rows = new ArrayList<>();
        List<ScorecardKpi> card = new ArrayList<>();
        Map<String, KpiRow> byName = new HashMap<>();
        for (KpiInput k : kpis) {
            KpiRow row = row(k, w);
            rows.add(row);
            byName.put(k.name(), row);
            if (k.weight() != null && row.attainment() != null) {
                card.add(ScorecardKpi.of(k.name(), row.attainment(), k.weight().doubleValue()));
            } else if (k.weight() != null) {
                w.add(ATTAINMENT, k.name(), "weight is ignored: the KPI has no target, so it is not in the scorecard");
            }
        }
        return new AttainmentSection(rows, scorecard(card, byName, w));
    }

    /** The formula of the level reading, naming the convention's formula and the target level. */
    static String reading(TargetKind kind, Direction direction) {
        String formula = "level: " + CONVENTION.formula(direction);
        switch (kind) {
            case GROWTH:
                return formula + ", target = base × (1 + growth)";
            case POINTS:
                return formula + ", target = base + points / 100";
            default:
                return formula;
        }
    }

    private static KpiRow row(KpiInput k, Warnings w) {
        if (k.target() == null) {
            w.add(ATTAINMENT, k.name(), "the KPI has no target: no attainment or status");
            return new KpiRow(k.name(), k.unit(), k.direction(), k.targetKind(), k.base(), null, null, k.actual(),
                    null, null, null, null, null, null, null, k.weight());
        }
        BigDecimal targetLevel;
        Ratio growth = null;
        PointChange points = null;
        Ratio pointsAttainment = null;
        switch (k.targetKind()) {
            case GROWTH: {
                GrowthTarget g = GrowthTarget.of(k.base(), k.target(), k.direction());
                targetLevel = g.targetLevel();
                growth = w.check(ATTAINMENT, k.name(), "growthAttainment", g.growthAttainment(k.actual()));
                break;
            }
            case POINTS: {
                targetLevel = k.base().add(k.target().movePointLeft(2));
                points = PointChange.between(Ratio.of(k.base(), BigDecimal.ONE), Ratio.of(k.actual(), BigDecimal.ONE));
                w.check(ATTAINMENT, k.name(), "relative pointChange", points.relative());
                pointsAttainment = w.check(ATTAINMENT, k.name(), "pointsAttainment",
                        PointTarget.ofPoints(k.target(), k.direction()).attainment(points));
                break;
            }
            default:
                targetLevel = k.target();
        }
        Ratio attainment = Attainment.of(k.actual(), targetLevel, k.direction(), CONVENTION).ratio();
        w.check(ATTAINMENT, k.name(), "attainment", attainment);
        AttainmentStatus status = k.statusBands().status(attainment);
        return new KpiRow(k.name(), k.unit(), k.direction(), k.targetKind(), k.base(), k.target(), targetLevel,
                k.actual(), attainment, reading(k.targetKind(), k.direction()), CONVENTION, status, growth, points,
                pointsAttainment, k.weight());
    }

    private static ScorecardSection scorecard(List<ScorecardKpi> card, Map<String, KpiRow> rows, Warnings w) {
        if (card.isEmpty()) {
            return null;
        }
        if (card.stream().allMatch(k -> k.weight() == 0)) {
            w.add(ATTAINMENT, "scorecard", "every weight is 0: no scorecard");
            return null;
        }
        Scorecard scorecard = Scorecard.normalised(card);
        ScorecardResult result = scorecard.score();
        if (!result.composite().isDefined()) {
            w.add(ATTAINMENT, "scorecard", "composite over all KPIs is undefined ("
                    + result.composite().undefinedReason().orElseThrow()
                    + "); KPIs with an undefined attainment are excluded and the other weights renormalised");
            result = scorecard.scoreExcludingUndefined();
            w.check(ATTAINMENT, "scorecard", "composite", result.composite());
        }
        List<ScoreRow> lines = new ArrayList<>();
        for (ScorecardLine l : result.lines()) {
            KpiRow row = rows.get(l.name());
            lines.add(new ScoreRow(l.name(), l.attainment(), row.reading(), row.convention(), l.weight(), l.score(),
                    l.contribution(), l.excluded()));
        }
        return new ScorecardSection(result.composite(), lines);
    }

    static GrowthSection growth(List<KpiInput> kpis, Warnings w) {
        List<GrowthRow> rows = new ArrayList<>();
        for (KpiInput k : kpis) {
            if (k.base() == null && k.series().isEmpty()) {
                continue;
            }
            BigDecimal difference = null;
            Ratio change = null;
            if (k.base() != null && k.targetKind() != TargetKind.POINTS) {
                Change c = Change.between(k.base(), k.actual());
                difference = c.difference();
                change = w.check(GROWTH, k.name(), "change", c.relative());
            }
            BigDecimal targetGrowth = null;
            Ratio level = null;
            Ratio growth = null;
            if (k.targetKind() == TargetKind.GROWTH && k.target() != null) {
                GrowthTarget g = GrowthTarget.of(k.base(), k.target(), k.direction());
                targetGrowth = k.target();
                level = g.levelAttainment(k.actual()).ratio();
                growth = g.growthAttainment(k.actual());
            }
            rows.add(new GrowthRow(k.name(), k.unit(), k.base(), k.actual(), difference, change, targetGrowth, level,
                    growth, series(k, w)));
        }
        return rows.isEmpty() ? null : new GrowthSection(rows);
    }

    private static List<SeriesRow> series(KpiInput k, Warnings w) {
        List<SeriesRow> rows = new ArrayList<>();
        SeriesPoint previous = null;
        for (SeriesPoint p : k.series()) {
            String item = k.name() + " " + p.period();
            Ratio attainment = null;
            AttainmentStatus status = null;
            if (p.target() != null) {
                attainment = w.check(GROWTH, item, "attainment",
                        Attainment.of(p.actual(), p.target(), k.direction()).ratio());
                status = k.statusBands().status(attainment);
            }
            Ratio overBase = p.base() == null ? null
                    : w.check(GROWTH, item, "changeOverBase", Change.between(p.base(), p.actual()).relative());
            Ratio overPrevious = previous == null ? null
                    : w.check(GROWTH, item, "changeOverPrevious",
                            Change.between(previous.actual(), p.actual()).relative());
            rows.add(new SeriesRow(p.period(), p.target(), p.actual(), attainment, status, p.base(), overBase,
                    overPrevious));
            previous = p;
        }
        return rows;
    }
}
