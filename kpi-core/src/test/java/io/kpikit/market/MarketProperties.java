package io.kpikit.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketProperties {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static Market market(List<Long> sales, int scale) {
        List<Player> players = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            players.add(new Player("p" + i, BigDecimal.valueOf(sales.get(i), scale)));
        }
        return Market.of(players);
    }

    @Test
    void sharesOfACompleteMarketSumToOne() {
        qt().forAll(lists().of(longs().between(0, 1_000_000_000_000L)).ofSizeBetween(1, 15), integers().between(0, 4))
                .assuming((sales, scale) -> sales.stream().anyMatch(s -> s > 0))
                .checkAssert((sales, scale) -> {
                    Market m = market(sales, scale);
                    BigDecimal numerators = BigDecimal.ZERO;
                    double doubles = 0;
                    for (Ratio share : m.shares().values()) {
                        assertEquals(0, share.denominator().compareTo(m.total()));
                        numerators = numerators.add(share.numerator());
                        doubles += share.doubleValue();
                        assertTrue(share.doubleValue() >= 0 && share.doubleValue() <= 1);
                    }
                    assertEquals(0, numerators.compareTo(m.total()));
                    assertEquals(1.0, doubles, 1e-12);
                    assertEquals(1.0, m.concentrationRatio(sales.size()).doubleValue());
                });
    }

    @Test
    void hhiLiesBetweenTenThousandOverNAndTenThousand() {
        qt().forAll(lists().of(longs().between(0, 1_000_000_000_000L)).ofSizeBetween(0, 15), integers().between(0, 4))
                .checkAssert((sales, scale) -> {
                    Market m = market(sales, scale);
                    Hhi hhi = m.hhi();
                    assertEquals(m.total().signum() != 0, hhi.isDefined());
                    if (hhi.isDefined()) {
                        BigDecimal v = hhi.toBigDecimal();
                        assertTrue(Double.isFinite(hhi.doubleValue()));
                        assertTrue(v.compareTo(TEN_THOUSAND) <= 0, v.toPlainString());
                        // with n players (zero-sales players included) HHI >= 10000 / n
                        BigDecimal floor = hhi.ratio().denominator().multiply(TEN_THOUSAND);
                        assertTrue(hhi.ratio().numerator().multiply(BigDecimal.valueOf(sales.size()))
                                .compareTo(floor) >= 0, v.toPlainString());
                        for (int n = 1; n < sales.size(); n++) {
                            // CRn is non-decreasing in n
                            assertTrue(m.concentrationRatio(n).toBigDecimal()
                                    .compareTo(m.concentrationRatio(n + 1).toBigDecimal()) <= 0);
                        }
                    }
                });
    }

    @Test
    void takenPartsAddUpToTheOwnGainAndNeverExceedALoss() {
        qt().forAll(lists().of(longs().between(0, 1_000_000L)).ofSizeBetween(2, 6),
                        lists().of(longs().between(0, 1_000_000L)).ofSizeBetween(2, 6))
                .assuming((a, b) -> a.stream().anyMatch(s -> s > 0) && b.stream().anyMatch(s -> s > 0))
                .checkAssert((a, b) -> {
                    ShareShift s = ShareShift.between(market(a, 0), market(b, 0), "p0");
                    BigDecimal takenSum = BigDecimal.ZERO;
                    BigDecimal pointsSum = s.ownChange().points().toBigDecimal();
                    for (CompetitorShift c : s.competitors()) {
                        BigDecimal taken = c.takenPoints().toBigDecimal();
                        assertTrue(taken.signum() >= 0);
                        BigDecimal loss = c.change().points().toBigDecimal().negate().max(BigDecimal.ZERO);
                        assertTrue(taken.compareTo(loss.add(new BigDecimal("1e-28"))) <= 0, taken + " > " + loss);
                        takenSum = takenSum.add(taken);
                        pointsSum = pointsSum.add(c.change().points().toBigDecimal());
                    }
                    // the gain is fully attributed, and all points changes cancel out
                    assertEquals(0.0, takenSum.subtract(s.takenFromCompetitors().toBigDecimal()).doubleValue(), 1e-25);
                    assertEquals(0.0, pointsSum.doubleValue(), 1e-25);
                });
    }

    @Test
    void anHhiRebuiltFromItsSharesIsEqualAndScalingTheSharesKeepsItsValue() {
        qt().forAll(lists().of(longs().between(0, 1_000_000_000L)).ofSizeBetween(0, 10), integers().between(0, 4),
                        longs().between(1, 1_000)).checkAssert((sales, scale, factor) -> {
                    Hhi hhi = market(sales, scale).hhi();
                    assertEquals(hhi, Hhi.of(hhi.shares()));
                    List<BigDecimal> scaled = new ArrayList<>();
                    hhi.shares().forEach(s -> scaled.add(s.multiply(BigDecimal.valueOf(factor))));
                    Hhi other = Hhi.of(scaled);
                    assertEquals(hhi.isDefined(), other.isDefined());
                    assertTrue(!hhi.isDefined() || hhi.ratio().hasSameValueAs(other.ratio()));
                });
    }
}
