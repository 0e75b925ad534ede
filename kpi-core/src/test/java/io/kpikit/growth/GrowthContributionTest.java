package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrowthContributionTest {

    private static Map<String, BigDecimal> values(Object... nameValue) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], new BigDecimal(nameValue[i + 1].toString()));
        }
        return m;
    }

    @Test
    void twoProductLines() {
        // A 60 -> 80 (+20), B 40 -> 35 (-5); total 100 -> 115 = +15%
        // contributions: A 20/100 = +20%, B -5/100 = -5%; 20% - 5% = 15%
        GrowthContribution g = GrowthContribution.between(values("A", 60, "B", 40), values("A", 80, "B", 35));
        assertEquals(0.15, g.total().relative().doubleValue());
        SegmentContribution a = g.segment("A").get();
        SegmentContribution b = g.segment("B").get();
        assertEquals(0.2, a.contribution().doubleValue());
        assertEquals(-0.05, b.contribution().doubleValue());
        assertEquals(Ratio.of(20, 100), a.contribution());
        assertEquals(Ratio.of(-5, 100), b.contribution());
        // each segment's own growth: A 20/60 = 33.3%, B -5/40 = -12.5%
        assertEquals(-0.125, b.change().relative().doubleValue());
        // the numerators sum to the total change, over the same denominator
        assertEquals(g.total().relative(), g.sumOfContributions());
        assertEquals(List.of("A", "B"), g.segments().stream().map(SegmentContribution::segment).toList());
        assertFalse(g.isNegativeBase());
        assertEquals(Optional.empty(), g.segment("C"));
        assertEquals("growth PoP 100 -> 115: +15 (15/100 = 0.15); A 20/100 = 0.2; B -5/100 = -0.05", g.toString());
    }

    @Test
    void segmentsInOnlyOnePeriodCountAsZeroInTheOther() {
        // previous: A 50, D 50 (total 100); current: A 60, C 30 (total 90); change -10 = -10%
        // A +10/100, D (dropped) -50/100, C (new) +30/100; 10 - 50 + 30 = -10
        GrowthContribution g = GrowthContribution.between(values("A", 50, "D", 50), values("A", 60, "C", 30));
        assertEquals(List.of("A", "D", "C"), g.segments().stream().map(SegmentContribution::segment).toList());
        SegmentContribution d = g.segment("D").get();
        assertEquals(-0.5, d.contribution().doubleValue());
        assertTrue(d.inPrevious());
        assertFalse(d.inCurrent());
        SegmentContribution c = g.segment("C").get();
        assertEquals(0.3, c.contribution().doubleValue());
        assertFalse(c.inPrevious());
        assertEquals(Optional.of("base is zero"), c.change().relative().undefinedReason());
        assertEquals(-0.1, g.total().relative().doubleValue());
        assertEquals(g.total().relative(), g.sumOfContributions());
    }

    @Test
    void zeroTotalBaseMakesEveryContributionUndefined() {
        GrowthContribution g = GrowthContribution.between(values(), values("A", 10, "B", 5));
        assertEquals(Optional.of("base is zero"), g.total().relative().undefinedReason());
        for (SegmentContribution s : g.segments()) {
            assertEquals(Optional.of("base is zero"), s.contribution().undefinedReason());
        }
        // the numerators still sum to the total change, 15
        assertEquals(0, new BigDecimal("15").compareTo(g.sumOfContributions().numerator()));
    }

    @Test
    void negativeTotalBaseUsesItsAbsoluteValueAndIsFlagged() {
        // A -100 -> -50 (+50), B 20 -> 30 (+10); total -80 -> -20: +60 / |-80| = +75%
        // contributions: A 50/80 = 62.5%, B 10/80 = 12.5%
        GrowthContribution g = GrowthContribution.between(values("A", -100, "B", 20), values("A", -50, "B", 30));
        assertTrue(g.isNegativeBase());
        assertEquals(0.75, g.total().relative().doubleValue());
        assertEquals(0.625, g.segment("A").get().contribution().doubleValue());
        assertEquals(0.125, g.segment("B").get().contribution().doubleValue());
        assertEquals(0, new BigDecimal("80").compareTo(g.segment("A").get().contribution().denominator()));
    }

    @Test
    void nullsAreRejectedNamingTheSegment() {
        Map<String, BigDecimal> withNull = new HashMap<>();
        withNull.put("A", null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> GrowthContribution.between(withNull, values("A", 1)));
        assertEquals("previous value of segment \"A\"", e.getMessage());
        assertThrows(NullPointerException.class, () -> GrowthContribution.between(null, values()));
    }

    @Test
    void aSegmentMustBeInSomePeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SegmentContribution("X", Change.between(0, 0), Ratio.of(0, 1), false, false));
        assertEquals("segment must be present in a period, was in neither (segment \"X\")", e.getMessage());
    }
}
