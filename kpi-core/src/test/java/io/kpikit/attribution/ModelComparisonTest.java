package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    @Test
    void aStoredComparisonComesBackEqual() {
        PathSet p = RuleBasedModelTest.sample();
        ModelComparison t = ModelComparison.of(p, List.of(RuleBasedModel.firstTouch(), MarkovModel.ofOrder(1)));
        Attribution first = t.attribution("first_touch");
        Attribution markov = t.attribution("markov_order1");
        ModelComparison back = ModelComparison.restore(List.of("Search", "Email", "Social", "Direct", "Display"),
                List.of(first, markov));
        assertEquals(t, back);
        assertEquals(t.toCsv(), back.toCsv());
        // the order of the models is part of the comparison
        assertNotEquals(t, ModelComparison.restore(t.channels(), List.of(markov, first)));
        // an attribution may credit the channels in another order: each cell is still defined
        Attribution reordered = Attribution.restore("reordered", List.of(first.credits().get(4),
                first.credits().get(3), first.credits().get(2), first.credits().get(1), first.credits().get(0)),
                first.totalConversions(), first.totalValue());
        assertEquals(2.0, ModelComparison.restore(t.channels(), List.of(reordered)).conversions("Social", "reordered"));
    }

    @Test
    void aStoredComparisonMustFitTogether() {
        ModelComparison t = ModelComparison.of(RuleBasedModelTest.sample(),
                List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch()));
        Attribution first = t.attribution("first_touch");
        assertEquals("attributions must not be empty, was []",
                message(() -> ModelComparison.restore(t.channels(), List.of())));
        assertEquals("attributions[1].model must be distinct, was \"first_touch\" twice",
                message(() -> ModelComparison.restore(t.channels(), List.of(first, first))));
        // Display is missing from the channels: the first-touch column would have a row too many
        assertEquals("attributions[0] must credit exactly the channels [Search, Email, Social, Direct] (model"
                + " \"first_touch\"), was [Search, Email, Social, Direct, Display]",
                message(() -> ModelComparison.restore(List.of("Search", "Email", "Social", "Direct"), List.of(first))));
        assertEquals("attributions[0] must credit exactly the channels [Search, Email, Social, Direct, Video] (model"
                + " \"first_touch\"), was [Search, Email, Social, Direct, Display]",
                message(() -> ModelComparison.restore(List.of("Search", "Email", "Social", "Direct", "Video"),
                        List.of(first))));
        assertEquals("channels[1] must be distinct, was \"Search\" twice",
                message(() -> ModelComparison.restore(List.of("Search", "Search"), List.of(first))));
        assertEquals("channels[0] must not be blank, was \" \"",
                message(() -> ModelComparison.restore(List.of(" "), List.of(first))));
    }

    @Test
    void aModelThatLeavesOutAChannelIsRejected() {
        PathSet p = RuleBasedModelTest.sample();
        AttributionModel searchOnly = new AttributionModel() {
            @Override
            public String name() {
                return "search_only";
            }

            @Override
            public Attribution attribute(PathSet paths) {
                return Attribution.restore(name(), List.of(new ChannelCredit("Search", paths.totalConversions(),
                        paths.totalValue(), io.kpikit.core.Ratio.of(paths.totalConversions(), paths.totalConversions()))),
                        paths.totalConversions(), paths.totalValue());
            }
        };
        assertEquals("models[1] must credit exactly the channels [Search, Email, Social, Direct, Display] (model"
                + " \"search_only\"), was [Search]",
                message(() -> ModelComparison.of(p, List.of(RuleBasedModel.firstTouch(), searchOnly))));
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
