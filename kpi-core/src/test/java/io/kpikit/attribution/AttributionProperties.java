package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionProperties {

    /** Every model that runs on paths; the direct channel is the first channel of {@code paths}. */
    static List<AttributionModel> pathModels(PathSet paths) {
        return List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch(),
                RuleBasedModel.lastNonDirect(paths.channels().get(0)),
                RuleBasedModel.linearPerTouch(), RuleBasedModel.linearPerChannel(), RuleBasedModel.positionBased(),
                RuleBasedModel.positionBased(0.2, 0.5), MarkovModel.ofOrder(1), MarkovModel.ofOrder(2),
                MarkovModel.ofOrder(3), ShapleyModel.rateBased(), ShapleyModel.conversionBased());
    }

    static List<AttributionModel> ruleBasedModels(PathSet paths) {
        return pathModels(paths).stream().filter(m -> m instanceof RuleBasedModel).toList();
    }

    private static void checkTotals(Attribution a, PathSet paths) {
        double sum = 0;
        Money value = Money.zero(RandomPaths.CNY);
        for (ChannelCredit c : a.credits()) {
            assertTrue(c.conversions() >= 0 && Double.isFinite(c.conversions()), a.toString());
            assertTrue(!c.value().isNegative(), a.toString());
            sum += c.conversions();
            value = value.plus(c.value());
        }
        assertEquals(paths.totalConversions(), sum, 1e-9, a.model());
        assertEquals(paths.totalValue(), value, a.model());
    }

    @Test
    void creditsAddUpToTheTotalsForEveryModel() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<RandomPaths.Row> rows = RandomPaths.rows(new Random(seed), 5);
            PathSet paths = RandomPaths.build(rows);
            for (AttributionModel m : pathModels(paths)) {
                checkTotals(m.attribute(paths), paths);
            }
            PathSet timed = RandomPaths.timed(rows);
            checkTotals(RuleBasedModel.timeDecay().attribute(timed), timed);
        });
    }

    @Test
    void aChannelOnNoConvertingPathGetsNothingFromRuleBasedModels() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<RandomPaths.Row> rows = RandomPaths.rows(new Random(seed), 4);
            // "never" only appears on paths without conversions
            List<RandomPaths.Row> more = new ArrayList<>(rows);
            more.add(new RandomPaths.Row(List.of("never", "ch1"), 0, java.math.BigDecimal.ZERO, 3));
            PathSet paths = RandomPaths.build(more);
            Set<String> converting = new HashSet<>();
            rows.stream().filter(r -> r.conversions() > 0).forEach(r -> converting.addAll(r.channels()));
            List<Attribution> results = new ArrayList<>();
            for (AttributionModel m : ruleBasedModels(paths)) {
                results.add(m.attribute(paths));
            }
            results.add(RuleBasedModel.timeDecay().attribute(RandomPaths.timed(more)));
            for (Attribution a : results) {
                for (String c : a.channels()) {
                    if (!converting.contains(c)) {
                        assertEquals(0, a.conversions(c), 1e-12, a.model() + " " + c);
                        assertTrue(a.value(c).isZero(), a.model() + " " + c);
                    }
                }
            }
        });
    }

    @Test
    void singleChannelDataGivesThatChannelEverything() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<RandomPaths.Row> rows = RandomPaths.rows(new Random(seed), 1);
            PathSet paths = RandomPaths.build(rows);
            for (AttributionModel m : pathModels(paths)) {
                Attribution a = m.attribute(paths);
                assertEquals(paths.totalConversions(), a.conversions("ch0"), 1e-9, m.name());
                assertEquals(paths.totalValue(), a.value("ch0"), m.name());
            }
            PathSet timed = RandomPaths.timed(rows);
            Attribution decay = RuleBasedModel.timeDecay().attribute(timed);
            assertEquals(timed.totalConversions(), decay.conversions("ch0"), 1e-9);
            assertEquals(timed.totalValue(), decay.value("ch0"));
        });
    }

    @Test
    void relabellingChannelsPermutesTheResults() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<RandomPaths.Row> rows = RandomPaths.rows(r, 5);
            List<String> names = new ArrayList<>(List.of("ch0", "ch1", "ch2", "ch3", "ch4"));
            List<String> renamed = new ArrayList<>(names);
            Collections.shuffle(renamed, r);
            List<RandomPaths.Row> relabelled = new ArrayList<>();
            for (RandomPaths.Row row : rows) {
                List<String> path = new ArrayList<>();
                row.channels().forEach(c -> path.add("x" + renamed.get(names.indexOf(c))));
                relabelled.add(new RandomPaths.Row(path, row.conversions(), row.value(), row.nulls()));
            }
            PathSet a = RandomPaths.build(rows);
            PathSet b = RandomPaths.build(relabelled);
            List<AttributionModel> models = new ArrayList<>(pathModels(a));
            models.removeIf(m -> m.name().startsWith("last_non_direct"));
            for (AttributionModel m : models) {
                Attribution x = m.attribute(a);
                Attribution y = m.attribute(b);
                for (String c : a.channels()) {
                    String d = "x" + renamed.get(names.indexOf(c));
                    assertEquals(x.conversions(c), y.conversions(d), 1e-9, m.name());
                }
            }
            // the direct channel is relabelled with the others
            String direct = a.channels().get(0);
            Attribution x = RuleBasedModel.lastNonDirect(direct).attribute(a);
            Attribution y = RuleBasedModel.lastNonDirect("x" + renamed.get(names.indexOf(direct))).attribute(b);
            for (String c : a.channels()) {
                assertEquals(x.conversions(c), y.conversions("x" + renamed.get(names.indexOf(c))), 1e-9);
            }
        });
    }

    @Test
    void markovResultsDoNotDependOnPathOrder() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<RandomPaths.Row> rows = RandomPaths.rows(r, 4);
            List<RandomPaths.Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, r);
            for (int order = 1; order <= 3; order++) {
                MarkovChain x = MarkovModel.ofOrder(order).fit(RandomPaths.build(rows));
                MarkovChain y = MarkovModel.ofOrder(order).fit(RandomPaths.build(shuffled));
                assertEquals(x.conversionProbability(), y.conversionProbability(), 1e-12);
                assertEquals(x.expectedValue(), y.expectedValue(), 1e-12 * x.expectedValue());
                assertEquals(transitionMatrix(x), transitionMatrix(y));
                for (RemovalEffect e : x.removalEffects()) {
                    RemovalEffect f = y.removalEffect(e.channel());
                    assertEquals(e.conversions().orElse(-1), f.conversions().orElse(-1), 1e-9);
                    assertEquals(e.value().orElse(-1), f.value().orElse(-1), 1e-9);
                    assertEquals(x.attribution().conversions(e.channel()),
                            y.attribution().conversions(e.channel()), 1e-9);
                    assertEquals(x.attribution().value(e.channel()), y.attribution().value(e.channel()));
                }
            }
        });
    }

    /** The transitions as (from, to) → {weight, probability}, independent of state numbering. */
    private static java.util.Map<List<String>, List<Double>> transitionMatrix(MarkovChain chain) {
        java.util.Map<List<String>, List<Double>> m = new java.util.HashMap<>();
        for (MarkovTransition t : chain.transitions()) {
            m.put(List.of(t.from(), t.to()), List.of(t.weight(), t.probability()));
        }
        return m;
    }
}
