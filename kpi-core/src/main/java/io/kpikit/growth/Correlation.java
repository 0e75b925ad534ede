package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import java.util.Objects;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Pearson and Spearman correlation between two KPI series of equal length (spend and
 * revenue by month, say).
 *
 * <p>Definitions:
 * <ul>
 *   <li>Pearson {@code r = Sxy / sqrt(Sxx * Syy)}, with {@code Sxy = Σ(x - x̄)(y - ȳ)},
 *       {@code Sxx = Σ(x - x̄)²} and {@code Syy = Σ(y - ȳ)²}: how close the points are to a
 *       straight line;</li>
 *   <li>Spearman {@code ρ} = Pearson's {@code r} of the ranks (ties get their average rank,
 *       commons-math3's {@code NaturalRanking}): how close the relation is to monotone,
 *       whatever its shape.</li>
 * </ul>
 * Each series is first scaled by a power of two (exact, and {@code r} does not change under
 * positive scaling) so that the sums cannot overflow, and {@code r} is computed in two passes
 * (means, then deviations) by a formula symmetric in x and y: {@code pearson(x, y)} and
 * {@code pearson(y, x)} are the same double, also for values near {@code 1e308}.
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

    /** Average ranks for ties; NaN cannot occur (the values are checked first). */
    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

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
        return reason != null ? Figure.undefined(reason) : clamp(twoPass(scaled(x), scaled(y)));
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
        return reason != null ? Figure.undefined(reason) : clamp(twoPass(RANKING.rank(x), RANKING.rank(y)));
    }

    /**
     * Pearson's r by the two-pass formula {@code Σ(x−x̄)(y−ȳ) ÷ (√Σ(x−x̄)² · √Σ(y−ȳ)²)}: unlike
     * a one-pass update (commons-math's {@code PearsonsCorrelation} goes through
     * {@code SimpleRegression}), every step is symmetric in x and y, so {@code r(x, y)} and
     * {@code r(y, x)} are the same double, and the deviations are taken from the final means.
     */
    private static double twoPass(double[] x, double[] y) {
        int n = x.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
    }

    /**
     * Returns the series scaled by a power of two that brings its largest magnitude into
     * [1, 2): the correlation does not change under positive scaling, and the sums of squares
     * of the scaled series cannot overflow (with values near 1e307 they did, in one argument
     * order and not the other). Multiplying by a power of two is exact unless a value is
     * 2^1022 times smaller than the largest, when it becomes negligible anyway.
     */
    private static double[] scaled(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        int exponent = Math.getExponent(max);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.scalb(values[i], -exponent);
        }
        return out;
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
