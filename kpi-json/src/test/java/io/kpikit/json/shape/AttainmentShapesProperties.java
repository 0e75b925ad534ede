package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.decimals;
import static io.kpikit.json.shape.Gens.nonNegativeDecimals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.kpikit.attainment.Attainment;
import io.kpikit.attainment.AttainmentConvention;
import io.kpikit.attainment.Feasibility;
import io.kpikit.attainment.FeasibilityRule;
import io.kpikit.attainment.GrowthTarget;
import io.kpikit.attainment.Pacing;
import io.kpikit.attainment.PointTarget;
import io.kpikit.attainment.Profile;
import io.kpikit.attainment.Scorecard;
import io.kpikit.attainment.ScorecardKpi;
import io.kpikit.attainment.ScorecardResult;
import io.kpikit.attainment.StatusBands;
import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every attainment type: serialise then read gives an equal value, and no NaN or infinity is written. */
class AttainmentShapesProperties {

    private static final Gen<Direction> DIRECTIONS = Generate.enumValues(Direction.class);

    private static Gen<ScorecardKpi> kpi(int i) {
        Gen<Ratio> attainment = decimals().zip(decimals(), Ratio::of);
        return attainment.zip(doubles().between(0, 1), integers().between(0, 3), doubles().between(0, 2),
                (a, w, bounds, b) -> {
                    ScorecardKpi k = ScorecardKpi.of("kpi" + i, a, w);
                    k = (bounds & 1) != 0 ? k.withFloor(b / 2) : k;
                    return (bounds & 2) != 0 ? k.withCap(b) : k;
                });
    }

    private static Gen<List<Object>> examples() {
        Gen<Attainment> attainment = decimals().zip(decimals(), DIRECTIONS,
                Generate.enumValues(AttainmentConvention.class), Attainment::of);
        Gen<FeasibilityRule> rule = booleans().all().zip(doubles().between(0, 3),
                (factor, x) -> factor ? FeasibilityRule.factor(1 + x) : FeasibilityRule.margin(x));
        Gen<Feasibility> feasibility = decimals().zip(decimals(), integers().between(1, 12),
                decimals().map(d -> d.abs().min(BigDecimal.ONE)), rule,
                (last, target, periods, rate, r) -> Feasibility.of(last, target, periods, rate, r));
        Gen<GrowthTarget> growth = decimals().zip(decimals(), DIRECTIONS, GrowthTarget::of);
        Gen<Profile> profile = lists().of(nonNegativeDecimals()).ofSizeBetween(1, 12)
                .assuming(w -> w.stream().anyMatch(d -> d.signum() > 0))
                .map(w -> Profile.of(w.toArray(new BigDecimal[0])));
        Gen<Pacing> pacing = decimals().zip(decimals(), profile, integers().between(0, 12), DIRECTIONS,
                (t, y, p, e, d) -> Pacing.of(t, y, p, Math.min(e, p.periods()), d));
        Gen<Pacing> linear = doubles().between(-1e6, 1e6).zip(doubles().between(-1e6, 1e6), doubles().between(0, 1),
                DIRECTIONS, Pacing::linear);
        Gen<PointTarget> points = decimals().zip(DIRECTIONS, PointTarget::ofPoints);
        Gen<StatusBands> bands = doubles().between(0, 1).zip(doubles().between(0.001, 1), doubles().between(0.001, 1),
                (a, b, c) -> StatusBands.of(a, a + b, a + b + c));
        Gen<Scorecard> card = kpi(0).zip(kpi(1), kpi(2), booleans().all(), (a, b, c, normalised) -> normalised
                ? Scorecard.normalised(a, b, c)
                : Scorecard.of(ScorecardKpi.of(a.name(), a.attainment(), 0).withFloor(0).withCap(2), ScorecardKpi.of(b.name(), b.attainment(), 0.25),
                        ScorecardKpi.of(c.name(), c.attainment(), 0.75)))
                .assuming(c -> c.kpis().stream().anyMatch(k -> k.weight() > 0));
        Gen<List<Object>> first = attainment.zip(feasibility, growth, pacing, (a, f, g, p) -> {
            List<Object> l = new ArrayList<>(List.of(a, f, f.rule(), g, p));
            return l;
        });
        Gen<List<Object>> second = linear.zip(points, profile, bands, (l, pt, pr, b) -> List.of(l, pt, pr, b));
        return first.zip(second, card, (a, b, c) -> {
            List<Object> all = new ArrayList<>(a);
            all.addAll(b);
            all.add(c);
            all.addAll(c.kpis());
            for (ScorecardResult r : List.of(c.score(), c.scoreExcludingUndefined())) {
                all.add(r);
                all.addAll(r.lines());
            }
            return all;
        });
    }

    @Test
    void everyAttainmentTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        assertEquals(ShapeTesting.types(AttainmentShapes.all()), seen);
    }
}
