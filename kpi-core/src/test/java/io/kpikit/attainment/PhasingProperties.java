package io.kpikit.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasingProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void moneyPartsSumToTheTotalAndStayWithinOneCentOfTheirShare() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        arrays().ofClass(doubles().between(0.0, 1000.0), Double.class).withLengthBetween(1, 12))
                .assuming((cents, w) -> sum(w) > 0)
                .checkAssert((cents, weights) -> {
                    Money total = Money.ofMinor(cents, CNY);
                    Profile profile = Profile.of(unbox(weights));
                    List<Money> parts = Phasing.split(total, profile);
                    assertEquals(profile.periods(), parts.size());
                    assertEquals(total, Money.total(CNY, parts));
                    assertWithinOneUnit(total.amount(), profile, parts.stream().map(Money::amount).toList(),
                            new BigDecimal("0.01"));
                });
    }

    @Test
    void countPartsSumToTheTotalAndStayWithinOneOfTheirShare() {
        qt().forAll(longs().between(0, 1_000_000_000_000L),
                        arrays().ofClass(doubles().between(0.0, 1000.0), Double.class).withLengthBetween(1, 12))
                .assuming((n, w) -> sum(w) > 0)
                .checkAssert((n, weights) -> {
                    Profile profile = Profile.of(unbox(weights));
                    List<Long> parts = Phasing.split(n, profile);
                    assertEquals(n.longValue(), parts.stream().mapToLong(Long::longValue).sum());
                    assertTrue(parts.stream().allMatch(p -> p >= 0));
                    assertWithinOneUnit(BigDecimal.valueOf(n), profile,
                            parts.stream().map(BigDecimal::valueOf).toList(), BigDecimal.ONE);
                });
    }

    /** |part − total × w / Σw| < unit, with the exact share computed independently to 50 digits. */
    private static void assertWithinOneUnit(BigDecimal total, Profile profile, List<BigDecimal> parts, BigDecimal unit) {
        BigDecimal weightSum = profile.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal share = total.multiply(profile.weights().get(i)).divide(weightSum, new MathContext(50));
            BigDecimal gap = parts.get(i).subtract(share).abs();
            assertTrue(gap.compareTo(unit) < 0, "part " + parts.get(i) + " vs share " + share);
        }
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
}
