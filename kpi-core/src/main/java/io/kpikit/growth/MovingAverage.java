package io.kpikit.growth;

import io.kpikit.core.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Simple moving averages of a series: the mean of each run of {@code w} consecutive values.
 *
 * <p>Formula: {@code ma[i] = (v[i] + v[i+1] + ... + v[i+w-1]) / w} for
 * {@code i = 0 .. n - w}, so a series of {@code n} values gives {@code n - w + 1} averages,
 * the first one covering the first {@code w} values. The window must satisfy
 * {@code 1 <= w <= n}. Sums are exact decimals and each mean is one division to 34
 * significant digits, so no rounding accumulates along the series and no sum overflows.
 *
 * <pre>{@code
 * MovingAverage.simple(new double[] {10, 20, 30, 40}, 3);   // [20.0, 30.0]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MovingAverage {

    private MovingAverage() {
    }

    /**
     * Returns the simple moving averages of a decimal series.
     *
     * @param values the series, oldest first
     * @param window the window {@code w}, in [1, n]
     * @return the {@code n - w + 1} averages, each to 34 significant digits
     * @throws IllegalArgumentException if the series is empty or the window is outside [1, n]
     * @throws NullPointerException if the list or a value is null
     */
    public static List<BigDecimal> simple(List<BigDecimal> values, int window) {
        List<BigDecimal> v = List.copyOf(Objects.requireNonNull(values, "values"));
        checkWindow(v.size(), window);
        BigDecimal w = BigDecimal.valueOf(window);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < window; i++) {
            sum = sum.add(v.get(i));
        }
        List<BigDecimal> averages = new ArrayList<>(v.size() - window + 1);
        averages.add(sum.divide(w, MathContext.DECIMAL128));
        for (int i = window; i < v.size(); i++) {
            sum = sum.add(v.get(i)).subtract(v.get(i - window));
            averages.add(sum.divide(w, MathContext.DECIMAL128));
        }
        return List.copyOf(averages);
    }

    /**
     * Returns the simple moving averages of a series of finite doubles, each read as its
     * shortest decimal form.
     *
     * @param values the series, oldest first
     * @param window the window {@code w}, in [1, n]
     * @return the {@code n - w + 1} averages, each the double nearest the exact mean
     * @throws IllegalArgumentException if the series is empty, a value is NaN or infinite, or
     *     the window is outside [1, n]
     * @throws NullPointerException if the array is null
     */
    public static double[] simple(double[] values, int window) {
        Objects.requireNonNull(values, "values");
        List<BigDecimal> decimals = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            decimals.add(Checks.decimal(values[i], "values[" + i + "]"));
        }
        List<BigDecimal> averages = simple(decimals, window);
        double[] result = new double[averages.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = averages.get(i).doubleValue();
        }
        return result;
    }

    private static void checkWindow(int n, int window) {
        if (n == 0) {
            throw new IllegalArgumentException("values size must be >= 1, was 0");
        }
        if (window < 1 || window > n) {
            throw new IllegalArgumentException("window must be in [1, " + n + "], was " + window);
        }
    }
}
