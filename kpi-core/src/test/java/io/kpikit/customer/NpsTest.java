package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NpsTest {

    @Test
    void fiftyPromotersTwentyDetractorsIsThirty() {
        Nps nps = Nps.of(50, 30, 20);
        // 100 × (50 − 20) / 100 = 30
        assertEquals(30.0, nps.doubleValue());
        assertEquals(0, new BigDecimal("30").compareTo(nps.toBigDecimal()));
        assertEquals(100, nps.responses());
        assertEquals(0.5, nps.promoterShare().doubleValue());
        assertEquals(0.2, nps.detractorShare().doubleValue());
        assertEquals("NPS 30 (50 promoters, 30 passives, 20 detractors)", nps.toString());
    }

    @Test
    void standardErrorAndInterval() {
        Nps nps = Nps.of(50, 30, 20);
        // var = (0.5 + 0.2 − 0.3²) / 100 = 0.61 / 100 = 0.0061; SE = 100 × √0.0061 = 7.810250 (7.81 points)
        assertEquals(7.810250, nps.standardError(), 1e-6);
        // 95%: z = 1.959964; 30 ± 1.959964 × 7.810250 = 30 ± 15.307808
        Nps.Interval ci = nps.confidenceInterval();
        assertEquals(14.692192, ci.lower(), 1e-6);
        assertEquals(45.307808, ci.upper(), 1e-6);
        assertEquals(0.95, ci.confidence());
        assertTrue(ci.contains(30));
        // 90%: z = 1.644854; 30 ± 1.644854 × 7.810250 = 30 ± 12.846718
        Nps.Interval ci90 = nps.confidenceInterval(0.90);
        assertEquals(17.153282, ci90.lower(), 1e-6);
        assertEquals(42.846718, ci90.upper(), 1e-6);
    }

    @Test
    void intervalIsClampedToTheScale() {
        // 9 promoters, 1 detractor: NPS 80; var = (1 − 0.64) / 10 = 0.036; SE = 18.97;
        // 80 + 1.959964 × 18.973666 = 117.187702 -> clamped to 100; lower 80 − 37.187702
        Nps nps = Nps.of(9, 0, 1);
        assertEquals(80.0, nps.doubleValue());
        assertEquals(18.973666, nps.standardError(), 1e-6);
        assertEquals(100.0, nps.confidenceInterval().upper());
        assertEquals(42.812298, nps.confidenceInterval().lower(), 1e-6);
        // all promoters: SE 0, interval [100, 100]
        Nps all = Nps.of(7, 0, 0);
        assertEquals(0.0, all.standardError());
        assertEquals(new Nps.Interval(100, 100, 0.95), all.confidenceInterval());
    }

    @Test
    void waldIntervalCollapsesWhenAllAnswersAreInOneCategory() {
        // documented limitation: one promoter gives p = 1, d = 0, var = (1 − 1²) / 1 = 0, so the
        // interval is [100, 100] although one answer says almost nothing
        assertEquals(new Nps.Interval(100, 100, 0.95), Nps.of(1, 0, 0).confidenceInterval());
        // all passives: NPS 0, var = (0 − 0²) / 3 = 0 -> [0, 0]; all detractors -> [−100, −100]
        assertEquals(new Nps.Interval(0, 0, 0.99), Nps.of(0, 3, 0).confidenceInterval(0.99));
        assertEquals(new Nps.Interval(-100, -100, 0.95), Nps.of(0, 0, 2).confidenceInterval());
    }

    @Test
    void histogramAndScoresAgree() {
        long[] histogram = {1, 0, 0, 0, 0, 0, 2, 1, 1, 0, 3};
        // detractors 0 and 6 (3), passives 7 and 8 (2), promoters 10 (3): NPS = 100 × 0 / 8 = 0
        Nps fromHistogram = Nps.fromHistogram(histogram);
        assertEquals(Nps.of(3, 2, 3), fromHistogram);
        assertEquals(fromHistogram, Nps.ofScores(0, 6, 6, 7, 8, 10, 10, 10));
        assertEquals(0.0, fromHistogram.doubleValue());
        // 9 is a promoter, 6 a detractor, 7 a passive: 100 × (1 − 1) / 3 = 0; 9, 9, 6 -> 33.33
        assertEquals(100.0 / 3, Nps.ofScores(9, 9, 6).doubleValue(), 1e-12);
    }

    @Test
    void noResponsesIsUndefined() {
        Nps nps = Nps.ofScores();
        assertFalse(nps.isDefined());
        assertEquals(Optional.of("no responses: NPS is undefined"), nps.undefinedReason());
        assertEquals("no responses: NPS is undefined",
                assertThrows(IllegalStateException.class, nps::doubleValue).getMessage());
        assertThrows(IllegalStateException.class, nps::standardError);
        assertThrows(IllegalStateException.class, nps::confidenceInterval);
        assertEquals(OptionalDouble.empty(), nps.toOptionalDouble());
        assertEquals(-999.0, nps.orElse(-999));
        assertEquals("NPS undefined (0 promoters, 0 passives, 0 detractors)", nps.toString());
    }

    @Test
    void rejectsBadInputNamingTheScore() {
        assertEquals("score must be in [0, 10], was 11 (scores[1])",
                assertThrows(IllegalArgumentException.class, () -> Nps.ofScores(5, 11)).getMessage());
        assertEquals("score must be in [0, 10], was -1 (scores[0])",
                assertThrows(IllegalArgumentException.class, () -> Nps.ofScores(-1)).getMessage());
        assertEquals("countsByScore must have 11 elements (scores 0..10), was 10",
                assertThrows(IllegalArgumentException.class, () -> Nps.fromHistogram(new long[10])).getMessage());
        long[] negative = new long[11];
        negative[4] = -2;
        assertEquals("countsByScore[4] must be >= 0, was -2",
                assertThrows(IllegalArgumentException.class, () -> Nps.fromHistogram(negative)).getMessage());
        assertEquals("detractors must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> Nps.of(1, 1, -1)).getMessage());
        assertEquals("confidence must be in (0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> Nps.of(1, 1, 1).confidenceInterval(1.0)).getMessage());
        assertEquals("confidence must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> Nps.of(1, 1, 1).confidenceInterval(Double.NaN)).getMessage());
    }
}
