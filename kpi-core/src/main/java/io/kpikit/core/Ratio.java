package io.kpikit.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A quotient that remembers what it was computed from: {@code value = numerator / denominator}.
 *
 * <p>Every rate in kpikit (attainment, conversion, execution rate, ROAS, share) is a
 * {@code Ratio}, so a report can always show both inputs next to the result. A ratio is
 * either <em>defined</em>, with a finite value, or <em>undefined</em>, with a reason:
 * {@code 5/0} and {@code 0/0} are undefined, and so is any quotient a function declares
 * meaningless (for example attainment against a target of zero). Reading the value of an
 * undefined ratio throws {@link IllegalStateException} carrying the reason; the safe
 * accessors {@link #orElse(double)} and {@link #toOptionalDouble()} never throw. NaN and the
 * infinities cannot occur: {@code double} inputs must be finite, and a quotient beyond the
 * {@code double} range ({@code 1e300 / 1e-300}) is undefined with the reason
 * {@code "quotient is outside the range of a double"}, so no finite input makes a factory throw.
 *
 * <p>The value is computed once, exactly to 34 significant digits
 * ({@link MathContext#DECIMAL128}). Presentation rounding is separate:
 * {@link #toPercentString(int, RoundingMode)} rounds only the text.
 *
 * <pre>{@code
 * Ratio execution = Ratio.of(Money.parse("CNY 9500000"), Money.parse("CNY 10000000"));
 * execution.doubleValue();                             // 0.95
 * execution.toPercentString(1, RoundingMode.HALF_UP);  // "95.0%"
 * Ratio.of(0, 0).isDefined();                          // false, reason "0/0 is undefined"
 * }</pre>
 *
 * <p>Equality compares the numerator and the denominator numerically (and the reason, for an
 * undefined ratio): {@code 1/2} and {@code 2/4} have the same value but are different
 * ratios, because they were computed from different inputs; use {@link #hasSameValueAs}
 * to compare values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The precision of the exact quotient. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The numerator as given. */
    private final BigDecimal numerator;
    /** The denominator as given. */
    private final BigDecimal denominator;
    /** The quotient to {@link #PRECISION}, or null when undefined. */
    private final BigDecimal value;
    /** Why the ratio is undefined, or null when defined. */
    private final String undefinedReason;

    private Ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal value, String undefinedReason) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value;
        this.undefinedReason = undefinedReason;
    }

    private static Ratio create(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            String reason = numerator.signum() == 0
                    ? "0/0 is undefined"
                    : "division by zero: " + numerator.toPlainString() + "/0";
            return new Ratio(numerator, denominator, null, reason);
        }
        BigDecimal quotient = numerator.divide(denominator, PRECISION);
        if (overflowsDouble(quotient)) {
            return new Ratio(numerator, denominator, null, "quotient is outside the range of a double");
        }
        return new Ratio(numerator, denominator, quotient, null);
    }

    /**
     * Returns whether {@code x} is beyond the range of a double, exactly when
     * {@code Double.isInfinite(x.doubleValue())} is true, but without that conversion (which
     * for a long decimal goes through {@code toString()} and {@code Double.parseDouble}) for all
     * but a narrow band. A non-zero {@code x} has {@code 10^e <= |x| < 10^(e+1)} with
     * {@code e = precision - scale - 1}: below {@code 10^308} it is finite (tiny values round to
     * zero or a subnormal, which is finite too), from {@code 10^309} on it exceeds
     * {@code Double.MAX_VALUE} by more than half an ulp and rounds to infinity, and only
     * {@code [10^308, 10^309)}, which holds the threshold, is converted.
     */
    static boolean overflowsDouble(BigDecimal x) {
        if (x.signum() == 0) {
            return false;
        }
        long exponent = (long) x.precision() - x.scale() - 1;
        if (exponent != 308) {
            return exponent > 308;
        }
        return Double.isInfinite(x.doubleValue());
    }

    /**
     * Returns the ratio of two counts.
     *
     * @param numerator the numerator
     * @param denominator the denominator; zero gives an undefined ratio
     * @return the ratio
     */
    public static Ratio of(long numerator, long denominator) {
        return create(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * Returns the ratio of two decimals.
     *
     * @param numerator the numerator
     * @param denominator the denominator; zero gives an undefined ratio
     * @return the ratio
     * @throws NullPointerException if an argument is null
     */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return create(numerator, denominator);
    }

    /**
     * Returns the ratio of two finite doubles, each read as its shortest decimal form.
     *
     * @param numerator the numerator
     * @param denominator the denominator; zero gives an undefined ratio
     * @return the ratio
     * @throws IllegalArgumentException if an argument is NaN or infinite
     */
    public static Ratio of(double numerator, double denominator) {
        return create(Checks.decimal(numerator, "numerator"), Checks.decimal(denominator, "denominator"));
    }

    /**
     * Returns the ratio of two amounts of money in one currency, for example an execution
     * rate (actual ÷ budget) or a ROAS (revenue ÷ cost).
     *
     * @param numerator the numerator
     * @param denominator the denominator; zero gives an undefined ratio
     * @return the ratio of the amounts
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static Ratio of(Money numerator, Money denominator) {
        Objects.requireNonNull(numerator, "numerator").checkSameCurrency(denominator);
        return create(numerator.amount(), denominator.amount());
    }

    /**
     * Returns an undefined ratio with a domain reason, for quotients that exist numerically
     * but mean nothing (attainment against a negative target, say).
     *
     * @param numerator the numerator that would have been used
     * @param denominator the denominator that would have been used
     * @param reason why the ratio is undefined, shown to users
     * @return an undefined ratio
     * @throws NullPointerException if an argument is null
     */
    public static Ratio undefined(BigDecimal numerator, BigDecimal denominator, String reason) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(reason, "reason");
        return new Ratio(numerator, denominator, null, reason);
    }

    /**
     * Returns the numerator as given.
     *
     * @return the numerator
     */
    public BigDecimal numerator() {
        return numerator;
    }

    /**
     * Returns the denominator as given.
     *
     * @return the denominator
     */
    public BigDecimal denominator() {
        return denominator;
    }

    /**
     * Returns whether the ratio has a value.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns why the ratio is undefined.
     *
     * @return the reason, or empty when the ratio is defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the value as a double.
     *
     * @return the finite value
     * @throws IllegalStateException if the ratio is undefined; the message gives the reason
     */
    public double doubleValue() {
        return requireValue().doubleValue();
    }

    /**
     * Returns the value to 34 significant digits.
     *
     * @return the value
     * @throws IllegalStateException if the ratio is undefined
     */
    public BigDecimal toBigDecimal() {
        return requireValue();
    }

    /**
     * Returns the value rounded to {@code scale} decimal places, computed from the numerator
     * and denominator (not from the 34-digit value), so the rounding is exact.
     *
     * @param scale the number of decimal places
     * @param mode how to round
     * @return the rounded value
     * @throws IllegalStateException if the ratio is undefined
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        requireValue();
        return numerator.divide(denominator, scale, mode);
    }

    /**
     * Returns the value, or {@code fallback} when undefined.
     *
     * @param fallback the value to use for an undefined ratio
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

    /**
     * Returns the value as a percentage with {@code scale} decimal places, for example
     * {@code "98.0%"}. The rounding applies only to the text.
     *
     * @param scale the number of decimal places of the percentage
     * @param mode how to round
     * @return the percentage text
     * @throws IllegalStateException if the ratio is undefined
     */
    public String toPercentString(int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        requireValue();
        return numerator.multiply(HUNDRED).divide(denominator, scale, mode).toPlainString() + "%";
    }

    /**
     * Returns {@code denominator / numerator}, the reciprocal ratio.
     *
     * @return the reciprocal; undefined when the numerator is zero
     */
    public Ratio reciprocal() {
        return create(denominator, numerator);
    }

    /**
     * Returns whether both ratios are defined with the same value, or both undefined.
     *
     * @param other the ratio to compare
     * @return {@code true} if the values are equal
     */
    public boolean hasSameValueAs(Ratio other) {
        Objects.requireNonNull(other, "other");
        if (value == null || other.value == null) {
            return value == null && other.value == null;
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) == 0;
    }

    private BigDecimal requireValue() {
        if (value == null) {
            throw new IllegalStateException("ratio " + numerator.toPlainString() + "/"
                    + denominator.toPlainString() + " is undefined: " + undefinedReason);
        }
        return value;
    }

    /**
     * Returns whether {@code obj} is a ratio with numerically equal numerator and
     * denominator, and the same reason if undefined.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Ratio)) {
            return false;
        }
        Ratio other = (Ratio) obj;
        return numerator.compareTo(other.numerator) == 0
                && denominator.compareTo(other.denominator) == 0
                && Objects.equals(undefinedReason, other.undefinedReason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(numerator.stripTrailingZeros(), denominator.stripTrailingZeros(), undefinedReason);
    }

    /**
     * Returns {@code "numerator/denominator = value"}, or
     * {@code "numerator/denominator undefined: reason"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String q = numerator.toPlainString() + "/" + denominator.toPlainString();
        return value != null ? q + " = " + value.toPlainString() : q + " undefined: " + undefinedReason;
    }
}
