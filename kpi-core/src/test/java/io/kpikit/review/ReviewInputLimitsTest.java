package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Numbers the review records accept must be numbers the core area factories accept: each limit
 * of a factory (a weight or threshold as a double, an amount's 40 integer digits and 64 decimals,
 * a long of minor units, a long sum of counts) is checked at construction, at the field, with a
 * short message; before, these documents were accepted and {@link ReviewReport#of} threw.
 */
class ReviewInputLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static void assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ReviewInputException.class, build));
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static KpiInput weighted(String weight) {
        return ReviewFixtures.level("sales", "100", "98", weight);
    }

    private static ReviewDocument attribution(PathInput... paths) {
        return ReviewFixtures.with(null, null, null, null, null, null,
                new AttributionInput(List.of(paths), null, null, null, null, null));
    }

    @Test
    void showKeepsEveryNumberShort() {
        assertEquals("0.25", Fields.show(dec("0.25")));
        // 40 characters in plain notation is the most shown in full
        assertEquals("1" + "0".repeat(39), Fields.show(dec("1e39")));
        assertEquals("1E+40", Fields.show(dec("1e40")));
        assertEquals("-1E+999999999", Fields.show(dec("-1e999999999")));
        assertEquals("1E-9999", Fields.show(dec("1e-9999")));
        // 50 significant digits: the first 16 and "..."
        assertEquals("1.234567890123456...E+49", Fields.show(dec("12345678901234567890123456789012345678901234567890")));
        assertEquals("0.1234567890123456...", Fields.show(dec("0." + "1234567890".repeat(5))));
    }

    @Test
    void aWeightMustFitADouble() {
        // 1e309 > Double.MAX_VALUE (1.7976931348623157E308): the scorecard would see Infinity
        assertRejected("weight", "weight must be within ±1.7976931348623157E308 (the range of a double), was 1E+309"
                + " (kpi \"sales\")", () -> weighted("1e309"));
        // 1e-400 < Double.MIN_VALUE (4.9E-324): a positive weight would silently become 0
        assertRejected("weight", "weight must be 0 or at least 4.9E-324 in magnitude (the smallest double), was"
                + " 1E-400 (kpi \"sales\")", () -> weighted("1e-400"));
        assertRejected("weight", "weight must be >= 0, was -1E+309 (kpi \"sales\")", () -> weighted("-1e309"));
        assertEquals(0, dec("1e308").compareTo(weighted("1e308").weight()));
        assertEquals(0, BigDecimal.ZERO.compareTo(weighted("0").weight()));
        // two weights of 1e308 sum to more than a double holds; the scorecard sums them exactly
        ReviewDocument doc = ReviewFixtures.with(List.of(weighted("1e308"), ReviewFixtures.level("cost", "10", "10",
                "1e308")), null, null, null, null, null, null);
        assertEquals(2, ReviewReport.of(doc).attainment().scorecard().lines().size());
    }

    @Test
    void thresholdsAreCheckedAtTheirOwnField() {
        assertRejected("atRisk", "atRisk must be within ±1.7976931348623157E308 (the range of a double), was 1E+309",
                () -> new Thresholds(dec("1e309"), dec("1"), dec("1.1")));
        assertRejected("exceeded", "exceeded must be within ±1.7976931348623157E308 (the range of a double), was"
                + " 1E+9999", () -> new Thresholds(dec("0.9"), dec("1"), dec("1e9999")));
        assertRejected("exceeded", "exceeded must be > met (1.234567890123456...E+49), was 1.1",
                () -> new Thresholds(dec("0.9"), dec("12345678901234567890123456789012345678901234567890"),
                        dec("1.1")));
        // distinct decimals that are one double: the bands could not tell them apart
        assertRejected("met", "met must be > atRisk (1), was 1.00000000000000000001 (equal as doubles)",
                () -> new Thresholds(dec("1"), dec("1.00000000000000000001"), dec("1.1")));
    }

    @Test
    void hugeNumbersInMessagesAreShortened() {
        // toPlainString of 1e9999 has 10,000 digits
        assertRejected("base", "base must be in [0, 1], was 1E+9999 (kpi \"share\")",
                () -> new KpiInput("share", null, Direction.HIGHER_IS_BETTER, TargetKind.POINTS, dec("1e9999"),
                        dec("5"), dec("0.2"), null, null, null));
        assertRejected("grossMargin", "grossMargin must be in [0, 1], was -1E+999999999",
                () -> new CustomerInput(10, 0, 1, null, null, dec("-1e999999999"), null, null, null));
    }

    @Test
    void pathNumbersFitTheAttributionModels() {
        assertRejected("conversions", "conversions must be within ±1.7976931348623157E308 (the range of a double),"
                + " was 1E+309", () -> new PathInput(List.of("A"), dec("1e309"), null, null));
        assertRejected("nulls", "nulls must be 0 or at least 4.9E-324 in magnitude (the smallest double), was 1E-400",
                () -> new PathInput(List.of("A"), dec("1"), null, dec("1e-400")));
        // 41 digits before the decimal point: more than an amount holds (the path set sums values as Money)
        assertRejected("value", "value must have at most 40 digits before the decimal point (an amount's limit), was"
                + " 1E+40", () -> new PathInput(List.of("A"), dec("1"), dec("1e40"), null));
        assertRejected("value", "value must be 0 on a path without conversions, was 20.00",
                () -> new PathInput(List.of("A"), dec("0"), dec("20.00"), null));
    }

    @Test
    void pathTotalsAreCheckedAtThePathThatBreaksThem() {
        // 2^53 = 9007199254740992 journeys at most: 9007199254740990 conversions + 2 nulls is the limit,
        // one more conversion on the next path breaks it
        PathInput limit = new PathInput(List.of("A"), dec("9007199254740990"), null, dec("2"));
        assertEquals(9007199254740990.0, ReviewReport.of(attribution(limit)).attribution().totalConversions()
                .doubleValue(), 0);
        assertRejected("attribution/paths/1/conversions", "conversions and nulls of all paths must sum to at most"
                + " 9007199254740992 (2^53, the largest count a double holds exactly), was 1 at path 1",
                () -> attribution(limit, new PathInput(List.of("B"), dec("1"), null, null)));
        // the fuzzer's finding: 1e308 conversions and 1e308 nulls on two paths, 2e308 journeys, made the
        // Markov model lose every conversion ("no channel earned credit for 1.0E308 conversions")
        assertRejected("attribution/paths/0/conversions", "conversions and nulls of all paths must sum to at most"
                + " 9007199254740992 (2^53, the largest count a double holds exactly), was 1E+308 at path 0",
                () -> attribution(new PathInput(List.of("A"), dec("1e308"), null, null),
                        new PathInput(List.of("B"), dec("0"), null, dec("1e308"))));
        assertRejected("attribution/paths/0/nulls", "conversions and nulls of all paths must sum to at most"
                + " 9007199254740992 (2^53, the largest count a double holds exactly), was 9007199254740992 at path 0",
                () -> attribution(new PathInput(List.of("A"), dec("1"), null, dec("9007199254740992"))));
        // the value is split to the fen with 34-digit arithmetic: its total must fit a long of fen,
        // CNY 92233720368547758.07; the fuzzer found 40 digits (9999...950840 + 1) allocated as 1E+40
        assertRejected("attribution/paths/1/value", "value of all paths must sum to at most CNY 92233720368547758.07"
                + " (a long of minor units), was 0.01 at path 1",
                () -> attribution(new PathInput(List.of("A"), dec("1"), dec("92233720368547758.07"), null),
                        new PathInput(List.of("B"), dec("1"), dec("0.01"), null)));
        ReviewDocument atLimit = attribution(new PathInput(List.of("A"), dec("1"), dec("92233720368547758.06"), null),
                new PathInput(List.of("B"), dec("1"), dec("0.01"), null));
        assertEquals(cny("92233720368547758.07"), ReviewReport.of(atLimit).attribution().totalValue());
    }

    @Test
    void amountsFitALongOfMinorUnits() {
        // Long.MAX_VALUE fen = CNY 92233720368547758.07; one more fen does not fit
        assertRejected("revenue", "revenue must be within ±CNY 92233720368547758.07 (a long of minor units), was"
                + " CNY 92233720368547758.08 (channel \"SEM\")",
                () -> ReviewFixtures.channel("SEM", "1.00", "92233720368547758.08"));
        // the fuzzer's kind of budget: 40 digits on each side made the variance 41 digits, beyond an amount
        String nines = "9".repeat(40);
        assertRejected("actual", "actual must be within ±CNY 92233720368547758.07 (a long of minor units), was CNY -"
                + nines + " (budget line \"a\")", () -> ReviewFixtures.cost("a", "1", "-" + nines));
        assertRejected("monthlyPlan/1", "monthlyPlan/1 must be within ±CNY 92233720368547758.07 (a long of minor"
                + " units), was CNY " + nines + " (budget line \"a\")", () -> new BudgetLineInput("a", null,
                        io.kpikit.budget.LineKind.COST, cny("1"), cny("1"), null, List.of(cny("1"), cny(nines)), null));
        assertRejected("acquisitionSpend", "acquisitionSpend must be within ±CNY 92233720368547758.07 (a long of minor"
                + " units), was CNY 100000000000000000000", () -> new CustomerInput(10, 1, 1, null, null, null, cny("1e20"), null,
                        null));
        // JPY has no decimals: the limit is JPY 9223372036854775807
        assertRejected("spend", "spend must be within ±JPY 9223372036854775807 (a long of minor units), was"
                + " JPY 9223372036854775808 (channel \"SEM\")", () -> new ChannelInput("SEM",
                        Money.of("9223372036854775808", "JPY"), Money.of("0", "JPY"), null, null));
        ReviewDocument atLimit = ReviewFixtures.with(null, null,
                List.of(ReviewFixtures.channel("SEM", "92233720368547758.07", "92233720368547758.07")), null, null,
                null, null);
        assertEquals(Money.ofMinor(Long.MAX_VALUE, ReviewFixtures.CNY), ReviewReport.of(atLimit).roi().totalSpend());
    }

    @Test
    void aGrossMarginKeepsLtvAnAmount() {
        // ARPU in CNY has 2 decimals, an amount at most 64: the margin may have 62
        CustomerInput c = new CustomerInput(10, 0, 1, null, cny("100.00"), dec("1e-63"), null, null, null);
        assertRejected("customers/grossMargin", "grossMargin must have at most 62 decimal places (so that ARPU in CNY"
                + " × grossMargin is an amount, at most 64), was 1E-63",
                () -> ReviewFixtures.with(null, null, null, c, null, null, null));
        CustomerInput ok = new CustomerInput(10, 0, 1, null, cny("100.00"), dec("1e-62"), null, null, null);
        ReviewDocument doc = ReviewFixtures.with(null, null, null, ok, null, null, null);
        // ARPU 100.00 / 10 customers = 10.00; churn 1/10; LTV 10.00 × 1e-62 / 0.1 rounds to 0.00
        assertEquals(cny("0.00"), ReviewReport.of(doc).customers().ltv().value());
        // trailing zeros do not count
        assertEquals(0, dec("0.3").compareTo(ReviewFixtures.with(null, null, null, new CustomerInput(10, 0, 1, null,
                cny("1.00"), new BigDecimal("0.3" + "0".repeat(80)), null, null, null), null, null, null)
                .customers().grossMargin()));
    }

    @Test
    void countsThatTheCoreAddsMustSumToALong() {
        long max = Long.MAX_VALUE;
        assertRejected("passives", "promoters, passives and detractors must sum to at most 9223372036854775807, was"
                + " 9223372036854775807 before passives (1)", () -> new NpsInput(null, max, 1L, 0L));
        assertRejected("histogram/10", "histogram counts must sum to at most 9223372036854775807, was"
                + " 9223372036854775807 before histogram/10 (1)",
                () -> new NpsInput(List.of(max, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), null, null, null));
        assertRejected("histogram/1", "histogram counts must sum to at most 9223372036854775807, was"
                + " 9223372036854775807 before histogram/1 (2)",
                () -> new CsatInput(null, null, List.of(max, 2L, 0L, 0L, 0L), null));
    }

    @Test
    void periodDatesHaveFourDigitYears() {
        assertRejected("start", "start must be in years [1, 9999], was -0001-01-01",
                () -> new ReviewPeriod("P", null, LocalDate.of(-1, 1, 1), LocalDate.of(2024, 1, 1)));
        assertRejected("end", "end must be in years [1, 9999], was +10000-01-01",
                () -> new ReviewPeriod("P", null, LocalDate.of(2024, 1, 1), LocalDate.of(10000, 1, 1)));
        assertTrue(new ReviewPeriod("P", null, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).lastDay()
                .isAfter(LocalDate.of(9999, 1, 1)));
    }
}
