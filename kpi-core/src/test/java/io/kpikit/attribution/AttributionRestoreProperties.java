package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Restoring a model's result, or a comparison of models, from its stored figures gives it back. */
class AttributionRestoreProperties {

    @Test
    void everyModelsResultRestoresEqual() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<RandomPaths.Row> rows = RandomPaths.rows(new Random(seed), 5);
            PathSet paths = RandomPaths.build(rows);
            List<AttributionModel> models = List.of(RuleBasedModel.firstTouch(), RuleBasedModel.linearPerTouch(),
                    RuleBasedModel.positionBased(0.2, 0.5), MarkovModel.ofOrder(1), ShapleyModel.rateBased());
            ModelComparison comparison = ModelComparison.of(paths, models);
            List<Attribution> restored = new ArrayList<>();
            for (String model : comparison.models()) {
                Attribution a = comparison.attribution(model);
                Attribution back = Attribution.restore(a.model(), a.credits(), a.totalConversions(), a.totalValue());
                assertEquals(a, back, model);
                restored.add(back);
            }
            assertEquals(comparison, ModelComparison.restore(comparison.channels(), restored));
            PathSet timed = RandomPaths.timed(rows);
            Attribution decay = RuleBasedModel.timeDecay().attribute(timed);
            assertEquals(decay, Attribution.restore(decay.model(), decay.credits(), decay.totalConversions(),
                    decay.totalValue()));
        });
    }
}
