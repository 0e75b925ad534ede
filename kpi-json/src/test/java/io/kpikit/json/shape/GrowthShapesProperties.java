package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.decimals;
import static io.kpikit.json.shape.Gens.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;

import io.kpikit.growth.Cagr;
import io.kpikit.growth.Change;
import io.kpikit.growth.ComparisonPeriod;
import io.kpikit.growth.GrowthContribution;
import io.kpikit.growth.IndexSeries;
import io.kpikit.growth.MoneyChange;
import io.kpikit.growth.Trend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every growth type: serialise then read gives an equal value, and no NaN or infinity is written. */
class GrowthShapesProperties {

    private static Gen<List<Object>> examples() {
        Gen<ComparisonPeriod> period = Generate.enumValues(ComparisonPeriod.class);
        Gen<Change> change = decimals().zip(decimals(), period, (a, b, p) -> Change.between(a, b).withPeriod(p));
        Gen<MoneyChange> moneyChange = money().zip(money(), period, (a, b, p) -> MoneyChange.between(a, b).withPeriod(p));
        Gen<Cagr> cagr = decimals().zip(decimals(), integers().between(1, 10), Cagr::of);
        Gen<Map<String, BigDecimal>> segments = maps().of(Gens.channel(), decimals()).ofSizeBetween(0, 4);
        Gen<GrowthContribution> contribution = segments.zip(segments, GrowthContribution::between);
        Gen<IndexSeries> index = lists().of(decimals()).ofSizeBetween(1, 8)
                .zip(integers().between(0, 7), (l, b) -> IndexSeries.of(l, Math.min(b, l.size() - 1)));
        Gen<Trend> trend = lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 8)
                .zip(booleans().all(), (l, byIndex) -> {
                    double[] y = l.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] x = new double[y.length];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = 2020 + (i * 7) % 5; // repeated and unordered years
                    }
                    return byIndex ? Trend.of(y) : Trend.of(x, y);
                });
        Gen<List<Object>> first = change.zip(moneyChange, cagr, contribution, (c, m, g, gc) -> {
            List<Object> l = new ArrayList<>(List.of(c, m, g, gc));
            l.addAll(gc.segments());
            return l;
        });
        return first.zip(index, trend, integers().between(1, 3), (l, i, t, k) -> {
            List<Object> all = new ArrayList<>(l);
            all.add(i);
            all.add(t);
            if (t.isDefined()) {
                all.addAll(t.forecast(k));
            }
            return all;
        });
    }

    @Test
    void everyGrowthTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        assertEquals(ShapeTesting.types(GrowthShapes.all()), seen);
    }
}
