package io.kpikit.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Argument checks shared by every kpikit package, so that every message has one shape:
 * {@code <field> must be <rule>, was <value>}.
 *
 * <p>Example: {@code Checks.nonNegative(-3, "orders")} throws
 * {@code IllegalArgumentException: orders must be >= 0, was -3}; {@code Checks.inRange(rate,
 * ZERO, true, ONE, false, "discountRate")} throws {@code discountRate must be in [0, 1), was 1.2}.
 *
 * <p>This class is a support type for kpikit's own packages; it is public only because Java
 * packages cannot share package-private members. It is stateless and thread-safe.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Requires a finite {@code double}: NaN and the infinities never enter kpikit.
     *
     * @param value the value to check
     * @param field the name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    /**
     * Requires a finite, non-negative {@code double}.
     *
     * @param value the value to check
     * @param field the name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
     */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /**
     * Requires a non-negative count.
     *
     * @param value the value to check
     * @param field the name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /**
     * Adds two non-negative counts, rejecting a sum that does not fit a {@code long}. For inputs
     * whose total is part of the value (responses of a survey, customers of a table), where an
     * overflow is bad input rather than an arithmetic accident.
     *
     * <p>Example: {@code Checks.sum(2, 3, "responses")} is 5;
     * {@code Checks.sum(Long.MAX_VALUE, 1, "responses")} throws "responses must fit a long, was
     * 9223372036854775807 + 1".
     *
     * @param total the running total, {@code >= 0}
     * @param addend the count to add, {@code >= 0}
     * @param field the name of the total, used in the message
     * @return {@code total + addend}
     * @throws IllegalArgumentException if the sum exceeds {@link Long#MAX_VALUE}
     */
    public static long sum(long total, long addend, String field) {
        long sum = total + addend;
        if (((total ^ sum) & (addend ^ sum)) < 0) {
            throw new IllegalArgumentException(field + " must fit a long, was " + total + " + " + addend);
        }
        return sum;
    }

    /**
     * Requires a strictly positive count.
     *
     * @param value the value to check
     * @param field the name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null, non-negative decimal.
     *
     * @param value the value to check
     * @param field the name used in the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public static BigDecimal nonNegative(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value.toPlainString());
        }
        return value;
    }

    /**
     * Requires a non-null, non-negative amount of money.
     *
     * @param value the amount to check
     * @param field the name used in the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative, with a message such as
     *     {@code "cost must be >= 0, was CNY -1.00"}
     */
    public static Money nonNegative(Money value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null decimal in a range whose ends are each inclusive or exclusive. The
     * message writes the range in interval notation: {@code inRange(rate, 0, true, 1, false,
     * "discountRate")} throws {@code "discountRate must be in [0, 1), was 1.2"}.
     *
     * @param value the value to check
     * @param min the lower end
     * @param minInclusive whether {@code min} itself is allowed
     * @param max the upper end, {@code >= min}
     * @param maxInclusive whether {@code max} itself is allowed
     * @param field the name used in the message
     * @return {@code value}, unchanged
     * @throws NullPointerException if {@code value}, {@code min} or {@code max} is null
     * @throws IllegalArgumentException if {@code value} is outside the range
     */
    public static BigDecimal inRange(BigDecimal value, BigDecimal min, boolean minInclusive, BigDecimal max,
            boolean maxInclusive, String field) {
        Objects.requireNonNull(value, field);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        int low = value.compareTo(min);
        int high = value.compareTo(max);
        if (low < 0 || (low == 0 && !minInclusive) || high > 0 || (high == 0 && !maxInclusive)) {
            throw new IllegalArgumentException(field + " must be in " + (minInclusive ? "[" : "(")
                    + min.toPlainString() + ", " + max.toPlainString() + (maxInclusive ? "]" : ")") + ", was "
                    + value.toPlainString());
        }
        return value;
    }

    /**
     * Requires a non-null decimal in {@code [0, 1]}: a fraction such as a gross margin, a churn
     * rate or a share.
     *
     * @param value the value to check
     * @param field the name used in the message
     * @return {@code value}, unchanged
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside {@code [0, 1]}, with a message
     *     such as {@code "grossMargin must be in [0, 1], was 1.2"}
     */
    public static BigDecimal inUnitInterval(BigDecimal value, String field) {
        return inRange(value, BigDecimal.ZERO, true, BigDecimal.ONE, true, field);
    }

    /**
     * Requires a finite {@code double} in the closed range {@code [min, max]}.
     *
     * @param value the value to check
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside the range
     */
    public static double inRange(double value, double min, double max, String field) {
        finite(value, field);
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /**
     * Converts a finite {@code double} to the {@code BigDecimal} of its shortest decimal
     * representation, so that {@code 0.1} becomes {@code 0.1} and not the binary expansion.
     *
     * @param value the value to convert
     * @param field the name used in the message
     * @return the decimal value
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static BigDecimal decimal(double value, String field) {
        return BigDecimal.valueOf(finite(value, field));
    }
}
