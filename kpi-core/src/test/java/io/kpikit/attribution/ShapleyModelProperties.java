package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ShapleyModelProperties {

    @Test
    void conversionBasedShapleyIsDistinctChannelLinearCredit() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            PathSet paths = RandomPaths.build(RandomPaths.rows(new Random(seed), 6));
            Attribution shapley = ShapleyModel.conversionBased().attribute(paths);
            Attribution linear = RuleBasedModel.linearPerChannel().attribute(paths);
            for (String c : paths.channels()) {
                assertEquals(linear.conversions(c), shapley.conversions(c), 1e-9, c);
                // the weights agree to floating-point rounding, which can move a tied cent
                assertTrue(linear.value(c).minus(shapley.value(c)).abs().amount().compareTo(new java.math.BigDecimal("0.01")) <= 0,
                        linear.value(c) + " vs " + shapley.value(c));
            }
        });
    }

    @Test
    void exactRateBasedValuesEqualTheUnanimityDecomposition() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<RandomPaths.Row> rows = RandomPaths.rows(new Random(seed), 6);
            PathSet paths = RandomPaths.build(rows);
            // r(T) = conversions / journeys of the paths whose channel set is T; φ_i = Σ_{T ∋ i} r(T) / |T|
            Map<Set<String>, double[]> bySet = new HashMap<>();
            for (RandomPaths.Row row : rows) {
                double[] acc = bySet.computeIfAbsent(new TreeSet<>(row.channels()), k -> new double[2]);
                acc[0] += row.conversions();
                acc[1] += row.conversions() + row.nulls();
            }
            Map<String, Double> expected = new HashMap<>();
            bySet.forEach((set, acc) -> {
                double r = acc[1] > 0 ? acc[0] / acc[1] : 0;
                set.forEach(c -> expected.merge(c, r / set.size(), Double::sum));
            });
            ShapleyValues values = ShapleyModel.rateBased().values(paths);
            for (ShapleyValue v : values.values()) {
                assertEquals(expected.getOrDefault(v.channel(), 0.0), v.conversions(), 1e-12, v.channel());
            }
        });
    }

    @Test
    void samplingEstimatesTheExactValueWithinItsStandardError() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            PathSet paths = RandomPaths.build(RandomPaths.rows(new Random(seed), 6));
            ShapleyValues exact = ShapleyModel.rateBased().values(paths);
            ShapleyValues sampled = ShapleyModel.rateBased().withExactLimit(0).withSampling(500, seed).values(paths);
            double sum = 0;
            for (int i = 0; i < exact.values().size(); i++) {
                ShapleyValue e = exact.values().get(i);
                ShapleyValue s = sampled.values().get(i);
                // 6 standard errors, plus rounding, for a test that must not flake
                assertTrue(Math.abs(e.conversions() - s.conversions()) <= 6 * s.conversionsStandardError() + 1e-12,
                        e + " vs " + s);
                sum += s.conversions();
            }
            // every permutation distributes exactly v(N), so the sampled values sum to it
            double total = exact.values().stream().mapToDouble(ShapleyValue::conversions).sum();
            assertEquals(total, sum, 1e-9);
        });
    }
}
