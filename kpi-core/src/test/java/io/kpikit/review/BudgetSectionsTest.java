package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.budget.LineKind;
import io.kpikit.budget.MixShare;
import io.kpikit.core.Ratio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allocation mix of the cost lines per tag key. */
class BudgetSectionsTest {

    private static void assertRatio(String expected, Ratio r) {
        assertEquals(0, dec(expected).compareTo(r.toBigDecimal()), () -> "was " + r);
    }

    private static BudgetLineInput line(String path, LineKind kind, String budget, String actual,
            Map<String, String> tags) {
        return new BudgetLineInput(path, null, kind, cny(budget), cny(actual), tags, null, null);
    }

    @Test
    void mixPerTagKeyOverTheCostLines() {
        // cost: proven 50 + 30 = 80 budgeted, 47.40 + 30 = 77.40 spent; experimental 20 → 17.60
        // the revenue line is tagged too but stays out of the mix
        BudgetInput b = new BudgetInput(null, null, List.of(
                line("ads", LineKind.COST, "50.00", "47.40", Map.of("mix", "proven", "region", "north")),
                line("events", LineKind.COST, "30.00", "30.00", Map.of("mix", "proven")),
                line("kol", LineKind.COST, "20.00", "17.60", Map.of("mix", "experimental")),
                line("sales", LineKind.REVENUE, "500.00", "600.00", Map.of("mix", "proven"))));
        ReviewReport r = ReviewReport.of(ReviewFixtures.with(null, b, null, null, null, null, null));
        List<MixSection> mixes = r.budget().mixes();
        assertEquals(List.of("mix", "region"), mixes.stream().map(MixSection::tagKey).toList());
        MixSection mix = mixes.get(0);
        assertEquals(cny("100.00"), mix.totalBudget());
        assertEquals(cny("95.00"), mix.totalActual());
        MixShare experimental = mix.groups().get(0);
        MixShare proven = mix.groups().get(1);
        assertEquals("experimental", experimental.group());
        // budget 20 / 100 = 0.2 and 80 / 100 = 0.8; actual 17.60 / 95 = 0.18526…, 77.40 / 95 = 0.81473…
        assertRatio("0.2", experimental.budgetShare());
        assertRatio("0.8", proven.budgetShare());
        assertEquals(cny("77.40"), proven.actual());
        assertEquals(0.8147368421, proven.actualShare().doubleValue(), 1e-10);
        assertEquals(0.1852631579, experimental.actualShare().doubleValue(), 1e-10);
        // lines without the tag form the "untagged" group, so every key's shares sum to 1
        MixSection region = mixes.get(1);
        assertEquals(List.of("north", "untagged"), region.groups().stream().map(MixShare::group).toList());
        assertRatio("0.5", region.groups().get(0).budgetShare());
        assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
    }

    @Test
    void noTagsNoMix() {
        BudgetInput b = new BudgetInput(null, null, List.of(ReviewFixtures.cost("a", "1.00", "1.00")));
        assertEquals(List.of(), ReviewReport.of(ReviewFixtures.with(null, b, null, null, null, null, null)).budget()
                .mixes());
    }
}
