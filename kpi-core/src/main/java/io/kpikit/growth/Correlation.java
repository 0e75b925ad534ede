package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import java.util.Objects;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman correlation between two KPI series of equal length (spend and
 * revenue by month, say).
 *
 * <p>Definitions, computed with commons-math3:
 * <ul>
 *   <li>Pearson {@code r = Sxy / sqrt(Sxx * Syy)}, with {@code Sxy = Σ(x - x̄)(y - ȳ)},
 *       {@code Sxx = Σ(x - x̄)²} and {@code Syy = Σ(y - ȳ)²}: how close the points are to a
 *       straight line ({@link PearsonsCorrelation});</li>
 *   <li>Spearman {@code ρ} = Pearson's {@code r} of the ranks (ties get their average rank):
 *       how close the relation is to monotone, whatever its shape
 *       ({@link SpearmansCorrelation}).</li>
 * </ul>
 * Both are in [-1, 1] (clamped against rounding). A constant series has zero variance, so the
 * correlation is 0/0: the result is undefined with a reason naming the constant series, never
 * NaN.
 *
 * <pre>{@code
 * Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 4, 9, 16});   // 0.984...
 * Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 4, 9, 16});  // 1
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * Returns Pearson's correlation coefficient of {@code x} and {@code y}.
     *
     * @param x the first series
     * @param y the second series, as long as {@code x}
     * @return the coefficient in [-1, 1]; undefined with a reason when a series is constant
     * @throws IllegalArgumentException if the lengths differ or are below 2, or a value is NaN
     *     or infinite
     * @throws NullPointerException if an array is null
     */
    public static Figure pearson(double[] x, double[] y) {
        String reason = check(x, y);
        return reason != null ? Figure.undefined(reason) : clamp(new PearsonsCorrelation().correlation(x, y));
    }

    /**
     * Returns Spearman's rank correlation coefficient of {@code x} and {@code y}.
     *
     * @param x the first series
     * @param y the second series, as long as {@code x}
     * @return the coefficient in [-1, 1]; undefined with a reason when a series is constant
     * @throws IllegalArgumentException if the lengths differ or are below 2, or a value is NaN
     *     or infinite
     * @throws NullPointerException if an array is null
     */
    public static Figure spearman(double[] x, double[] y) {
        String reason = check(x, y);
        return reason != null ? Figure.undefined(reason) : clamp(new SpearmansCorrelation().correlation(x, y));
    }

    /** Validates the series; returns why the correlation is undefined, or null. */
    private static String check(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("x and y must have equal lengths >= 2, were "
                    + x.length + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            Checks.finite(x[i], "x[" + i + "]");
            Checks.finite(y[i], "y[" + i + "]");
        }
        if (isConstant(x)) {
            return "x is constant: the correlation is 0/0";
        }
        if (isConstant(y)) {
            return "y is constant: the correlation is 0/0";
        }
        return null;
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static Figure clamp(double r) {
        return Figure.ofComputed(Math.max(-1, Math.min(1, r)),
                "the correlation is outside the range of a double (the series are too large or too close to constant)");
    }
}
