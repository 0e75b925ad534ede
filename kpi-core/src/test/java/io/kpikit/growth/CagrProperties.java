package io.kpikit.growth;

import static io.kpikit.growth.Generators.assertFiniteOrExplained;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class CagrProperties {

    @Test
    void compoundingTheRateReproducesTheEnd() {
        // start * (1 + CAGR)^n = end; ratios end/start span 1e-6 .. 1e6, where a double rate
        // still carries enough digits of 1 + CAGR for a 1e-9 relative round trip
        qt().forAll(doubles().between(1, 1e6), doubles().between(1, 1e6), integers().between(1, 50))
                .checkAssert((start, end, n) -> {
                    Cagr c = Cagr.of(start, end, n);
                    double compounded = start * Math.pow(1 + c.doubleValue(), n);
                    assertEquals(end, compounded, 1e-9 * end, "start " + start + " rate " + c.doubleValue());
                });
    }

    @Test
    void everyCagrOfFiniteInputIsFiniteOrExplained() {
        qt().forAll(Generators.values(), Generators.values(), integers().between(1, 1000))
                .checkAssert((start, end, n) -> {
                    Cagr c = Cagr.of(start, end, n);
                    assertFiniteOrExplained(c.rate(), "CAGR " + start + " -> " + end + " over " + n);
                    assertEquals(start > 0 && end >= 0, c.isDefined() || c.undefinedReason().orElseThrow()
                            .equals(Cagr.OUT_OF_RANGE), c.toString());
                    assertTrue(!c.isDefined() || c.doubleValue() >= -1, c.toString());
                });
    }

    @Test
    void aSeriesGivesTheCagrOfItsEnds() {
        qt().forAll(Generators.series()).assuming(s -> s.length >= 2).checkAssert(s -> {
            Cagr c = Cagr.from(s);
            assertEquals(Cagr.of(s[0], s[s.length - 1], s.length - 1).rate(), c.rate());
            assertFiniteOrExplained(c.rate(), "CAGR of a series");
        });
    }
}
