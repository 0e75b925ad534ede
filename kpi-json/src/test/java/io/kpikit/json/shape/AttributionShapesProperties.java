package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.CNY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.AttributionModel;
import io.kpikit.attribution.Conversion;
import io.kpikit.attribution.JourneyAccumulator;
import io.kpikit.attribution.Journeys;
import io.kpikit.attribution.MarkovChain;
import io.kpikit.attribution.MarkovModel;
import io.kpikit.attribution.ModelComparison;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import io.kpikit.attribution.ShapleyValues;
import io.kpikit.attribution.Touchpoint;
import io.kpikit.core.Money;
import io.kpikit.json.JsonTesting;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every attribution type: serialise then read gives an equal value, and no NaN or infinity is written. */
class AttributionShapesProperties {

    private static final List<String> CHANNELS = List.of("Search", "Email", "Social", "Direct");

    /**
     * Path sets of up to six paths: conversions in eighths (zero one time in five), values up to
     * CNY 1,000.00 and, one time in eleven, beyond 2^49 fen (more than a double keeps exactly).
     */
    private static Gen<PathSet> pathSets() {
        Gen<List<String>> path = lists().of(Generate.pick(CHANNELS)).ofSizeBetween(1, 4);
        Gen<Double> conversions = integers().between(0, 40).map(i -> i < 8 ? 0.0 : i / 8.0);
        Gen<Long> minorUnits = longs().between(0, 100_000).mix(longs().between(1L << 49, 1L << 60), 9);
        Gen<Object[]> row = path.zip(conversions, minorUnits, integers().between(0, 9),
                (p, conv, value, nulls) -> new Object[] {p, conv, value, nulls});
        return lists().of(row).ofSizeBetween(0, 6).map(rows -> {
            PathSet.Builder b = PathSet.builder(CNY);
            for (Object[] r : rows) {
                double conv = (Double) r[1];
                @SuppressWarnings("unchecked")
                List<String> channels = (List<String>) r[0];
                b.add(channels, conv, conv == 0 ? BigDecimal.ZERO : BigDecimal.valueOf((Long) r[2], 2), (Integer) r[3]);
            }
            return b.build();
        });
    }

    private static Gen<Journeys> journeys() {
        Gen<Object> event = integers().between(0, 3).zip(Generate.pick(CHANNELS), longs().between(0, 1_000_000),
                integers().between(0, 3), (user, channel, t, kind) -> kind == 0
                        ? new Conversion("u" + user, Instant.ofEpochSecond(t), Money.ofMinor(t % 10_000, CNY))
                        : new Touchpoint("u" + user, channel, Instant.ofEpochSecond(t)));
        return lists().of(event).ofSizeBetween(0, 12).map(events -> {
            JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(3), CNY);
            for (Object e : events) {
                if (e instanceof Touchpoint) {
                    acc.add((Touchpoint) e);
                } else {
                    acc.add((Conversion) e);
                }
            }
            return acc.result();
        });
    }

    private static Gen<List<Object>> examples() {
        return pathSets().zip(journeys(), (paths, journeys) -> {
            List<AttributionModel> models = List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch(),
                    RuleBasedModel.linearPerTouch(), RuleBasedModel.positionBased(), MarkovModel.ofOrder(1),
                    ShapleyModel.rateBased());
            ModelComparison comparison = ModelComparison.of(paths, models);
            MarkovChain chain = MarkovModel.ofOrder(1).fit(paths);
            ShapleyValues shapley = ShapleyModel.conversionBased().values(paths);
            Attribution last = comparison.attribution(models.get(1).name());
            Map<String, Money> spend = new LinkedHashMap<>();
            paths.channels().forEach(c -> spend.put(c, Money.ofMinor(c.length() * 1000L, CNY)));
            List<Object> all = new ArrayList<>(List.of(paths, journeys, comparison, chain, shapley, last,
                    journeys.paths(), RuleBasedModel.timeDecay().attribute(journeys.paths()), chain.attribution()));
            all.addAll(last.credits());
            all.addAll(last.withSpend(spend));
            all.addAll(chain.transitions());
            all.addAll(chain.stateWeights());
            all.addAll(chain.edges());
            all.addAll(chain.removalEffects());
            all.addAll(shapley.values());
            all.add(new Touchpoint("u1", "Search", Instant.ofEpochSecond(paths.size())));
            all.add(new Conversion("u1", Instant.ofEpochSecond(paths.size()), paths.totalValue()));
            return all;
        });
    }

    @Test
    void aFittedMarkovChainOfOrderOneToThreeReadsBackEqual() {
        qt().withExamples(Gens.EXAMPLES * 4).forAll(pathSets(), integers().between(1, 3)).checkAssert((paths, order) -> {
            MarkovChain chain = MarkovModel.ofOrder(order).fit(paths);
            String json = ShapeTesting.roundTrip(chain);
            MarkovChain back = JsonTesting.readRaw(json, MarkovChain.class);
            // equal inputs; and every derived figure, solved again, is the same double
            assertEquals(chain, back);
            assertEquals(chain.removalEffects(), back.removalEffects());
            assertEquals(chain.attribution(), back.attribution());
        });
    }

    @Test
    void everyAttributionTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        assertEquals(ShapeTesting.types(AttributionShapes.all()), seen);
    }
}
