package io.kpikit.budget;

import io.kpikit.core.Money;
import java.util.List;

/**
 * The seeds' budget story as lines: a CNY 10,000,000 annual marketing budget, CNY 9,500,000
 * spent.
 *
 * <pre>
 * line           path                    budget      actual     variance    %
 * feed-ads       online/feed-ads      2,000,000   2,300,000   +300,000   +15%  auction prices rose
 * sem            online/sem           1,500,000   1,650,000   +150,000   +10%  auction prices rose
 * kol            online/kol           1,500,000   1,320,000   -180,000   -12%
 * digital-ads    online/digital-ads   1,000,000     920,000    -80,000    -8%
 *                online               6,000,000   6,190,000   +190,000  over budget
 * exhibitions    offline/exhibitions  1,000,000   1,150,000   +150,000   +15%
 * print-outdoor  offline/print-outdoor 1,000,000    700,000   -300,000   -30%
 *                offline              2,000,000   1,850,000   -150,000
 * pr-agency      brand-pr/pr-agency   1,200,000     900,000   -300,000   -25%
 * sponsorship    brand-pr/sponsorship   800,000     560,000   -240,000   -30%
 *                brand-pr             2,000,000   1,460,000   -540,000  under budget
 * total                              10,000,000   9,500,000   -500,000  95% executed
 * </pre>
 * Budget: 6,000,000 + 2,000,000 + 2,000,000 = 10,000,000. Actual: 6,190,000 + 1,850,000 +
 * 1,460,000 = 9,500,000. Tags: mix=experimental on kol and sponsorship, nothing on
 * print-outdoor, mix=proven on the rest.
 */
final class SeedBudget {

    private SeedBudget() {
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static BudgetLine cost(String id, String path, String budget, String actual) {
        return BudgetLine.of(id, id, path, LineKind.COST, cny(budget), cny(actual));
    }

    static List<BudgetLine> lines() {
        return List.of(
                cost("feed-ads", "online/feed-ads", "2000000", "2300000").withTag("mix", "proven"),
                cost("sem", "online/sem", "1500000", "1650000").withTag("mix", "proven"),
                cost("kol", "online/kol", "1500000", "1320000").withTag("mix", "experimental"),
                cost("digital-ads", "online/digital-ads", "1000000", "920000").withTag("mix", "proven"),
                cost("exhibitions", "offline/exhibitions", "1000000", "1150000").withTag("mix", "proven"),
                cost("print-outdoor", "offline/print-outdoor", "1000000", "700000"),
                cost("pr-agency", "brand-pr/pr-agency", "1200000", "900000").withTag("mix", "proven"),
                cost("sponsorship", "brand-pr/sponsorship", "800000", "560000").withTag("mix", "experimental"));
    }

    static BudgetReport report() {
        return BudgetReport.of(lines());
    }
}
