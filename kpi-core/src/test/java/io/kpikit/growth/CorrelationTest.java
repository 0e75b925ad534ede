package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final double[] X = {1, 2, 3, 4, 5};

    @Test
    void perfectlyLinearPairIsOne() {
        double[] y = {3, 5, 7, 9, 11}; // y = 2x + 1
        assertEquals(1.0, Correlation.pearson(X, y).doubleValue(), 1e-12);
        assertEquals(1.0, Correlation.spearman(X, y).doubleValue(), 1e-12);
    }

    @Test
    void hugeSeriesAreCorrelatedAsTheirScaledCopies() {
        // y = 1e300·x: r = 1, though Σ(y − ȳ)² = 2e600 does not fit a double
        double[] x = {1, 2, 3};
        double[] y = {1e300, 2e300, 3e300};
        assertEquals(1.0, Correlation.pearson(x, y).doubleValue(), 1e-12);
        assertEquals(1.0, Correlation.pearson(y, x).doubleValue(), 1e-12);
        // found by a long property run: defined one way round and "outside the range of a
        // double" the other; the exact r is about 5.8e-301, i.e. 0 to double precision
        double[] a = {1, -1, -1e-300};
        double[] b = {-1e6, -1e6, -1e307};
        assertEquals(0.0, Correlation.pearson(a, b).doubleValue(), 1e-12);
        assertEquals(0.0, Correlation.pearson(b, a).doubleValue(), 1e-12);
    }

    @Test
    void antiLinearPairIsMinusOne() {
        double[] y = {-3, -6, -9, -12, -15}; // y = -3x
        assertEquals(-1.0, Correlation.pearson(X, y).doubleValue(), 1e-12);
        assertEquals(-1.0, Correlation.spearman(X, y).doubleValue(), 1e-12);
    }

    @Test
    void monotoneButCurvedPairHasSpearmanOneAndPearsonBelowOne() {
        // x = 1..4, y = x²: x̄ = 2.5, ȳ = 7.5, Sxy = 9.75 + 1.75 + 0.75 + 12.75 = 25, Sxx = 5,
        // Syy = 42.25 + 12.25 + 2.25 + 72.25 = 129; r = 25 / sqrt(645) = 0.9843740...
        double[] x = {1, 2, 3, 4};
        double[] y = {1, 4, 9, 16};
        double pearson = Correlation.pearson(x, y).doubleValue();
        assertEquals(25 / Math.sqrt(645), pearson, 1e-12);
        assertEquals(0.984374, pearson, 1e-6);
        assertTrue(pearson < 1);
        assertEquals(1.0, Correlation.spearman(x, y).doubleValue(), 1e-12);
    }

    @Test
    void tiesGetTheirAverageRank() {
        // ranks of y = 1, 2, 2, 3 are 1, 2.5, 2.5, 4; against 1..4: Sxy = 2.25 + 0 + 0 + 2.25 = 4.5,
        // Sxx = 5, Syy = 4.5; rho = 4.5 / sqrt(22.5) = 0.9486833
        assertEquals(4.5 / Math.sqrt(22.5),
                Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 2, 2, 3}).doubleValue(), 1e-12);
    }

    @Test
    void aConstantSeriesIsUndefinedNeverNaN() {
        double[] constant = {4, 4, 4, 4, 4};
        assertEquals(Optional.of("y is constant: the correlation is 0/0"),
                Correlation.pearson(X, constant).undefinedReason());
        assertEquals(Optional.of("x is constant: the correlation is 0/0"),
                Correlation.spearman(constant, X).undefinedReason());
    }

    @Test
    void lengthsAreValidatedAndBothNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(new double[] {1, 2, 3}, new double[] {1, 2, 3, 4}));
        assertEquals("x and y must have equal lengths >= 2, were 3 and 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.spearman(new double[] {1}, new double[] {2}));
        assertEquals("x and y must have equal lengths >= 2, were 1 and 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(new double[] {1, Double.NaN}, new double[] {2, 3}));
        assertEquals("x[1] must be a finite number, was NaN", e.getMessage());
    }
}
