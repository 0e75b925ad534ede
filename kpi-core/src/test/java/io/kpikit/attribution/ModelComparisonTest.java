package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    @Test
    void putsModelsSideBySide() {
        ModelComparison t = ModelComparison.of(RuleBasedModelTest.sample(),
                List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch()));
        assertEquals(List.of("first_touch", "last_touch"), t.models());
        // Social: first touch of "Social > Direct" (2), never last
        assertEquals(2, t.conversions("Social", "first_touch"));
        assertEquals(0, t.conversions("Social", "last_touch"));
        assertEquals(Money.parse("CNY 150.00"), t.value("Direct", "last_touch"));
        // conversions of every model, then values (plain amounts in the paths' currency)
        assertEquals("channel,first_touch conversions,last_touch conversions,first_touch value,last_touch value\n"
                + "Search,4.0,4.0,400.00,400.00\nEmail,0.0,0.0,0.00,0.00\nSocial,2.0,0.0,100.00,0.00\n"
                + "Direct,1.0,3.0,50.00,150.00\nDisplay,0.0,0.0,0.00,0.00\n", t.toCsv());
    }

    @Test
    void twoConfigurationsOfOneModelAreSeparateColumns() {
        ModelComparison t = ModelComparison.of(RuleBasedModelTest.sample(),
                List.of(RuleBasedModel.positionBased(), RuleBasedModel.positionBased(0.2, 0.5),
                        RuleBasedModel.lastNonDirect("Direct"), RuleBasedModel.lastNonDirect("Social")));
        assertEquals(List.of("position_based(0.4,0.4)", "position_based(0.2,0.5)", "last_non_direct(Direct)",
                "last_non_direct(Social)"), t.models());
        // Social > Direct (2 conversions): 40/40 splits 1 : 1, 20/50 splits 2/7 : 5/7 · 2
        assertEquals(1.0, t.conversions("Social", "position_based(0.4,0.4)"), 1e-12);
        assertEquals(4.0 / 7, t.conversions("Social", "position_based(0.2,0.5)"), 1e-12);
        assertEquals(2.0, t.conversions("Social", "last_non_direct(Direct)"), 1e-12);
        assertEquals(0.0, t.conversions("Social", "last_non_direct(Social)"), 1e-12);
        // names with commas are quoted in the CSV header
        assertEquals("channel,\"position_based(0.4,0.4) conversions\",\"position_based(0.2,0.5) conversions\","
                + "last_non_direct(Direct) conversions,last_non_direct(Social) conversions,"
                + "\"position_based(0.4,0.4) value\",\"position_based(0.2,0.5) value\","
                + "last_non_direct(Direct) value,last_non_direct(Social) value",
                t.toCsv().lines().findFirst().orElseThrow());
        assertEquals("time_decay(7d)", RuleBasedModel.timeDecay().name());
        assertEquals("time_decay(1d)", RuleBasedModel.timeDecay(java.time.Duration.ofDays(1)).name());
        assertEquals("time_decay(PT12H)", RuleBasedModel.timeDecay(java.time.Duration.ofHours(12)).name());
    }

    @Test
    void rejectsDuplicateAndUnknownModels() {
        PathSet p = RuleBasedModelTest.sample();
        assertEquals("model names must be distinct, was \"position_based(0.4,0.4)\" twice",
                assertThrows(IllegalArgumentException.class, () -> ModelComparison.of(p,
                        List.of(RuleBasedModel.positionBased(), RuleBasedModel.positionBased(0.4, 0.4)))).getMessage());
        assertEquals("models must not be empty, was []",
                assertThrows(IllegalArgumentException.class, () -> ModelComparison.of(p, List.of())).getMessage());
        ModelComparison t = ModelComparison.of(p, List.of(MarkovModel.ofOrder(1)));
        assertEquals("model must be one of [markov_order1], was \"x\"",
                assertThrows(IllegalArgumentException.class, () -> t.attribution("x")).getMessage());
    }
}
