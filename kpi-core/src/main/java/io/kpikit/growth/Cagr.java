package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The compound annual (or per-period) growth rate from a start value to an end value over
 * {@code n} periods: the constant rate that, compounded {@code n} times, turns the start into
 * the end.
 *
 * <p>Formula: {@code CAGR = (end / start)^(1/n) - 1}, with {@code n >= 1}. It is computed as
 * {@code expm1(log(end / start) / n)} so that rates near zero keep their digits. From a series
 * of {@code n + 1} values (one per period boundary, for example six year-end revenues) the
 * CAGR uses the first and the last value and {@code n} periods.
 *
 * <p>A CAGR is not a plain quotient, so its value is a {@link Figure}; this class keeps its
 * inputs ({@link #start()}, {@link #end()}, {@link #periods()}) and answers the same accessors
 * as {@link io.kpikit.core.Ratio}. It is undefined, with a reason, when:
 * <ul>
 *   <li>{@code start = 0}: there is no growth factor from a zero base;</li>
 *   <li>{@code start < 0}: compound growth is defined only from a positive start;</li>
 *   <li>{@code start > 0} and {@code end < 0}: a sign change; the growth factor
 *       {@code end / start} is negative, so it has no real {@code n}-th root for even
 *       {@code n} and no root above -100% for odd {@code n};</li>
 *   <li>the growth factor {@code (end / start)^(1/n)} is beyond the range of a double.</li>
 * </ul>
 * {@code end = 0} with a positive start is defined: exactly -100%.
 *
 * <pre>{@code
 * Cagr c = Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2);  // (121/100)^(1/2) - 1
 * c.doubleValue();                                                   // 0.1 (10% a year)
 * Cagr.from(100, 110, 121).doubleValue();                            // 0.1, n = 2
 * Cagr.of(BigDecimal.ZERO, BigDecimal.TEN, 3).undefinedReason();     // "start is zero: ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cagr implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reason when the start is zero. */
    static final String ZERO_START = "start is zero: there is no growth factor from a zero base";
    /** The reason when the start is negative. */
    static final String NEGATIVE_START = "start is negative: compound growth is defined only from a positive start";
    /** The reason when the start is positive and the end negative. */
    static final String SIGN_CHANGE = "sign change from start to end: the growth factor end / start is negative,"
            + " so (end / start)^(1/n) has no real root for even n and no root above -100% for odd n";
    /** The reason when the growth factor overflows a double. */
    static final String OUT_OF_RANGE = "the growth factor (end / start)^(1/n) is outside the range of a double";

    private static final double LN_10 = Math.log(10);

    private final BigDecimal start;
    private final BigDecimal end;
    private final int periods;
    private final Figure rate;

    private Cagr(BigDecimal start, BigDecimal end, int periods, Figure rate) {
        this.start = start;
        this.end = end;
        this.periods = periods;
        this.rate = rate;
    }

    private static Cagr create(BigDecimal start, BigDecimal end, int periods) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Checks.positive(periods, "periods");
        return new Cagr(start, end, periods, rate(start, end, periods));
    }

    private static Figure rate(BigDecimal start, BigDecimal end, int periods) {
        if (start.signum() == 0) {
            return Figure.undefined(ZERO_START);
        }
        if (start.signum() < 0) {
            return Figure.undefined(NEGATIVE_START);
        }
        if (end.signum() < 0) {
            return Figure.undefined(SIGN_CHANGE);
        }
        if (end.signum() == 0) {
            return Figure.of(-1);
        }
        return Figure.ofComputed(Math.expm1(logOfQuotient(end, start) / periods), OUT_OF_RANGE);
    }

    /** Returns {@code log(a / b)} for positive decimals of any magnitude, keeping digits near 1. */
    private static double logOfQuotient(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, MathContext.DECIMAL128);
        double qd = q.doubleValue();
        if (qd >= Double.MIN_NORMAL && qd <= Double.MAX_VALUE) {
            return Math.log1p(q.subtract(BigDecimal.ONE).doubleValue());
        }
        return log(a) - log(b);
    }

    /** Returns the natural logarithm of a positive decimal of any magnitude: x = m * 10^k, 1 <= m < 10. */
    private static double log(BigDecimal x) {
        int exponent = x.precision() - x.scale() - 1;
        return Math.log(x.movePointLeft(exponent).doubleValue()) + exponent * LN_10;
    }

    /**
     * Returns the CAGR from {@code start} to {@code end} over {@code periods} periods.
     *
     * @param start the value at the beginning of the first period
     * @param end the value at the end of the last period
     * @param periods the number of periods {@code n}
     * @return the CAGR, undefined with a reason as described in the class documentation
     * @throws IllegalArgumentException if {@code periods < 1}
     * @throws NullPointerException if an argument is null
     */
    public static Cagr of(BigDecimal start, BigDecimal end, int periods) {
        return create(start, end, periods);
    }

    /**
     * Returns the CAGR of two finite doubles, each read as its shortest decimal form.
     *
     * @param start the value at the beginning of the first period
     * @param end the value at the end of the last period
     * @param periods the number of periods {@code n}
     * @return the CAGR
     * @throws IllegalArgumentException if a value is NaN or infinite, or {@code periods < 1}
     */
    public static Cagr of(double start, double end, int periods) {
        return create(Checks.decimal(start, "start"), Checks.decimal(end, "end"), periods);
    }

    /**
     * Returns the CAGR of two amounts of money in one currency (revenue 2020 to revenue 2025).
     *
     * @param start the amount at the beginning of the first period
     * @param end the amount at the end of the last period
     * @param periods the number of periods {@code n}
     * @return the CAGR
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if {@code periods < 1}
     * @throws NullPointerException if an argument is null
     */
    public static Cagr of(Money start, Money end, int periods) {
        Objects.requireNonNull(start, "start").checkSameCurrency(Objects.requireNonNull(end, "end"));
        return create(start.amount(), end.amount(), periods);
    }

    /**
     * Returns the CAGR of a series of {@code n + 1} values: from the first to the last over
     * {@code n} periods. The values in between do not change the result.
     *
     * @param series the values at the period boundaries, at least two
     * @return the CAGR
     * @throws IllegalArgumentException if the series has fewer than two values
     * @throws NullPointerException if the series or a value is null
     */
    public static Cagr from(List<BigDecimal> series) {
        List<BigDecimal> values = List.copyOf(Objects.requireNonNull(series, "series"));
        requireTwo(values.size());
        return create(values.get(0), values.get(values.size() - 1), values.size() - 1);
    }

    /**
     * Returns the CAGR of a series of {@code n + 1} finite doubles: from the first to the last
     * over {@code n} periods.
     *
     * @param series the values at the period boundaries, at least two
     * @return the CAGR
     * @throws IllegalArgumentException if the series has fewer than two values or a value is
     *     NaN or infinite
     * @throws NullPointerException if the series is null
     */
    public static Cagr from(double... series) {
        Objects.requireNonNull(series, "series");
        requireTwo(series.length);
        for (int i = 0; i < series.length; i++) {
            Checks.finite(series[i], "series[" + i + "]");
        }
        return of(series[0], series[series.length - 1], series.length - 1);
    }

    private static void requireTwo(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("series size must be >= 2, was " + size);
        }
    }

    /**
     * Returns the value at the beginning of the first period.
     *
     * @return the start value
     */
    public BigDecimal start() {
        return start;
    }

    /**
     * Returns the value at the end of the last period.
     *
     * @return the end value
     */
    public BigDecimal end() {
        return end;
    }

    /**
     * Returns the number of periods {@code n}.
     *
     * @return the number of periods, at least 1
     */
    public int periods() {
        return periods;
    }

    /**
     * Returns the rate as a figure, defined or undefined with its reason.
     *
     * @return the rate
     */
    public Figure rate() {
        return rate;
    }

    /**
     * Returns whether the CAGR has a value.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return rate.isDefined();
    }

    /**
     * Returns why the CAGR is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return rate.undefinedReason();
    }

    /**
     * Returns the rate as a double ({@code 0.1} for 10% a period).
     *
     * @return the finite rate
     * @throws IllegalStateException if the CAGR is undefined; the message gives the reason
     */
    public double doubleValue() {
        return rate.doubleValue();
    }

    /**
     * Returns the rate, or {@code fallback} when undefined.
     *
     * @param fallback the value to use for an undefined CAGR
     * @return the rate or the fallback
     */
    public double orElse(double fallback) {
        return rate.orElse(fallback);
    }

    /**
     * Returns the rate, or an empty optional when undefined.
     *
     * @return the rate if defined
     */
    public OptionalDouble toOptionalDouble() {
        return rate.toOptionalDouble();
    }

    /**
     * Returns whether {@code obj} is a CAGR with numerically equal inputs.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Cagr)) {
            return false;
        }
        Cagr other = (Cagr) obj;
        return periods == other.periods && start.compareTo(other.start) == 0 && end.compareTo(other.end) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(start.stripTrailingZeros(), end.stripTrailingZeros(), periods);
    }

    /**
     * Returns a description such as {@code "CAGR 100 -> 121 over 2 periods = 0.1"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "CAGR " + start.toPlainString() + " -> " + end.toPlainString() + " over " + periods
                + " periods " + (rate.isDefined() ? "= " + rate : rate.toString());
    }
}
