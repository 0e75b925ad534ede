package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.budget.LineKind;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.customer.Csat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The smaller review records validated in kpi-core: {@link ReviewPeriod}, {@link CsatInput},
 * {@link MarketInput}, {@link CustomerInput} and {@link BudgetLineInput}, each limit at its
 * inclusive edge and each rejection with its field and value.
 */
class InputRecordsTest {

    private static final long MAX = Long.MAX_VALUE;

    private static ReviewInputException assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertThrows(ReviewInputException.class, build);
        assertEquals(field, e.field());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        return e;
    }

    @Test
    void aPeriodIsAYearOrTwoDaysInYearsOneTo9999() {
        LocalDate jan1 = LocalDate.of(2024, 1, 1);
        LocalDate dec31 = LocalDate.of(2024, 12, 31);
        assertRejected("start", "give either year or start and end, was year 2024 with start 2024-01-01 and end null",
                () -> new ReviewPeriod("FY", 2024, jan1, null));
        assertRejected("end", "give either year or start and end, was year 2024 with start null and end 2024-12-31",
                () -> new ReviewPeriod("FY", 2024, null, dec31));
        assertRejected("year", "year must be in [1, 9999], was 0", () -> new ReviewPeriod("FY", 0, null, null));
        assertRejected("year", "year must be in [1, 9999], was 10000", () -> new ReviewPeriod("FY", 10000, null, null));
        assertEquals(1, new ReviewPeriod("FY", 1, null, null).year());
        assertEquals(9999, new ReviewPeriod("FY", 9999, null, null).year());
        LocalDate first = LocalDate.of(1, 1, 1);
        LocalDate last = LocalDate.of(9999, 12, 31);
        assertEquals(last, new ReviewPeriod("all", null, first, last).end());
        assertRejected("start", "start must be in years [1, 9999], was 0000-12-31",
                () -> new ReviewPeriod("P", null, LocalDate.of(0, 12, 31), dec31));
        assertRejected("end", "end must be in years [1, 9999], was +10000-01-01",
                () -> new ReviewPeriod("P", null, jan1, LocalDate.of(10000, 1, 1)));
        assertRejected("end", "end must be >= start (2024-12-31), was 2024-01-01",
                () -> new ReviewPeriod("P", null, dec31, jan1));
        assertEquals(jan1, new ReviewPeriod("day", null, jan1, jan1).start());
    }

    @Test
    void csatIsCountsOrAHistogram() {
        List<Long> h = List.of(0L, 0L, 1L, 2L, 3L);
        assertRejected("", "give either histogram or satisfied and responses, was both",
                () -> new CsatInput(1L, null, h, null));
        assertRejected("", "give either histogram or satisfied and responses, was both",
                () -> new CsatInput(null, 1L, h, null));
        assertRejected("responses", "give either histogram or both satisfied and responses, was 5 and null",
                () -> new CsatInput(5L, null, null, null));
        assertRejected("satisfied", "give either histogram or both satisfied and responses, was null and 5",
                () -> new CsatInput(null, 5L, null, null));
        assertRejected("scale", "scale applies to a histogram only, was given with counts",
                () -> new CsatInput(1L, 2L, null, Csat.Scale.FIVE_POINT));
        assertRejected("satisfied", "satisfied must be >= 0, was -1", () -> new CsatInput(-1L, 2L, null, null));
        assertRejected("responses", "responses must be >= 0, was -1", () -> new CsatInput(0L, -1L, null, null));
        assertRejected("histogram/2", "histogram/2 must be >= 0, was -1",
                () -> new CsatInput(null, null, List.of(0L, 0L, -1L, 0L, 0L), null));
        assertRejected("histogram/4", "histogram counts must sum to at most " + MAX + ", was " + MAX + " before"
                + " histogram/4 (1)", () -> new CsatInput(null, null, List.of(MAX, 0L, 0L, 0L, 1L), null));
        // the core's checks, at the field of the form given
        assertTrue(assertRejected("satisfied", null, () -> new CsatInput(3L, 2L, null, null)).getMessage().contains("3"));
        assertRejected("histogram", null, () -> new CsatInput(null, null, List.of(1L, 2L, 3L), null));
        // 5-point scale, satisfied = answers 4 and 5: (2 + 3) / 6
        assertEquals(Ratio.of(5, 6), new CsatInput(null, null, h, null).toCsat());
        assertEquals(Ratio.of(9, 10), new CsatInput(9L, 10L, null, null).toCsat());
    }

    @Test
    void aMarketNamesItsCompetitorsOnceAndApartFromOwn() {
        Map<String, BigDecimal> now = Map.of("A", dec("30"), "B", dec("20"));
        assertRejected("competitorsLastPeriod", "ownSalesLastPeriod and competitorsLastPeriod must be given together,"
                + " was only ownSalesLastPeriod", () -> new MarketInput("units", "us", dec("50"), now, dec("40"), null, null));
        assertRejected("ownSalesLastPeriod", "ownSalesLastPeriod and competitorsLastPeriod must be given together,"
                + " was only competitorsLastPeriod", () -> new MarketInput("units", "us", dec("50"), now, null, now, null));
        assertRejected("ownSalesLastPeriod", "ownSalesLastPeriod must be >= 0, was -1",
                () -> new MarketInput("units", "us", dec("50"), now, dec("-1"), now, null));
        assertRejected("competitors/us", "competitor name must be non-blank and differ from own (\"us\"), was \"us\"",
                () -> new MarketInput("units", "us", dec("50"), Map.of("us", dec("1")), null, null, null));
        assertRejected("competitors/ ", "competitor name must be non-blank and differ from own (\"us\"), was \" \"",
                () -> new MarketInput("units", "us", dec("50"), Map.of(" ", dec("1")), null, null, null));
        assertRejected("competitors/A", "competitors/A must be >= 0, was -2",
                () -> new MarketInput("units", "us", dec("50"), Map.of("A", dec("-2")), null, null, null));
        assertRejected("competitorsLastPeriod/us", "competitor name must be non-blank and differ from own (\"us\"),"
                + " was \"us\"", () -> new MarketInput("units", "us", dec("50"), now, dec("40"), Map.of("us", dec("1")), null));
        assertRejected("others", "others must name a competitor [A, B], was \"Z\"",
                () -> new MarketInput("units", "us", dec("50"), now, dec("40"), now, "Z"));
        // a competitor of either period may be the "others" bucket
        assertEquals("B", new MarketInput("units", "us", dec("50"), now, null, null, "B").others());
        assertEquals("C", new MarketInput("units", "us", dec("50"), now, dec("40"), Map.of("C", dec("5")), "C").others());
    }

    @Test
    void customersAtStartPlusNewMayReachLongMaxValue() {
        CustomerInput full = new CustomerInput(MAX - 5, 5, 0, null, null, null, null, null, null);
        assertEquals(MAX, full.customersAtEnd());
        assertRejected("newCustomers", "customersAtStart + newCustomers must fit a long, was " + (MAX - 5) + " + 6",
                () -> new CustomerInput(MAX - 5, 6, 0, null, null, null, null, null, null));
        // all of the customers at start may be lost: 10 + 2 - 10 = 2
        assertEquals(2, new CustomerInput(10, 2, 10, null, null, null, null, null, null).customersAtEnd());
        assertRejected("lostCustomers", "lostCustomers must be <= customersAtStart (10), was 11",
                () -> new CustomerInput(10, 2, 11, null, null, null, null, null, null));
    }

    @Test
    void aBudgetLinesAmountsShareTheBudgetsCurrencyAndItsPlanHasAtMostThePlannedPeriods() {
        String item = " (budget line \"media/tv\")";
        Money eur = Money.of("5.00", "EUR");
        assertRejected("actual", "actual must be in CNY (the budget's currency), was EUR 5.00" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10.00"), eur, null, null, null));
        assertRejected("tags/ ", "tag key must not be blank, was \" \"" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), Map.of(" ", "x"), null,
                        null));
        assertRejected("monthlyPlan/1", "monthlyPlan/1 must be in CNY (the budget's currency), was EUR 5.00" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), null,
                        List.of(cny("5"), eur), null));
        assertRejected("monthlyPlan/0", "monthlyPlan/0 must be >= 0, was CNY -1" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), null,
                        List.of(cny("-1"), cny("11")), null));
        assertRejected("monthlyActual", "monthlyActual must have at most 2 periods (the plan's), was 3" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), null,
                        List.of(cny("4"), cny("6")), List.of(cny("3"), cny("3"), cny("3"))));
        assertRejected("monthlyPlan", "monthlyPlan must have at least one period, was []" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), null, List.of(), null));
        // as many actual periods as planned ones, a negative actual refund month: accepted (4 + 6 = 10)
        BudgetLineInput line = new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), null,
                List.of(cny("4"), cny("6")), List.of(cny("10"), cny("-1")));
        assertEquals(List.of(cny("10"), cny("-1")), line.monthlyActual());
        assertEquals("tv", line.name());
        assertEquals("media/tv", line.toBudgetLine().path().toString());
        assertRejected("monthlyActual/1", "monthlyActual/1 must be in CNY (the budget's currency), was EUR 5.00" + item,
                () -> new BudgetLineInput("media/tv", null, LineKind.COST, cny("10"), cny("9"), null,
                        List.of(cny("4"), cny("6")), List.of(cny("3"), eur)));
    }

    @Test
    void aPathNamesEachChannel() {
        assertRejected("path/1", "path/1 must not be blank, was \" \"",
                () -> new PathInput(List.of("A", " "), dec("1"), null, null));
    }

    @Test
    void thresholdsMustRiseAsDoubles() {
        assertRejected("met", "met must be > atRisk (0.9), was 0.9", () -> new Thresholds(dec("0.9"), dec("0.9"),
                dec("1.1")));
        // 1 and 1 + 1e-20 are one double
        assertRejected("exceeded", "exceeded must be > met (1), was 1.00000000000000000001 (equal as doubles)",
                () -> new Thresholds(dec("0.9"), dec("1"), dec("1.00000000000000000001")));
        assertEquals(io.kpikit.attainment.StatusBands.of(0.9, 1.0, 1.1),
                new Thresholds(dec("0.9"), dec("1"), dec("1.1")).toStatusBands());
    }
}
