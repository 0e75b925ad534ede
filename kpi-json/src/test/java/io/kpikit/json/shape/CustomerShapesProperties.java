package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.money;
import static io.kpikit.json.shape.Gens.nonNegativeMoney;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.maps;

import io.kpikit.core.Money;
import io.kpikit.customer.AverageRevenue;
import io.kpikit.customer.Cac;
import io.kpikit.customer.CacTable;
import io.kpikit.customer.Csat;
import io.kpikit.customer.Ltv;
import io.kpikit.customer.Nps;
import io.kpikit.customer.OrderStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every customer type: serialise then read gives an equal value, and no NaN or infinity is written. */
class CustomerShapesProperties {

    private static Gen<List<Object>> examples() {
        Gen<RoundingMode> modes = Generate.pick(List.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP,
                RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.UP, RoundingMode.HALF_DOWN));
        Gen<Long> counts = longs().between(0, 10_000).mix(Generate.constant(0L), 10);
        Gen<AverageRevenue> average = nonNegativeMoney().zip(counts, modes, booleans().all(),
                (r, n, m, aov) -> aov ? AverageRevenue.aov(r, n, m) : AverageRevenue.arpu(r, n, m));
        Gen<Cac> cac = nonNegativeMoney().zip(counts, modes, integers().between(0, 2), Gens.channel(),
                (s, n, m, basis, ch) -> basis == 0 ? Cac.blended(s, n, m) : basis == 1 ? Cac.paid(s, n, m)
                        : Cac.channel(ch, s, n, m));
        Gen<CacTable> table = maps().of(Gens.channel(), nonNegativeMoney().zip(counts, (s, n) -> Map.entry(s, n)))
                .ofSizeBetween(1, 5).zip(modes, (rows, m) -> {
                    Map<String, Money> spend = new LinkedHashMap<>();
                    Map<String, Long> customers = new LinkedHashMap<>();
                    rows.forEach((k, e) -> {
                        spend.put(k, e.getKey());
                        customers.put(k, e.getValue());
                    });
                    return CacTable.of(spend, customers, m);
                });
        Gen<BigDecimal> unit = integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 4));
        Gen<BigDecimal> discount = integers().between(0, 9_999).map(i -> BigDecimal.valueOf(i, 4));
        Gen<Ltv> formula = nonNegativeMoney().zip(unit, unit, discount, booleans().all(), (a, m, c, d, simple) -> simple
                ? Ltv.simple(a, m, c, RoundingMode.HALF_UP) : Ltv.discounted(a, m, c, d, RoundingMode.HALF_EVEN));
        Gen<Ltv> cohort = lists().of(money()).ofSizeBetween(1, 6).zip(counts, discount, modes, Ltv::cohort);
        Gen<Nps> nps = counts.zip(counts, counts, Nps::of);
        Gen<OrderStats> orders = counts.zip(counts, counts, (c, r, extra) -> new OrderStats(c, Math.min(r, c),
                c + Math.min(r, c) + extra));
        Gen<List<Object>> first = average.zip(cac, table, (a, c, t) -> {
            List<Object> l = new ArrayList<>(List.of(a, c, t));
            l.addAll(t.asMap().values());
            return l;
        });
        return first.zip(formula, cohort, nps.zip(orders, List::of), (l, f, co, no) -> {
            List<Object> all = new ArrayList<>(l);
            all.add(f);
            all.add(co);
            all.addAll(no);
            all.add(f.method() == Ltv.Method.SIMPLE ? Csat.Scale.FIVE_POINT : new Csat.Scale(0, 10, 9));
            Nps n = (Nps) no.get(0);
            if (n.isDefined()) {
                all.add(n.confidenceInterval());
            }
            return all;
        });
    }

    @Test
    void everyCustomerTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        assertEquals(ShapeTesting.types(CustomerShapes.all()), seen);
    }
}
