package io.kpikit.growth;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A series rebased to an index: each value divided by the value of a base period, times 100,
 * so that the base period reads 100.
 *
 * <p>Formula: {@code index[i] = value[i] / value[base] * 100}, computed to 34 significant
 * digits. Sales of 80, 100, 115 indexed to the second period read 80, 100, 115; indexed to
 * the first they read 100, 125, 143.75.
 *
 * <p>Edge cases: a zero base makes every index undefined with the reason
 * {@code "base is zero"}; a negative base makes every index undefined with the reason
 * {@code "base is negative: an index needs a positive base"}, because dividing by it would
 * turn every rise into a fall. Values other than the base may be zero or negative. An index
 * beyond the range of a double is undefined with the reason
 * {@code "index is outside the range of a double"}.
 *
 * <pre>{@code
 * IndexSeries s = IndexSeries.of(new double[] {80, 100, 115}, 1);
 * s.value(0).toBigDecimal();   // 80
 * s.value(2).toBigDecimal();   // 115
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reason when the base is negative. */
    static final String NEGATIVE_BASE = "base is negative: an index needs a positive base";

    /** The reason when an index does not fit a double. */
    static final String OUT_OF_RANGE = "index is outside the range of a double";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<BigDecimal> inputs;
    private final int basePeriod;
    private final List<Figure> values;

    private IndexSeries(List<BigDecimal> inputs, int basePeriod, List<Figure> values) {
        this.inputs = inputs;
        this.basePeriod = basePeriod;
        this.values = values;
    }

    private static IndexSeries create(List<BigDecimal> inputs, int basePeriod) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("values size must be >= 1, was 0");
        }
        if (basePeriod < 0 || basePeriod >= inputs.size()) {
            throw new IllegalArgumentException("basePeriod must be in [0, " + (inputs.size() - 1) + "], was "
                    + basePeriod);
        }
        BigDecimal base = inputs.get(basePeriod);
        List<Figure> values = new ArrayList<>(inputs.size());
        for (BigDecimal value : inputs) {
            if (base.signum() == 0) {
                values.add(Figure.undefined(Growth.ZERO_BASE));
            } else if (base.signum() < 0) {
                values.add(Figure.undefined(NEGATIVE_BASE));
            } else {
                values.add(Figure.ofComputed(value.multiply(HUNDRED).divide(base, MathContext.DECIMAL128), OUT_OF_RANGE));
            }
        }
        return new IndexSeries(inputs, basePeriod, List.copyOf(values));
    }

    /**
     * Returns the series indexed to the value at {@code basePeriod}.
     *
     * @param values the series, at least one value
     * @param basePeriod the zero-based position of the base period
     * @return the indexed series
     * @throws IllegalArgumentException if the series is empty or {@code basePeriod} is outside
     *     it
     * @throws NullPointerException if the list or a value is null
     */
    public static IndexSeries of(List<BigDecimal> values, int basePeriod) {
        return create(List.copyOf(Objects.requireNonNull(values, "values")), basePeriod);
    }

    /**
     * Returns the series of finite doubles indexed to the value at {@code basePeriod}; each
     * double is read as its shortest decimal form.
     *
     * @param values the series, at least one value
     * @param basePeriod the zero-based position of the base period
     * @return the indexed series
     * @throws IllegalArgumentException if the series is empty, a value is NaN or infinite, or
     *     {@code basePeriod} is outside the series
     * @throws NullPointerException if the array is null
     */
    public static IndexSeries of(double[] values, int basePeriod) {
        Objects.requireNonNull(values, "values");
        List<BigDecimal> decimals = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            decimals.add(Checks.decimal(values[i], "values[" + i + "]"));
        }
        return create(List.copyOf(decimals), basePeriod);
    }

    /**
     * Returns the series as given.
     *
     * @return the input values
     */
    public List<BigDecimal> inputs() {
        return inputs;
    }

    /**
     * Returns the zero-based position of the base period.
     *
     * @return the base period
     */
    public int basePeriod() {
        return basePeriod;
    }

    /**
     * Returns the value of the base period, the divisor of every index.
     *
     * @return the base value
     */
    public BigDecimal base() {
        return inputs.get(basePeriod);
    }

    /**
     * Returns the number of periods.
     *
     * @return the size of the series
     */
    public int size() {
        return inputs.size();
    }

    /**
     * Returns the index of every period, in order (the base period reads 100).
     *
     * @return the indexes; all undefined when the base is zero or negative
     */
    public List<Figure> values() {
        return values;
    }

    /**
     * Returns the index of one period.
     *
     * @param period the zero-based position
     * @return the index
     * @throws IndexOutOfBoundsException if {@code period} is outside the series
     */
    public Figure value(int period) {
        return values.get(period);
    }

    /**
     * Returns whether {@code obj} is an indexed series with numerically equal inputs (so
     * {@code 80} equals {@code 80.0}, as for {@code Money} and {@code Ratio}) and the same base
     * period.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof IndexSeries)) {
            return false;
        }
        IndexSeries other = (IndexSeries) obj;
        if (basePeriod != other.basePeriod || inputs.size() != other.inputs.size()) {
            return false;
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).compareTo(other.inputs.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = basePeriod;
        for (BigDecimal input : inputs) {
            h = 31 * h + input.stripTrailingZeros().hashCode();
        }
        return h;
    }

    /**
     * Returns a description such as {@code "index (base period 1) [80, 100, 115]"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "index (base period " + basePeriod + ") " + values;
    }
}
