package io.kpikit.review;

import io.kpikit.budget.LineKind;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import io.kpikit.funnel.FunnelStage;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Small documents with hand-checkable figures, shared by the review tests. */
final class ReviewFixtures {

    static final Currency CNY = Currency.getInstance("CNY");
    static final ReviewPeriod FY2024 = new ReviewPeriod("FY2024", 2024, null, null);

    private ReviewFixtures() {
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static ReviewDocument empty() {
        return new ReviewDocument("Acme", FY2024, CNY, null, null, null, null, null, null, null);
    }

    static KpiInput level(String name, String target, String actual, String weight) {
        return new KpiInput(name, null, Direction.HIGHER_IS_BETTER, TargetKind.LEVEL, null,
                target == null ? null : dec(target), dec(actual), weight == null ? null : dec(weight), null, null);
    }

    static BudgetLineInput cost(String path, String budget, String actual) {
        return new BudgetLineInput(path, null, LineKind.COST, cny(budget), cny(actual), null, null, null);
    }

    static ChannelInput channel(String name, String spend, String revenue) {
        return new ChannelInput(name, cny(spend), cny(revenue), null, null);
    }

    static ReviewDocument with(List<KpiInput> kpis, BudgetInput budget, List<ChannelInput> channels,
            CustomerInput customers, MarketInput market, FunnelInput funnel, AttributionInput attribution) {
        return new ReviewDocument("Acme", FY2024, CNY, kpis, budget, channels, customers, market, funnel, attribution);
    }

    static FunnelInput funnel(long... counts) {
        List<FunnelStage> stages = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            stages.add(new FunnelStage("s" + i, counts[i]));
        }
        return new FunnelInput(stages, null, null, null, null, null);
    }

    static MarketInput market(String own, String lastOwn, Map<String, BigDecimal> now, Map<String, BigDecimal> last) {
        return new MarketInput("units", "us", dec(own), now, lastOwn == null ? null : dec(lastOwn), last, null);
    }
}
