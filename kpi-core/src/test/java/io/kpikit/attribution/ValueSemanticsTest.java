package io.kpikit.attribution;

import static io.kpikit.ValueContract.assertValueSemantics;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality and hashing of path sets and attributions. */
class ValueSemanticsTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static PathSet paths(String path, double conversions, String value, double nulls) {
        return PathSet.builder(CNY).add(path, " > ", conversions, new BigDecimal(value), nulls)
                .add(List.of("Direct"), 1, new BigDecimal("50.00"), 0).build();
    }

    @Test
    void pathSetsAreEqualByPathsCountsAndValues() {
        assertValueSemantics(paths("Search > Email", 4, "400.00", 6), paths("Search > Email", 4, "400.00", 6),
                paths("Search > Social", 4, "400.00", 6),
                paths("Email > Search", 4, "400.00", 6),
                paths("Search > Email", 5, "400.00", 6),
                paths("Search > Email", 4, "401.00", 6),
                paths("Search", 4, "400.00", 6));
    }

    @Test
    void attributionsAreEqualByModelAndCredits() {
        PathSet p = paths("Search > Email", 4, "400.00", 6);
        assertValueSemantics(RuleBasedModel.firstTouch().attribute(p),
                RuleBasedModel.firstTouch().attribute(paths("Search > Email", 4, "400.00", 6)),
                RuleBasedModel.lastTouch().attribute(p),
                RuleBasedModel.firstTouch().attribute(paths("Email > Search", 4, "400.00", 6)));
    }

    @Test
    void restoredAttributionsAreEqualByTotalConversionsToo() {
        // no channels: only the totals tell the two apart (1e-10 is within the tolerance of 0)
        io.kpikit.core.Money zero = io.kpikit.core.Money.parse("CNY 0.00");
        assertValueSemantics(Attribution.restore("m", List.of(), 0, zero), Attribution.restore("m", List.of(), 0, zero),
                Attribution.restore("m", List.of(), 1e-10, zero), Attribution.restore("n", List.of(), 0, zero));
    }

    @Test
    void comparisonsAreEqualByChannelsAndModelsInOrder() {
        PathSet p = paths("Search > Email", 4, "400.00", 6);
        List<AttributionModel> two = List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch());
        assertValueSemantics(ModelComparison.of(p, two), ModelComparison.of(paths("Search > Email", 4, "400.00", 6), two),
                ModelComparison.of(p, List.of(RuleBasedModel.lastTouch(), RuleBasedModel.firstTouch())),
                ModelComparison.of(p, List.of(RuleBasedModel.firstTouch())),
                ModelComparison.of(paths("Email > Search", 4, "400.00", 6), two));
    }
}
