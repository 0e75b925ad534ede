package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A straight-line trend fitted by least squares to a KPI series, with forecasts and their
 * prediction intervals.
 *
 * <p>The fit is {@code y = intercept + slope * x} over {@code n} points, where {@code x} is the
 * period index {@code 0, 1, 2, ...} unless supplied; the slope is the change per period (per
 * unit of {@code x}). It is computed with commons-math3 {@link SimpleRegression}:
 * {@code slope = Sxy / Sxx}, {@code intercept = ȳ - slope * x̄},
 * {@code R² = 1 - SSE / SST} (clamped to [0, 1] against rounding), where
 * {@code Sxx = Σ(x - x̄)²}, {@code Sxy = Σ(x - x̄)(y - ȳ)}, {@code SST = Σ(y - ȳ)²} and
 * {@code SSE} is the sum of squared residuals.
 *
 * <p>A forecast at {@code x0} is {@code ŷ = intercept + slope * x0}, with the prediction
 * interval for a new observation at confidence {@code c} (default 95%):
 * <pre>
 * ŷ ± t · s · sqrt(1 + 1/n + (x0 - x̄)² / Sxx),   s = sqrt(SSE / (n - 2)),
 * </pre>
 * where {@code t} is the {@code 1 - (1 - c)/2} quantile of Student's t distribution with
 * {@code n - 2} degrees of freedom. {@link #forecast(int)} forecasts the next {@code k}
 * periods, at {@code x = max(x) + 1, ..., max(x) + k}.
 *
 * <p>Edge cases, never NaN:
 * <ul>
 *   <li>fewer than 2 points, or all {@code x} equal: the whole fit is undefined (slope,
 *       intercept, R² and every forecast), with the reason;</li>
 *   <li>{@code x} values so far apart, or a fit so large, that it leaves the range of a
 *       double: undefined with the reason {@code "the fit is outside the range of a double"};</li>
 *   <li>exactly 2 points: the line and the forecasts are defined, the prediction interval is
 *       undefined (no degrees of freedom left for {@code s});</li>
 *   <li>a constant series: slope 0, and R² is undefined ({@code SST = 0}, so R² is 0/0);</li>
 *   <li>a perfect fit: {@code s = 0}, so the prediction interval has zero width.</li>
 * </ul>
 *
 * <p>A trend keeps the points it was fitted to ({@link #x()}, {@link #y()}), so
 * {@code Trend.of(t.x(), t.y())} fits the same line again; that is how a stored trend is read
 * back and its figures checked.
 *
 * <pre>{@code
 * Trend t = Trend.of(10, 12, 14, 16);        // slope 2, intercept 10, R² 1
 * Forecast next = t.forecast(1).get(0);      // x = 4: value 18, interval [18, 18]
 * t.x();                                     // [0.0, 1.0, 2.0, 3.0]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trend implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default confidence of a prediction interval. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** The points fitted, copies of the caller's arrays. */
    private final double[] x;
    private final double[] y;
    private final int n;
    private final double xMean;
    private final double xMax;
    private final double sxx;
    private final double sse;
    private final Figure slope;
    private final Figure intercept;
    private final Figure rSquared;
    private final String undefinedReason;

    private Trend(double[] x, double[] y, double xMean, double xMax, double sxx, double sse, Figure slope,
            Figure intercept, Figure rSquared, String undefinedReason) {
        this.x = x;
        this.y = y;
        this.n = y.length;
        this.xMean = xMean;
        this.xMax = xMax;
        this.sxx = sxx;
        this.sse = sse;
        this.slope = slope;
        this.intercept = intercept;
        this.rSquared = rSquared;
        this.undefinedReason = undefinedReason;
    }

    private static Trend create(double[] xs, double[] ys) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        int n = y.length;
        for (int i = 0; i < n; i++) {
            Checks.finite(x[i], "x[" + i + "]");
            Checks.finite(y[i], "y[" + i + "]");
        }
        double xMax = Double.NEGATIVE_INFINITY;
        double xMean = 0;
        for (int i = 0; i < n; i++) {
            xMax = Math.max(xMax, x[i]);
            xMean += (x[i] - xMean) / (i + 1); // running mean: no overflow for large x
        }
        if (n == 0) {
            xMax = -1; // so that the next period of an empty series is x = 0
        }
        if (n < 2) {
            return undefined(x, y, xMean, xMax, "fewer than 2 points: a trend needs at least 2, was " + n);
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            regression.addData(x[i], y[i]);
        }
        double sxx = regression.getXSumSquares();
        String overflow = "the fit is outside the range of a double";
        if (!Double.isFinite(sxx)) {
            return undefined(x, y, xMean, xMax, overflow); // x values so far apart that Σ(x − x̄)² overflows
        }
        if (!(sxx > 0)) {
            return undefined(x, y, xMean, xMax, "x values are all equal: the slope is 0/0");
        }
        Figure slope = Figure.ofComputed(regression.getSlope(), overflow);
        Figure intercept = Figure.ofComputed(regression.getIntercept(), overflow);
        if (!slope.isDefined() || !intercept.isDefined()) {
            return undefined(x, y, xMean, xMax, overflow);
        }
        Figure rSquared = regression.getTotalSumSquares() == 0
                ? Figure.undefined("y is constant: R² is 0/0")
                : Figure.ofComputed(Math.max(0, Math.min(1, regression.getRSquare())), overflow);
        return new Trend(x, y, xMean, xMax, sxx, regression.getSumSquaredErrors(), slope, intercept, rSquared, null);
    }

    private static Trend undefined(double[] x, double[] y, double xMean, double xMax, String reason) {
        Figure none = Figure.undefined(reason);
        return new Trend(x, y, xMean, xMax, 0, 0, none, none, none, reason);
    }

    /**
     * Returns the trend of a series against its period index {@code 0, 1, 2, ...}.
     *
     * @param y the series, oldest first
     * @return the fitted trend; undefined with a reason if there are fewer than 2 values
     * @throws IllegalArgumentException if a value is NaN or infinite
     * @throws NullPointerException if {@code y} is null
     */
    public static Trend of(double... y) {
        Objects.requireNonNull(y, "y");
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return create(x, y);
    }

    /**
     * Returns the trend of {@code y} against supplied {@code x} values (years, weeks, spend).
     *
     * @param x the explanatory values
     * @param y the series, one value per {@code x}
     * @return the fitted trend; undefined with a reason if there are fewer than 2 points or
     *     all {@code x} are equal
     * @throws IllegalArgumentException if the lengths differ or a value is NaN or infinite
     * @throws NullPointerException if an array is null
     */
    public static Trend of(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have equal lengths, were " + x.length + " and " + y.length);
        }
        return create(x, y);
    }

    static double checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        return confidence;
    }

    /**
     * Returns the {@code x} values of the points fitted: the period indexes {@code 0, 1, 2, ...}
     * for {@link #of(double...)}, the values given to {@link #of(double[], double[])} otherwise.
     *
     * @return a copy of the {@code x} values, oldest first
     */
    public double[] x() {
        return x.clone();
    }

    /**
     * Returns the {@code y} values of the points fitted, as given.
     *
     * @return a copy of the series, one value per {@link #x()}
     */
    public double[] y() {
        return y.clone();
    }

    /**
     * Returns the number of points fitted.
     *
     * @return {@code n}
     */
    public int size() {
        return n;
    }

    /**
     * Returns whether the line is defined (at least 2 points with distinct {@code x}).
     *
     * @return {@code true} if the fit is defined
     */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * Returns why the fit is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the slope, the change per period (per unit of {@code x}).
     *
     * @return the slope; undefined when the fit is
     */
    public Figure slope() {
        return slope;
    }

    /**
     * Returns the intercept, the fitted value at {@code x = 0}.
     *
     * @return the intercept; undefined when the fit is
     */
    public Figure intercept() {
        return intercept;
    }

    /**
     * Returns R², the share of the variance of {@code y} explained by the line.
     *
     * @return R² in [0, 1]; undefined when the fit is or when {@code y} is constant
     */
    public Figure rSquared() {
        return rSquared;
    }

    /**
     * Returns forecasts for the next {@code periods} periods with 95% prediction intervals.
     *
     * @param periods how many periods ahead, at least 1
     * @return one forecast per period, at {@code x = max(x) + 1, ..., max(x) + periods}
     * @throws IllegalArgumentException if {@code periods < 1}
     */
    public List<Forecast> forecast(int periods) {
        return forecast(periods, DEFAULT_CONFIDENCE);
    }

    /**
     * Returns forecasts for the next {@code periods} periods with prediction intervals at
     * {@code confidence}.
     *
     * @param periods how many periods ahead, at least 1
     * @param confidence the confidence level, in (0, 1)
     * @return one forecast per period, at {@code x = max(x) + 1, ..., max(x) + periods}
     * @throws IllegalArgumentException if {@code periods < 1} or {@code confidence} is not in
     *     (0, 1)
     */
    public List<Forecast> forecast(int periods, double confidence) {
        Checks.positive(periods, "periods");
        checkConfidence(confidence);
        List<Forecast> forecasts = new ArrayList<>(periods);
        for (int k = 1; k <= periods; k++) {
            forecasts.add(forecastAt(xMax + k, confidence));
        }
        return List.copyOf(forecasts);
    }

    /**
     * Returns the forecast at {@code x0} with a prediction interval at {@code confidence}.
     *
     * @param x0 where to forecast
     * @param confidence the confidence level, in (0, 1)
     * @return the forecast; its value is undefined when the fit is, its bounds also when
     *     there are fewer than 3 points
     * @throws IllegalArgumentException if {@code x0} is not finite or {@code confidence} is
     *     not in (0, 1)
     */
    public Forecast forecastAt(double x0, double confidence) {
        Checks.finite(x0, "x0");
        checkConfidence(confidence);
        if (!isDefined()) {
            return new Forecast(x0, slope, slope, slope, confidence);
        }
        String overflow = "the forecast is outside the range of a double";
        double fitted = intercept.doubleValue() + slope.doubleValue() * x0;
        Figure value = Figure.ofComputed(fitted, overflow);
        if (n < 3) {
            Figure none = Figure.undefined(
                    "fewer than 3 points: a prediction interval needs n - 2 >= 1 degrees of freedom, was n = " + n);
            return new Forecast(x0, value, none, none, confidence);
        }
        if (!value.isDefined()) {
            return new Forecast(x0, value, value, value, confidence);
        }
        double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double s = Math.sqrt(sse / (n - 2));
        double dx = x0 - xMean;
        double half = t * s * Math.sqrt(1 + 1.0 / n + dx * dx / sxx);
        String intervalOverflow = "the prediction interval is outside the range of a double";
        return new Forecast(x0, value, Figure.ofComputed(fitted - half, intervalOverflow),
                Figure.ofComputed(fitted + half, intervalOverflow), confidence);
    }

    /**
     * Returns a description such as {@code "trend n=4: slope 2, intercept 10, R² 1"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return isDefined()
                ? "trend n=" + n + ": slope " + slope + ", intercept " + intercept + ", R² " + rSquared
                : "trend n=" + n + " undefined: " + undefinedReason;
    }
}
