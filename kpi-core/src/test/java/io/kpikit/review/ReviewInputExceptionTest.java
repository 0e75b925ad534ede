package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.budget.LineKind;
import io.kpikit.funnel.FunnelStage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Paths of rejected values are built from whole segments; names with "/" or "~" stay one segment. */
class ReviewInputExceptionTest {

    private static ReviewInputException rejected(Executable build) {
        return assertThrows(ReviewInputException.class, build);
    }

    @Test
    void fieldEscapesEachSegmentAsJsonPointerDoes() {
        ReviewInputException e = new ReviewInputException(List.of("competitors", "A/B~1"), "m");
        // "/" becomes "~1" and "~" becomes "~0", so "A/B~1" is "A~1B~01"
        assertEquals("competitors/A~1B~01", e.field());
        assertEquals(List.of("competitors", "A/B~1"), e.path());
        assertEquals(List.of("market", "competitors", "A/B~1"), e.under("market").path());
        assertEquals(List.of("lines", "3", "path"), new ReviewInputException("path", "m").under("lines", 3).path());
        assertEquals("", new ReviewInputException("", "m").field());
    }

    @Test
    void competitorNamedWithASlashIsOneSegment() {
        ReviewInputException e = rejected(() -> ReviewFixtures.market("1", null, Map.of("A/B", dec("-2")), null));
        assertEquals(List.of("competitors", "A/B"), e.path());
        assertEquals("competitors/A~1B", e.field());
        assertEquals("competitors/A~1B must be >= 0, was -2", e.getMessage());
        ReviewInputException missing = rejected(() -> new MarketInput(null, "us", dec("1"),
                java.util.Collections.singletonMap("x/y", null), null, null, null));
        assertEquals(List.of("competitors", "x/y"), missing.path());
        assertEquals("competitors/x~1y must be given, was null", missing.getMessage());
    }

    @Test
    void tagErrorsNameTheTagKeyAsOneSegmentAndTheLineOnce() {
        ReviewInputException blank = rejected(() -> new BudgetLineInput("digital/KOL", null, LineKind.COST,
                cny("1.00"), cny("1.00"), Map.of("mix/type", " "), null, null));
        assertEquals(List.of("tags", "mix/type"), blank.path());
        assertEquals("tags/mix~1type must not be blank, was \" \" (budget line \"digital/KOL\")", blank.getMessage());
        ReviewInputException reserved = rejected(() -> new BudgetLineInput("a", null, LineKind.COST, cny("1.00"),
                cny("1.00"), Map.of("mix", "untagged"), null, null));
        assertEquals("tags/mix", reserved.field());
        assertEquals("tags/mix must not be \"untagged\" (the report's name for lines without the tag), was"
                + " \"untagged\" (budget line \"a\")", reserved.getMessage());
    }

    @Test
    void monthlyErrorsPointAtTheMonthAndNameTheLineOnce() {
        ReviewInputException negative = rejected(() -> new BudgetLineInput("a", null, LineKind.COST, cny("1.00"),
                cny("1.00"), null, List.of(cny("2.00"), cny("-1.00")), null));
        assertEquals("monthlyPlan/1", negative.field());
        assertEquals("monthlyPlan/1 must be >= 0, was CNY -1.00 (budget line \"a\")", negative.getMessage());
        ReviewInputException sum = rejected(() -> new BudgetLineInput("a", null, LineKind.COST, cny("10.00"),
                cny("1.00"), null, List.of(cny("4.00"), cny("5.00")), null));
        // the core message already names the line: "plan must sum to the budget of line "a" ..."
        assertEquals(1, sum.getMessage().split("\"a\"", -1).length - 1, sum.getMessage());
        ReviewInputException blankName = rejected(() -> new BudgetLineInput("a", " ", LineKind.COST, cny("1.00"),
                cny("1.00"), null, null, null));
        assertEquals("name must not be blank, was \" \" (budget line \"a\")", blankName.getMessage());
    }

    @Test
    void duplicateStageNamePointsAtTheSecondName() {
        ReviewInputException e = rejected(() -> new FunnelInput(List.of(new FunnelStage("visit", 10),
                new FunnelStage("visit", 5)), null, null, null, null, null));
        assertEquals("stages/1/name", e.field());
        assertEquals("stage names must be unique, was \"visit\" twice", e.getMessage());
    }
}
