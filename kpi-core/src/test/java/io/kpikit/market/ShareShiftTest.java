package io.kpikit.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareShiftTest {

    private static Player p(String name, String sales) {
        return new Player(name, new BigDecimal(sales));
    }

    @Test
    void pointsAndRelativeChangeAreDifferent() {
        // 20% → 26%: +6 points, +30% relative (6 / 20)
        PointChange c = Market.shareChange(Ratio.of(20, 100), Ratio.of(26, 100));
        assertEquals(6.0, c.points().doubleValue());
        assertEquals(0.3, c.relative().doubleValue());
        assertEquals("+6.0 pts", c.toPointsString(1, RoundingMode.HALF_UP));
        assertEquals("-6 pts", Market.shareChange(Ratio.of(26, 100), Ratio.of(20, 100)).toPointsString(0,
                RoundingMode.HALF_UP));
        assertEquals("0.0 pts", Market.shareChange(Ratio.of(1, 4), Ratio.of(25, 100)).toPointsString(1,
                RoundingMode.HALF_UP));
    }

    @Test
    void shareChangeBetweenMarketsOfDifferentSizes() {
        // 200 of 1000 = 20% → 390 of 1500 = 26%
        Market before = Market.of(List.of(p("us", "200"), p("B", "800")));
        Market after = Market.of(List.of(p("us", "390"), p("B", "1110")));
        PointChange c = Market.shareChange(before, after, "us");
        assertEquals(0, c.points().toBigDecimal().compareTo(new BigDecimal("6")));
        assertEquals(0, c.relative().toBigDecimal().compareTo(new BigDecimal("0.3")));
    }

    @Test
    void relativeChangeFromZeroShareIsUndefinedButPointsAreNot() {
        Market before = Market.of(List.of(p("B", "100")));
        Market after = Market.of(List.of(p("B", "90"), p("new", "10")));
        PointChange c = Market.shareChange(before, after, "new");
        assertEquals(10.0, c.points().doubleValue());
        assertEquals(Optional.of("base is zero"), c.relative().undefinedReason());
    }

    @Test
    void undefinedSharesGiveUndefinedChanges() {
        PointChange c = Market.shareChange(Market.of(List.of(p("us", "0"))), Market.of(List.of(p("us", "5"))), "us");
        assertEquals(Optional.of("rate before is undefined: market total is 0"), c.points().undefinedReason());
        assertEquals(Optional.of("rate before is undefined: market total is 0"),
                c.relative().undefinedReason());
    }

    @Test
    void invalidSharesAndUnknownPlayersAreRejected() {
        assertEquals("after must be a share in [0, 1], was 12/10 = 1.2", assertThrows(IllegalArgumentException.class,
                () -> Market.shareChange(Ratio.of(1, 10), Ratio.of(12, 10))).getMessage());
        assertEquals("before must be a share in [0, 1], was -1/10 = -0.1", assertThrows(IllegalArgumentException.class,
                () -> Market.shareChange(Ratio.of(-1, 10), Ratio.of(1, 10))).getMessage());
        Market m = Market.of(List.of(p("us", "1")));
        assertEquals("player must be in at least one of the two markets, was \"X\"",
                assertThrows(IllegalArgumentException.class, () -> Market.shareChange(m, m, "X")).getMessage());
    }

    /** Own 20% → 28% (+8 pts); A 50% → 45% (−5); B 30% → 27% (−3). */
    @Test
    void eightPointsTakenFromTwoCompetitors() {
        Market before = Market.of(List.of(p("own", "20"), p("A", "50"), p("B", "30")));
        Market after = Market.of(List.of(p("own", "28"), p("A", "45"), p("B", "27")));
        ShareShift s = ShareShift.between(before, after, "own");
        assertEquals(8.0, s.ownChange().points().doubleValue());
        assertEquals(8.0, s.takenFromCompetitors().doubleValue());
        assertEquals(-5.0, s.competitor("A").change().points().doubleValue());
        assertEquals(-3.0, s.competitor("B").change().points().doubleValue());
        // losses 5 + 3 = 8 = gain, so each competitor gave exactly what it lost
        assertEquals(5.0, s.competitor("A").takenPoints().doubleValue());
        assertEquals(3.0, s.competitor("B").takenPoints().doubleValue());
        assertEquals(List.of("A", "B"), s.competitors().stream().map(CompetitorShift::competitor).toList());
    }

    @Test
    void gainIsSplitInProportionToLossesWhenAnotherCompetitorAlsoGained() {
        // own 20 → 28 (+8); A 50 → 40 (−10); B 20 → 18 (−2); C 10 → 14 (+4). Σ losses 12.
        // taken from A = 8 · 10 / 12 = 6.667; from B = 8 · 2 / 12 = 1.333; from C = 0
        Market before = Market.of(List.of(p("own", "20"), p("A", "50"), p("B", "20"), p("C", "10")));
        Market after = Market.of(List.of(p("own", "28"), p("A", "40"), p("B", "18"), p("C", "14")));
        ShareShift s = ShareShift.between(before, after, "own");
        assertEquals(new BigDecimal("6.667"), s.competitor("A").takenPoints().toBigDecimal(3, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("1.333"), s.competitor("B").takenPoints().toBigDecimal(3, RoundingMode.HALF_UP));
        assertEquals(0.0, s.competitor("C").takenPoints().doubleValue());
        assertEquals(4.0, s.competitor("C").change().points().doubleValue());
        // the parts share one denominator and their numerators add up to the gain exactly
        BigDecimal sum = s.competitors().stream().map(c -> c.takenPoints().numerator())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den = s.competitor("A").takenPoints().denominator();
        assertEquals(true, Ratio.of(sum, den).hasSameValueAs(s.takenFromCompetitors()));
    }

    @Test
    void nothingIsTakenWhenOwnShareFell() {
        Market before = Market.of(List.of(p("own", "30"), p("A", "70")));
        Market after = Market.of(List.of(p("own", "25"), p("A", "75")));
        ShareShift s = ShareShift.between(before, after, "own");
        assertEquals(0.0, s.takenFromCompetitors().doubleValue());
        assertEquals(0.0, s.competitor("A").takenPoints().doubleValue());
    }

    @Test
    void entrantsAndLeaversCountAsZeroSales() {
        // own 50 → 60 of 100; "gone" 20 → absent (−20); "new" absent → 10 (+10); A 30 → 30 (0)
        Market before = Market.of(List.of(p("own", "50"), p("A", "30"), p("gone", "20")));
        Market after = Market.of(List.of(p("own", "60"), p("A", "30"), p("new", "10")));
        ShareShift s = ShareShift.between(before, after, "own");
        assertEquals(List.of("A", "gone", "new"), s.competitors().stream().map(CompetitorShift::competitor).toList());
        assertEquals(10.0, s.competitor("gone").takenPoints().doubleValue());
        assertEquals(0.0, s.competitor("new").takenPoints().doubleValue());
        assertEquals("competitor must be one of [A, gone, new], was \"own\"",
                assertThrows(IllegalArgumentException.class, () -> s.competitor("own")).getMessage());
    }

    @Test
    void zeroTotalMakesTheShiftUndefined() {
        Market empty = Market.of(List.of(p("own", "0"), p("A", "0")));
        Market after = Market.of(List.of(p("own", "1"), p("A", "1")));
        ShareShift s = ShareShift.between(empty, after, "own");
        assertFalse(s.takenFromCompetitors().isDefined());
        assertEquals(Optional.of("rate before is undefined: market total is 0"),
                s.competitor("A").takenPoints().undefinedReason());
    }

    @Test
    void aShiftKeepsItsMarketsAndIsRebuiltFromThem() {
        Market before = Market.of(List.of(p("own", "20"), p("A", "50"), p("B", "30")));
        Market after = Market.of(List.of(p("own", "28"), p("A", "45"), p("B", "27")));
        ShareShift s = ShareShift.between(before, after, "own");
        assertEquals(before, s.before());
        assertEquals(after, s.after());
        ShareShift back = ShareShift.between(s.before(), s.after(), s.own());
        assertEquals(s, back);
        assertEquals(s.takenFromCompetitors(), back.takenFromCompetitors());
    }
}
