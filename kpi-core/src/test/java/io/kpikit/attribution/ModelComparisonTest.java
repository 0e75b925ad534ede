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
        assertEquals("channel,first_touch,last_touch\nSearch,4.0,4.0\nEmail,0.0,0.0\nSocial,2.0,0.0\n"
                + "Direct,1.0,3.0\nDisplay,0.0,0.0\n", t.toCsv());
    }

    @Test
    void rejectsDuplicateAndUnknownModels() {
        PathSet p = RuleBasedModelTest.sample();
        assertEquals("model names must be distinct, was \"position_based\" twice",
                assertThrows(IllegalArgumentException.class, () -> ModelComparison.of(p,
                        List.of(RuleBasedModel.positionBased(), RuleBasedModel.positionBased(0.3, 0.3)))).getMessage());
        assertEquals("models must not be empty, was []",
                assertThrows(IllegalArgumentException.class, () -> ModelComparison.of(p, List.of())).getMessage());
        ModelComparison t = ModelComparison.of(p, List.of(MarkovModel.ofOrder(1)));
        assertEquals("model must be one of [markov_order1], was \"x\"",
                assertThrows(IllegalArgumentException.class, () -> t.attribution("x")).getMessage());
    }
}
