package io.kpikit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.customer.Nps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link NpsInput} validated in kpi-core: the two forms, each count at its field, the histogram's
 * 11 scores and the sum limit, and the NPS computed from each form.
 */
class NpsInputTest {

    private static void assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertThrows(ReviewInputException.class, build);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static List<Long> histogram(long... counts) {
        List<Long> out = new ArrayList<>();
        for (long c : counts) {
            out.add(c);
        }
        return out;
    }

    @Test
    void exactlyOneFormIsGivenAndEveryCountOfTheThree() {
        List<Long> h = Collections.nCopies(11, 1L);
        assertRejected("", "give either histogram or promoters, passives and detractors, was both",
                () -> new NpsInput(h, null, null, 1L));
        assertRejected("", "give either histogram or promoters, passives and detractors, was both",
                () -> new NpsInput(h, null, 1L, null));
        assertRejected("", "give either histogram or promoters, passives and detractors, was both",
                () -> new NpsInput(h, 1L, null, null));
        assertRejected("promoters", "give either histogram or all of promoters, passives and detractors, was null, null,"
                + " null", () -> new NpsInput(null, null, null, null));
        assertRejected("passives", "give either histogram or all of promoters, passives and detractors, was 5, null, 2",
                () -> new NpsInput(null, 5L, null, 2L));
        assertRejected("detractors", "give either histogram or all of promoters, passives and detractors, was 5, 3,"
                + " null", () -> new NpsInput(null, 5L, 3L, null));
    }

    @Test
    void anErrorOnTheWholeRecordHasAnEmptyPath() {
        ReviewInputException e = assertThrows(ReviewInputException.class,
                () -> new NpsInput(Collections.nCopies(11, 1L), 1L, 1L, 1L));
        assertEquals(List.of(), e.path());
        // a parent record prefixes its own path; the stack trace stays the one of the check
        ReviewInputException under = e.under("customers", "nps");
        assertEquals(List.of("customers", "nps"), under.path());
        assertEquals(List.of(e.getStackTrace()), List.of(under.getStackTrace()));
    }

    @Test
    void countsAreNotNegative() {
        assertRejected("promoters", "promoters must be >= 0, was -1", () -> new NpsInput(null, -1L, 0L, 0L));
        assertRejected("passives", "passives must be >= 0, was -1", () -> new NpsInput(null, 0L, -1L, 0L));
        assertRejected("detractors", "detractors must be >= 0, was -1", () -> new NpsInput(null, 0L, 0L, -1L));
        assertRejected("histogram/4", "histogram/4 must be >= 0, was -1",
                () -> new NpsInput(histogram(0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0), null, null, null));
        assertRejected("histogram", "histogram must have 11 counts (scores 0..10), was 10",
                () -> new NpsInput(Collections.nCopies(10, 1L), null, null, null));
        assertRejected("histogram", "histogram must have 11 counts (scores 0..10), was 12",
                () -> new NpsInput(Collections.nCopies(12, 1L), null, null, null));
    }

    @Test
    void theHistogramMaySumToLongMaxValue() {
        long max = Long.MAX_VALUE;
        assertEquals(max, new NpsInput(histogram(max - 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), null, null, null).toNps()
                .responses());
        assertRejected("histogram/9", "histogram counts must sum to at most " + max + ", was " + (max - 1)
                + " before histogram/9 (2)",
                () -> new NpsInput(histogram(max - 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0), null, null, null));
    }

    @Test
    void theNpsOfEachForm() {
        // scores 6 (1 answer), 7 (2), 9 (3), 10 (4): detractors 1, passives 2, promoters 7;
        // NPS = (7 - 1) / 10 = 60 points
        Nps fromHistogram = new NpsInput(histogram(0, 0, 0, 0, 0, 0, 1, 2, 0, 3, 4), null, null, null).toNps();
        assertEquals(7, fromHistogram.promoters());
        assertEquals(2, fromHistogram.passives());
        assertEquals(1, fromHistogram.detractors());
        assertEquals(Nps.of(7, 2, 1), fromHistogram);
        Nps fromCounts = new NpsInput(null, 50L, 30L, 20L).toNps();
        assertEquals(Nps.of(50, 30, 20), fromCounts);
        assertFalse(new NpsInput(null, 0L, 0L, 0L).toNps().isDefined());
    }
}
