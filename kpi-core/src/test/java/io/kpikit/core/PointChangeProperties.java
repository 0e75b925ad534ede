package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointChangeProperties {

    @Test
    void pointsAreOneHundredTimesTheDifferenceAndTheRelativeChangeTimesTheBaseIsTheDifference() {
        // rates a/b and c/d with denominators of either sign
        qt().forAll(integers().between(-1_000, 1_000), integers().between(-1_000, 1_000),
                        integers().between(-1_000, 1_000), integers().between(-1_000, 1_000))
                .assuming((a, b, c, d) -> b != 0 && d != 0)
                .checkAssert((a, b, c, d) -> {
                    Ratio before = Ratio.of(a, b);
                    Ratio after = Ratio.of(c, d);
                    PointChange p = PointChange.between(before, after);
                    // exact: points · b·d == 100 · (c·b − a·d), compared as integers
                    BigDecimal cross = BigDecimal.valueOf((long) c * b - (long) a * d);
                    assertEquals(0, p.points().numerator().multiply(BigDecimal.valueOf((long) b * d))
                            .compareTo(cross.movePointRight(2).multiply(p.points().denominator())));
                    if (a == 0) {
                        assertEquals("base is zero", p.relative().undefinedReason().orElseThrow());
                        return;
                    }
                    // relative · |a/b| == c/d − a/b, i.e. relative.num · |a| · b · d == cross · relative.den · |b|
                    BigDecimal left = p.relative().numerator().multiply(BigDecimal.valueOf(Math.abs((long) a) * b * d));
                    BigDecimal right = cross.multiply(p.relative().denominator()).multiply(BigDecimal.valueOf(Math.abs(b)));
                    assertEquals(0, left.compareTo(right));
                    assertEquals(1, p.relative().denominator().signum());
                    // the relative change goes the same way as the points
                    assertEquals(p.points().toBigDecimal().signum(), p.relative().toBigDecimal().signum());
                });
    }

    @Test
    void pointsOfDoubleRatesAreExactlyOneHundredTimesTheirDecimalDifference() {
        qt().forAll(doubles().between(0, 1), doubles().between(0, 1)).checkAssert((r0, r1) -> {
            PointChange p = PointChange.between(Ratio.of(r0, 1.0), Ratio.of(r1, 1.0));
            BigDecimal expected = BigDecimal.valueOf(r1).subtract(BigDecimal.valueOf(r0)).movePointRight(2);
            assertEquals(0, expected.compareTo(p.points().toBigDecimal()));
            if (r0 == 0) {
                assertFalse(p.relative().isDefined());
            } else {
                assertTrue(Double.isFinite(p.relative().doubleValue()));
                assertEquals(p.points().toBigDecimal().signum(), p.relative().toBigDecimal().signum());
            }
        });
    }
}
