package io.kpikit.growth;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators shared by the growth properties (values with zeros, negatives, ties and extremes)
 * and the "defined and finite, or undefined with a reason" check.
 */
final class Generators {

    private Generators() {
    }

    /** Finite doubles: small integers (zeros, negatives, ties), ordinary values and extremes. */
    static Gen<Double> values() {
        return Generate.oneOf(
                integers().between(-3, 3).map(i -> (double) i),
                doubles().between(-1e6, 1e6),
                doubles().between(-1e307, 1e307),
                doubles().between(1e307, Double.MAX_VALUE).map(d -> -d),
                doubles().between(1e307, Double.MAX_VALUE),
                doubles().between(-1e-300, 1e-300));
    }

    /** Series of 0 to 12 finite values, a third of them constant. */
    static Gen<double[]> series() {
        Gen<double[]> mixed = lists().of(values()).ofSizeBetween(0, 12).map(Generators::toArray);
        Gen<double[]> constant = values().zip(integers().between(0, 12), (v, n) -> {
            double[] a = new double[n];
            Arrays.fill(a, v);
            return a;
        });
        return Generate.oneOf(mixed, mixed, constant);
    }

    /** Decimals with 0 to 4 decimal places, including zero and negatives. */
    static Gen<BigDecimal> decimals() {
        return Generate.oneOf(integers().between(-3, 3).map(i -> BigDecimal.valueOf(i)),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                        .zip(integers().between(0, 4), BigDecimal::valueOf));
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Asserts that a figure is defined with a finite value, or undefined with a non-blank reason. */
    static void assertFiniteOrExplained(Figure f, String what) {
        if (f.isDefined()) {
            assertTrue(Double.isFinite(f.doubleValue()), what + " is " + f.doubleValue());
            assertFalse(f.undefinedReason().isPresent(), what);
        } else {
            assertFalse(f.undefinedReason().orElseThrow().isBlank(), what);
        }
    }

    /** Asserts the same of a ratio. */
    static void assertFiniteOrExplained(Ratio r, String what) {
        if (r.isDefined()) {
            assertTrue(Double.isFinite(r.doubleValue()), what + " is " + r.doubleValue());
        } else {
            assertFalse(r.undefinedReason().orElseThrow().isBlank(), what);
        }
    }
}
