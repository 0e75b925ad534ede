package io.kpikit.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A reported number that is not a quotient and may be undefined: either a finite value or
 * a reason why there is none.
 *
 * <p>A compound growth rate, a trend slope, an R², a correlation or a weighted composite
 * score has no numerator and denominator to keep, so it is not a {@link Ratio} (use
 * {@code Ratio} for every quotient), yet it can be undefined just like one: a CAGR from a
 * zero start, an R² of a constant series (0/0), a correlation with a constant series, a
 * composite score over a KPI whose attainment is undefined. {@code Figure} makes that state
 * explicit with the same accessors as {@code Ratio}: {@link #isDefined()},
 * {@link #undefinedReason()}, {@link #doubleValue()} and {@link #toBigDecimal()} (which throw
 * {@link IllegalStateException} carrying the reason when undefined), the safe
 * {@link #orElse(double)} and {@link #toOptionalDouble()}, and the display views
 * {@link #toBigDecimal(int, RoundingMode)} and {@link #toPercentString(int, RoundingMode)}.
 *
 * <p>The value is an exact {@link BigDecimal}: a figure built from decimals (weights times
 * scores, say) keeps every digit, so figures that should add up do. NaN and the infinities
 * cannot occur: {@link #of(double)} rejects them as input, and
 * {@link #ofComputed(double, String)} turns a non-finite result of a computation (kpikit's
 * own or commons-math3's) into an undefined figure with a reason.
 *
 * <pre>{@code
 * Figure slope = Trend.of(10, 12, 14, 16).slope();   // 2
 * Figure r2 = Trend.of(5, 5, 5).rSquared();          // undefined: "y is constant: R² is 0/0"
 * r2.orElse(-1.0);                                    // -1.0
 * }</pre>
 *
 * <p>Equality compares values numerically ({@code 2} equals {@code 2.0}); two undefined
 * figures are equal when their reasons are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Figure implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The value, or null when undefined. */
    private final BigDecimal value;
    /** Why the figure is undefined, or null when defined. */
    private final String undefinedReason;

    private Figure(BigDecimal value, String undefinedReason) {
        this.value = value;
        this.undefinedReason = undefinedReason;
    }

    private static Figure create(BigDecimal value, String undefinedReason) {
        if (value != null && Ratio.overflowsDouble(value)) {
            throw new IllegalArgumentException("value must fit a double, was " + value);
        }
        return new Figure(value, undefinedReason);
    }

    /**
     * Returns a defined figure.
     *
     * @param value the value
     * @return the figure
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static Figure of(double value) {
        return create(Checks.decimal(value, "value"), null);
    }

    /**
     * Returns a defined figure.
     *
     * @param value the value
     * @return the figure
     * @throws IllegalArgumentException if {@code value} is outside the range of a double
     * @throws NullPointerException if {@code value} is null
     */
    public static Figure of(BigDecimal value) {
        return create(Objects.requireNonNull(value, "value"), null);
    }

    /**
     * Returns an undefined figure.
     *
     * @param reason why there is no value, shown to users
     * @return the undefined figure
     * @throws NullPointerException if {@code reason} is null
     */
    public static Figure undefined(String reason) {
        return create(null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Returns a figure for a double computed by kpikit or commons-math3: defined when it is
     * finite, otherwise undefined with {@code reasonIfNotFinite}. This is the one place where
     * a NaN or an infinity from a computation (a regression slope of an overflowing series,
     * {@code Math.pow} beyond the double range) is turned into an explicit undefined state;
     * use {@link #of(double)} for inputs, which must be finite.
     *
     * <pre>{@code
     * Figure.ofComputed(regression.getSlope(), "slope is outside the range of a double");
     * Figure.ofComputed(Double.NaN, "overflow");   // undefined: overflow
     * }</pre>
     *
     * @param value the computed value, possibly NaN or infinite
     * @param reasonIfNotFinite the reason of the undefined figure when {@code value} is NaN
     *     or infinite, shown to users
     * @return a defined figure with {@code value}, or an undefined one with the reason
     * @throws NullPointerException if {@code reasonIfNotFinite} is null
     */
    public static Figure ofComputed(double value, String reasonIfNotFinite) {
        Objects.requireNonNull(reasonIfNotFinite, "reasonIfNotFinite");
        return Double.isFinite(value) ? of(value) : undefined(reasonIfNotFinite);
    }

    /**
     * Returns a figure for a decimal computed by kpikit: defined when it is within the range
     * of a double, otherwise undefined with {@code reasonIfOutOfRange}. Where
     * {@link #of(BigDecimal)} throws for an out-of-range input, this turns an out-of-range
     * result into an explicit undefined state.
     *
     * @param value the computed value
     * @param reasonIfOutOfRange the reason of the undefined figure when {@code value} is
     *     outside the range of a double, shown to users
     * @return a defined figure with {@code value}, or an undefined one with the reason
     * @throws NullPointerException if an argument is null
     */
    public static Figure ofComputed(BigDecimal value, String reasonIfOutOfRange) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reasonIfOutOfRange, "reasonIfOutOfRange");
        return Ratio.overflowsDouble(value) ? undefined(reasonIfOutOfRange) : of(value);
    }

    /**
     * Returns whether the figure has a value.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns why the figure is undefined.
     *
     * @return the reason, or empty when the figure is defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the value as a double.
     *
     * @return the finite value
     * @throws IllegalStateException if the figure is undefined; the message gives the reason
     */
    public double doubleValue() {
        return requireValue().doubleValue();
    }

    /**
     * Returns the value as a decimal.
     *
     * @return the value
     * @throws IllegalStateException if the figure is undefined; the message gives the reason
     */
    public BigDecimal toBigDecimal() {
        return requireValue();
    }

    /**
     * Returns the value rounded to {@code scale} decimal places.
     *
     * @param scale the number of decimal places
     * @param mode how to round
     * @return the rounded value
     * @throws IllegalStateException if the figure is undefined; the message gives the reason
     * @throws NullPointerException if {@code mode} is null
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        return requireValue().setScale(scale, mode);
    }

    /**
     * Returns the value as a percentage with {@code scale} decimal places, for example
     * {@code "108.0%"} for a composite score of 1.08 or {@code "12.3%"} for a CAGR of
     * 0.1234. The rounding applies only to the text.
     *
     * @param scale the number of decimal places of the percentage
     * @param mode how to round
     * @return the percentage text
     * @throws IllegalStateException if the figure is undefined; the message gives the reason
     * @throws NullPointerException if {@code mode} is null
     */
    public String toPercentString(int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        return requireValue().movePointRight(2).setScale(scale, mode).toPlainString() + "%";
    }

    /**
     * Returns the value, or {@code fallback} when undefined.
     *
     * @param fallback the value to use for an undefined figure
     * @return the value or the fallback
     */
    public double orElse(double fallback) {
        return value != null ? value.doubleValue() : fallback;
    }

    /**
     * Returns the value, or an empty optional when undefined.
     *
     * @return the value if defined
     */
    public OptionalDouble toOptionalDouble() {
        return value != null ? OptionalDouble.of(value.doubleValue()) : OptionalDouble.empty();
    }

    private BigDecimal requireValue() {
        if (value == null) {
            throw new IllegalStateException("figure is undefined: " + undefinedReason);
        }
        return value;
    }

    /**
     * Returns whether {@code obj} is a figure with a numerically equal value, or an undefined
     * figure with the same reason.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Figure)) {
            return false;
        }
        Figure other = (Figure) obj;
        if (value == null || other.value == null) {
            return value == null && other.value == null && undefinedReason.equals(other.undefinedReason);
        }
        return value.compareTo(other.value) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value != null ? value.stripTrailingZeros().hashCode() : undefinedReason.hashCode();
    }

    /**
     * Returns the value in plain notation, or {@code "undefined: reason"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return value != null ? value.toPlainString() : "undefined: " + undefinedReason;
    }
}
