package io.kpikit.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttainmentProperties {

    @Test
    void actualEqualToAPositiveTargetIsExactlyOneForEveryConventionAndDirection() {
        qt().forAll(longs().between(1, 1_000_000_000_000L), integers().between(0, 8))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal t = BigDecimal.valueOf(unscaled, scale);
                    for (AttainmentConvention c : AttainmentConvention.values()) {
                        for (Direction d : Direction.values()) {
                            Ratio r = Attainment.of(t, t, d, c).ratio();
                            assertEquals(0, r.toBigDecimal().compareTo(BigDecimal.ONE), () -> c + " " + d + " " + r);
                            assertEquals(AttainmentStatus.MET, StatusBands.DEFAULT.status(r));
                        }
                    }
                });
    }

    @Test
    void attainmentNeverRanksAWorseActualHigher() {
        // For a fixed positive target, moving the actual the favourable way never lowers attainment.
        qt().forAll(integers().between(1, 10_000), integers().between(-20_000, 20_000),
                        integers().between(-20_000, 20_000))
                .checkAssert((target, a1, a2) -> {
                    int worse = Math.min(a1, a2);
                    int better = Math.max(a1, a2);
                    for (AttainmentConvention c : AttainmentConvention.values()) {
                        assertNotAbove(Attainment.of(worse, target, Direction.HIGHER_IS_BETTER, c).ratio(),
                                Attainment.of(better, target, Direction.HIGHER_IS_BETTER, c).ratio());
                        assertNotAbove(Attainment.of(better, target, Direction.LOWER_IS_BETTER, c).ratio(),
                                Attainment.of(worse, target, Direction.LOWER_IS_BETTER, c).ratio());
                    }
                });
    }

    @Test
    void negativeTargetsUnderRelativeGapAlsoRankTheFavourableActualHigher() {
        qt().forAll(integers().between(-10_000, -1), integers().between(-20_000, 20_000),
                        integers().between(-20_000, 20_000))
                .checkAssert((target, a1, a2) -> {
                    int worse = Math.min(a1, a2);
                    int better = Math.max(a1, a2);
                    assertNotAbove(Attainment.of(worse, target, Direction.HIGHER_IS_BETTER).ratio(),
                            Attainment.of(better, target, Direction.HIGHER_IS_BETTER).ratio());
                    assertNotAbove(Attainment.of(better, target, Direction.LOWER_IS_BETTER).ratio(),
                            Attainment.of(worse, target, Direction.LOWER_IS_BETTER).ratio());
                });
    }

    private static void assertNotAbove(Ratio lower, Ratio higher) {
        if (lower.isDefined() && higher.isDefined()) {
            assertTrue(lower.toBigDecimal().compareTo(higher.toBigDecimal()) <= 0, lower + " vs " + higher);
        }
    }
}
