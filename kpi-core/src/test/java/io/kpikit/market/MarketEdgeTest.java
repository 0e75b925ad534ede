package io.kpikit.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Boundaries of the market functions that the main examples do not reach. */
class MarketEdgeTest {

    @Test
    void relativeShareUsesTheLargestCompetitorWhereverItIsListed() {
        // competitors listed smallest first: 100 ÷ max(50, 80, 300) = 100/300
        Market m = Market.of(List.of(new Player("us", new BigDecimal("100")), new Player("B", new BigDecimal("50")),
                new Player("C", new BigDecimal("80")), new Player("D", new BigDecimal("300"))));
        assertEquals(Ratio.of(100, 300), m.relativeShare("us"));
    }

    @Test
    void sharesOfExactlyZeroAndOneAreAccepted() {
        // 0% → 100% is +100 points
        PointChange c = Market.shareChange(Ratio.of(0, 5), Ratio.of(5, 5));
        assertEquals(0, BigDecimal.valueOf(100).compareTo(c.points().toBigDecimal()));
    }

    @Test
    void shiftFromAnEmptyMarketIsUndefinedWithTheMarketsReason() {
        Market empty = Market.of(List.of(new Player("us", BigDecimal.ZERO), new Player("B", BigDecimal.ZERO)));
        Market after = Market.of(List.of(new Player("us", new BigDecimal("390")), new Player("B", new BigDecimal("1110"))));
        ShareShift shift = ShareShift.between(empty, after, "us");
        Optional<String> reason = Optional.of("rate before is undefined: market total is 0");
        assertEquals(reason, shift.takenFromCompetitors().undefinedReason());
        assertEquals(reason, shift.competitor("B").takenPoints().undefinedReason());
    }

    @Test
    void aCompetitorThatAlsoGainedGaveNothingOverTheCommonDenominator() {
        // us 20% → 30%, B 50% → 30%, C 30% → 40%: only B lost, so C gave 0 points, expressed
        // over D = T_before · T_after = 1,000 · 1,000 like every other points ratio
        Market before = Market.of(List.of(new Player("us", new BigDecimal("200")),
                new Player("B", new BigDecimal("500")), new Player("C", new BigDecimal("300"))));
        Market after = Market.of(List.of(new Player("us", new BigDecimal("300")),
                new Player("B", new BigDecimal("300")), new Player("C", new BigDecimal("400"))));
        assertEquals(Ratio.of(0, 1_000_000), ShareShift.between(before, after, "us").competitor("C").takenPoints());
    }
}
