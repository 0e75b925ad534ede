package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void allocatedPartsSumToTheTotalAndStayWithinOneCentOfTheirShare() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        arrays().ofClass(doubles().between(0.0, 1000.0), Double.class).withLengthBetween(1, 24))
                .assuming((cents, w) -> sum(w) > 0)
                .checkAssert((cents, weights) -> {
                    Money total = Money.ofMinor(cents, CNY);
                    double[] w = unbox(weights);
                    List<Money> parts = total.allocate(w);
                    assertEquals(total, Money.total(CNY, parts));
                    double wsum = sum(weights);
                    for (int i = 0; i < w.length; i++) {
                        double share = cents / 100.0 * w[i] / wsum;
                        double part = parts.get(i).amount().doubleValue();
                        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(part - share) < 0.01 + 1e-6 * Math.abs(share),
                                "part " + part + " vs share " + share);
                    }
                });
    }

    @Test
    void parseInvertsToStringAndArithmeticInverts() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 6),
                        longs().between(-1_000_000_000L, 1_000_000_000L))
                .checkAssert((unscaled, scale, other) -> {
                    Money m = Money.of(BigDecimal.valueOf(unscaled, scale), CNY);
                    Money parsed = Money.parse(m.toString());
                    assertEquals(m, parsed);
                    assertEquals(m.amount().scale(), parsed.amount().scale());
                    Money o = Money.ofMinor(other, CNY);
                    assertEquals(m, m.plus(o).minus(o));
                    assertEquals(m.plus(o), o.plus(m));
                });
    }

    private static double sum(Double[] w) {
        double s = 0;
        for (Double d : w) {
            s += d;
        }
        return s;
    }

    private static double[] unbox(Double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i];
        }
        return out;
    }

    @Test
    void minorUnitsRoundTrip() {
        qt().forAll(longs().all()).checkAssert(fen -> {
            Money m = Money.ofMinor(fen, CNY);
            assertEquals(fen, m.toMinorUnits());
            // the same amount written with more trailing zeros converts to the same count
            assertEquals(fen, Money.of(m.amount().setScale(5), CNY).toMinorUnits());
        });
    }
}
