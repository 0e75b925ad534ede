package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.budget.LineKind;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ReviewDocumentTest {

    private static void assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertThrows(ReviewInputException.class, build);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @Test
    void periodIsAYearOrTwoDates() {
        assertEquals(LocalDate.of(2024, 1, 1), ReviewFixtures.FY2024.firstDay());
        assertRejected("end", "end must be >= start (2024-06-30), was 2024-01-01",
                () -> new ReviewPeriod("H1", null, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 1, 1)));
        assertRejected("start", "give either year or start and end, was year 2024 with start 2024-01-01 and end null",
                () -> new ReviewPeriod("H1", 2024, LocalDate.of(2024, 1, 1), null));
        assertThrows(NullPointerException.class, () -> new ReviewPeriod("H1", null, null, null));
    }

    @Test
    void kpiMessagesNameTheKpi() {
        assertRejected("base", "base must be given for a GROWTH target, was absent (kpi \"sales\")",
                () -> new KpiInput("sales", null, Direction.HIGHER_IS_BETTER, TargetKind.GROWTH, null, dec("0.2"),
                        dec("1"), null, null, null));
        assertRejected("weight", "weight must be >= 0, was -1 (kpi \"sales\")",
                () -> new KpiInput("sales", null, Direction.HIGHER_IS_BETTER, TargetKind.LEVEL, null, dec("1"),
                        dec("1"), dec("-1"), null, null));
        assertRejected("series/1/period", "period must be unique, was \"Q1\" twice (kpi \"sales\")",
                () -> new KpiInput("sales", null, Direction.HIGHER_IS_BETTER, TargetKind.LEVEL, null, dec("1"),
                        dec("1"), null, null, List.of(new SeriesPoint("Q1", null, dec("1"), null),
                                new SeriesPoint("Q1", null, dec("2"), null))));
        assertRejected("met", "met must be > atRisk (0.9), was 0.8",
                () -> new Thresholds(dec("0.9"), dec("0.8"), dec("1.1")));
    }

    @Test
    void budgetLineMessagesNameTheLine() {
        assertRejected("budget", "budget must be >= 0, was CNY -1.00 (budget line \"a/b\")",
                () -> ReviewFixtures.cost("a/b", "-1.00", "0.00"));
        assertRejected("path", "path segments must be non-blank without surrounding spaces, was \"a//b\""
                + " (budget line \"a//b\")", () -> ReviewFixtures.cost("a//b", "1.00", "0.00"));
        assertRejected("monthlyActual", "monthlyActual needs a monthlyPlan, was given without one (budget line \"a\")",
                () -> new BudgetLineInput("a", null, LineKind.COST, cny("1.00"), cny("1.00"), null, null,
                        List.of(cny("1.00"))));
        ReviewInputException plan = assertThrows(ReviewInputException.class,
                () -> new BudgetLineInput("a", null, LineKind.COST, cny("10.00"), cny("1.00"), Map.of(),
                        List.of(cny("4.00"), cny("5.00")), null));
        assertEquals("monthlyPlan", plan.field());
        assertEquals("a", ReviewFixtures.cost("x/a", "1.00", "1.00").name());
    }

    @Test
    void budgetRejectsRepeatedPaths() {
        assertRejected("lines/1/path", "path must be unique, was \"a\" twice",
                () -> new BudgetInput(null, null, List.of(ReviewFixtures.cost("a", "1.00", "1.00"),
                        ReviewFixtures.cost("a", "2.00", "1.00"))));
        assertRejected("lines", "lines must not be empty, was []", () -> new BudgetInput(null, null, List.of()));
    }

    @Test
    void documentRejectsAmountsInAnotherCurrencyAtTheirPath() {
        BudgetInput b = new BudgetInput(null, null, List.of(new BudgetLineInput("a", null, LineKind.COST,
                Money.of("1.00", "USD"), Money.of("1.00", "USD"), null, null, null)));
        assertRejected("budget/lines/0/budget", "budget must be in CNY (the document's currency), was USD 1.00"
                + " (budget line \"a\")", () -> ReviewFixtures.with(null, b, null, null, null, null, null));
        assertRejected("channels/1/name", "channel names must be unique, was \"SEM\" twice",
                () -> ReviewFixtures.with(null, null, List.of(ReviewFixtures.channel("SEM", "1.00", "1.00"),
                        ReviewFixtures.channel("SEM", "1.00", "1.00")), null, null, null, null));
        assertRejected("kpis", "kpis must not be empty, was []",
                () -> ReviewFixtures.with(List.of(), null, null, null, null, null, null));
    }

    @Test
    void channelAndCustomerCounts() {
        assertRejected("spend", "spend must be >= 0, was CNY -1.00 (channel \"SEM\")",
                () -> ReviewFixtures.channel("SEM", "-1.00", "1.00"));
        assertRejected("lostCustomers", "lostCustomers must be <= customersAtStart (10), was 11",
                () -> new CustomerInput(10, 0, 11, null, null, null, null, null, null));
        assertRejected("grossMargin", "grossMargin must be in [0, 1], was 1.5",
                () -> new CustomerInput(10, 0, 1, null, null, dec("1.5"), null, null, null));
        assertRejected("histogram", "histogram must have 11 counts (scores 0..10), was 3",
                () -> new NpsInput(List.of(1L, 2L, 3L), null, null, null));
        assertRejected("", "give either histogram or satisfied and responses, was both",
                () -> new CsatInput(1L, 2L, List.of(1L, 1L, 1L, 1L, 1L), null));
        assertRejected("satisfied", "satisfied must be <= responses (2), was 3",
                () -> new CsatInput(3L, 2L, null, null));
    }

    @Test
    void marketAndFunnel() {
        assertRejected("competitors/us", "competitor name must be non-blank and differ from own (\"us\"), was \"us\"",
                () -> ReviewFixtures.market("1", null, Map.of("us", dec("2")), null));
        assertRejected("competitorsLastPeriod", "ownSalesLastPeriod and competitorsLastPeriod must be given together,"
                + " was only ownSalesLastPeriod", () -> ReviewFixtures.market("1", "1", Map.of("A", dec("2")), null));
        ReviewInputException grows = assertThrows(ReviewInputException.class, () -> ReviewFixtures.funnel(10, 5, 6));
        assertEquals("stages/2/count", grows.field());
    }

    @Test
    void attributionInputRules() {
        List<PathInput> paths = List.of(new PathInput(List.of("A"), dec("1"), null, null));
        assertRejected("csv", "give either paths or csv, was both",
                () -> new AttributionInput(paths, "p.csv", null, null, null, null));
        assertRejected("models/0", "model last-non-direct needs direct, was absent",
                () -> new AttributionInput(paths, null, null, List.of("last-non-direct"), null, null));
        assertRejected("markovOrder", "markovOrder must be in [1, 4], was 5",
                () -> new AttributionInput(paths, null, null, null, 5, null));
        assertRejected("conversions", "conversions must be >= 0, was -1",
                () -> new PathInput(List.of("A"), dec("-1"), null, null));
        AttributionInput direct = new AttributionInput(paths, null, null, null, null, "Direct");
        assertRejected("attribution/direct", "direct must be one of the channels of the paths [A], was \"Direct\"",
                () -> ReviewFixtures.with(null, null, null, null, null, null, direct));
        // a value finer than the minor unit (CNY has 2 decimals) is rejected at the value itself
        AttributionInput fine = new AttributionInput(List.of(new PathInput(List.of("A"), dec("1"), dec("0.001"), null)),
                null, null, null, null, null);
        assertRejected("attribution/paths/0/value", "value must have at most 2 decimal places in CNY, was 0.001",
                () -> ReviewFixtures.with(null, null, null, null, null, null, fine));
    }

    @Test
    void pointsSharesMustBeFractions() {
        // "20" and "26" are percentages, not fractions: 20 > 1 is rejected at the base, 26 at the actual
        assertRejected("base", "base must be in [0, 1], was 20 (kpi \"market share\")",
                () -> new KpiInput("market share", null, Direction.HIGHER_IS_BETTER, TargetKind.POINTS, dec("20"),
                        dec("5"), dec("26"), null, null, null));
        assertRejected("actual", "actual must be in [0, 1], was 26 (kpi \"market share\")",
                () -> new KpiInput("market share", null, Direction.HIGHER_IS_BETTER, TargetKind.POINTS, dec("0.20"),
                        dec("5"), dec("26"), null, null, null));
        assertRejected("base", "base must be in [0, 1], was -0.01 (kpi \"churn\")",
                () -> new KpiInput("churn", null, Direction.LOWER_IS_BETTER, TargetKind.POINTS, dec("-0.01"),
                        dec("-2"), dec("0.08"), null, null, null));
        // a LEVEL KPI is not a share: 26 stays a valid level
        assertEquals(0, dec("26").compareTo(ReviewFixtures.level("visits", "20", "26", null).actual()));
    }

    @Test
    void amountsWithMoreDecimalsThanTheCurrencyAreRejectedAtTheirField() {
        // CNY has 2 decimals: 1.005 has 3; 1.000 has only zeros beyond 2 and is accepted
        assertRejected("channels/0/spend", "spend must have at most 2 decimal places in CNY, was 1.005"
                + " (channel \"SEM\")", () -> ReviewFixtures.with(null, null,
                        List.of(ReviewFixtures.channel("SEM", "1.005", "1.00")), null, null, null, null));
        assertEquals(cny("1.00"), ReviewFixtures.with(null, null, List.of(ReviewFixtures.channel("SEM", "1.000", "1")),
                null, null, null, null).channels().get(0).spend());
        BudgetLineInput line = new BudgetLineInput("a", null, LineKind.COST, cny("2.00"), cny("1.00"), null,
                List.of(cny("1.995"), cny("0.005")), null);
        assertRejected("budget/lines/0/monthlyPlan/0", "monthlyPlan/0 must have at most 2 decimal places in CNY,"
                + " was 1.995 (budget line \"a\")", () -> ReviewFixtures.with(null, new BudgetInput(null, null,
                        List.of(line)), null, null, null, null, null));
        CustomerInput c = new CustomerInput(10, 1, 1, null, cny("0.001"), null, null, null, null);
        assertRejected("customers/revenue", "revenue must have at most 2 decimal places in CNY, was 0.001",
                () -> ReviewFixtures.with(null, null, null, c, null, null, null));
        // JPY has no decimals at all
        assertRejected("channels/0/revenue", "revenue must have at most 0 decimal places in JPY, was 0.5"
                + " (channel \"SEM\")", () -> new ReviewDocument("Acme", ReviewFixtures.FY2024,
                        Currency.getInstance("JPY"), null, null, List.of(new ChannelInput("SEM", Money.of("1", "JPY"),
                                Money.of("0.5", "JPY"), null, null)), null, null, null, null));
        // a currency without a minor unit cannot hold the report's per-unit amounts
        assertRejected("currency", "currency must have a minor unit (ISO 4217 digits), was XAU",
                () -> new ReviewDocument("Acme", ReviewFixtures.FY2024, Currency.getInstance("XAU"), null, null, null,
                        null, null, null, null));
    }
}
