package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The double-range guard of {@link Ratio} and {@link Figure} against the conversion it replaced,
 * {@code Double.isInfinite(x.doubleValue())}, kept here as the oracle.
 */
class RatioProperties {

    private static final String OUT_OF_RANGE = "quotient is outside the range of a double";

    /** Half-way between Double.MAX_VALUE and 2^1024: the smallest magnitude that rounds to infinity. */
    private static final BigDecimal THRESHOLD = new BigDecimal(Double.MAX_VALUE)
            .add(new BigDecimal(BigInteger.TWO.pow(970)));

    private static boolean oracle(BigDecimal x) {
        return Double.isInfinite(x.doubleValue());
    }

    /** A non-zero decimal of 1 to 40 digits with {@code 10^e <= |x| < 10^(e+1)}. */
    private static BigDecimal withExponent(Random r, int e) {
        BigInteger unscaled = new BigInteger(1 + r.nextInt(133), r).add(BigInteger.ONE);
        BigDecimal x = new BigDecimal(unscaled, 0);
        x = new BigDecimal(unscaled, x.precision() - 1 - e);
        return r.nextBoolean() ? x : x.negate();
    }

    /** Decimals anywhere in 1e-400..1e401, crowded around 10^308, the threshold and 10^309. */
    private static BigDecimal decimal(Random r) {
        BigDecimal x;
        switch (r.nextInt(6)) {
            case 0:
                return withExponent(r, r.nextInt(801) - 400);
            case 1:
                return withExponent(r, 306 + r.nextInt(5));
            case 2: // the threshold moved by k units in digit 10^j, j from -400 to 300
                x = THRESHOLD.add(BigDecimal.valueOf(r.nextInt(2001) - 1000).scaleByPowerOfTen(r.nextInt(701) - 400));
                break;
            case 3: // just around 10^308 and 10^309
                x = BigDecimal.ONE.scaleByPowerOfTen(308 + r.nextInt(2))
                        .add(BigDecimal.valueOf(r.nextInt(2001) - 1000).scaleByPowerOfTen(r.nextInt(701) - 400));
                break;
            case 4: // zero with any scale: precision - scale - 1 says nothing about zero
                return BigDecimal.ZERO.setScale(r.nextInt(2001) - 1000);
            default: // Double.MAX_VALUE's neighbours as decimals, and its shortest text rounded up and down
                double d = Math.nextDown(Double.MAX_VALUE) + r.nextInt(2) * Math.ulp(Double.MAX_VALUE);
                x = new BigDecimal(d).add(new BigDecimal(BigInteger.TWO.pow(970)).multiply(BigDecimal.valueOf(
                        r.nextInt(5) - 2)).divide(BigDecimal.valueOf(2)));
                break;
        }
        return r.nextBoolean() ? x : x.negate();
    }

    private static List<BigDecimal> edges() {
        BigDecimal max = new BigDecimal(Double.MAX_VALUE);
        BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-400);
        List<BigDecimal> xs = new ArrayList<>(List.of(max, THRESHOLD, THRESHOLD.subtract(tiny), THRESHOLD.add(tiny),
                max.add(tiny), new BigDecimal(BigInteger.TWO.pow(1024)), new BigDecimal("1.7976931348623157E+308"),
                new BigDecimal("1.7976931348623159E+308"), new BigDecimal("1E+308"), new BigDecimal("1E+309"),
                new BigDecimal("1E+309").subtract(tiny), new BigDecimal("9.999999999999999999999999999999999E+308"),
                new BigDecimal("1E+308").subtract(tiny), tiny, new BigDecimal(Double.MIN_VALUE),
                new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2)), new BigDecimal("0E+400"),
                new BigDecimal("0E-400"), new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
                new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), new BigDecimal(BigInteger.ONE, -308),
                new BigDecimal(BigInteger.TEN.pow(400), 92), new BigDecimal(BigInteger.TEN.pow(400), 91)));
        for (BigDecimal x : List.copyOf(xs)) {
            xs.add(x.negate());
        }
        return xs;
    }

    @Test
    void guardAgreesWithTheDoubleConversionAtEveryEdge() {
        // 1E+309 (10^400 at scale 91) and above round to infinity, 10^308 (scale 92) is finite;
        // Double.MAX_VALUE + 2^970 (half an ulp) is the first decimal that rounds to infinity
        List<Boolean> expected = List.of(false, true, false, true, false, true, false, true, false, true, true, true,
                false, false, false, false, false, false, true, false, false, false, true);
        List<BigDecimal> xs = edges();
        for (int i = 0; i < xs.size(); i++) {
            BigDecimal x = xs.get(i);
            assertEquals(oracle(x), Ratio.overflowsDouble(x), () -> "x = " + x);
            assertEquals(expected.get(i % expected.size()), Ratio.overflowsDouble(x), () -> "x = " + x);
        }
    }

    @Test
    void guardAgreesWithTheDoubleConversionForRandomDecimals() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            for (int i = 0; i < 5; i++) {
                BigDecimal x = decimal(r);
                assertEquals(oracle(x), Ratio.overflowsDouble(x), () -> "x = " + x);
            }
        });
    }

    /** The old Ratio.create, for a non-zero denominator: the 34-digit quotient, undefined if it overflowed. */
    @Test
    void ratiosAreDefinedExactlyAsBeforeWithTheSameValueAndReason() {
        List<BigDecimal> denominators = List.of(BigDecimal.ONE, BigDecimal.valueOf(3), new BigDecimal("-0.7"),
                new BigDecimal("1E-5"), new BigDecimal("1E+5"), new BigDecimal("0.9999999999999999999999999999999999"));
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            BigDecimal n = decimal(r);
            BigDecimal d = denominators.get(r.nextInt(denominators.size()));
            BigDecimal q = n.divide(d, Ratio.PRECISION);
            Ratio ratio = Ratio.of(n, d);
            if (oracle(q)) {
                assertEquals(Optional.of(OUT_OF_RANGE), ratio.undefinedReason(), () -> n + "/" + d);
            } else {
                assertTrue(ratio.isDefined(), () -> n + "/" + d);
                assertEquals(q, ratio.toBigDecimal());
                assertFalse(Double.isInfinite(ratio.doubleValue()));
            }
        });
    }

    @Test
    void figuresAreDefinedOrRejectedExactlyAsBefore() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            BigDecimal x = decimal(new Random(seed));
            Figure computed = Figure.ofComputed(x, "too big");
            if (oracle(x)) {
                assertEquals(Optional.of("too big"), computed.undefinedReason());
                assertEquals("value must fit a double, was " + x,
                        assertThrows(IllegalArgumentException.class, () -> Figure.of(x)).getMessage());
            } else {
                assertEquals(x, computed.toBigDecimal());
                assertEquals(computed, Figure.of(x));
            }
        });
    }
}
