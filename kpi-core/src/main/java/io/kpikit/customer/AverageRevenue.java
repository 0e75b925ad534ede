package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Revenue per order (AOV) or per customer (ARPU), as {@link Money} rounded to the currency's
 * minor unit, carrying the revenue and the count it was divided by.
 *
 * <ul>
 *   <li>{@link #aov AOV}, average order value {@code = revenue ÷ orders};</li>
 *   <li>{@link #arpu ARPU}, average revenue per user {@code = revenue ÷ customers}, for one
 *       period (an ARPU is per month or per year; LTV and CAC payback need the period to
 *       match their rates).</li>
 * </ul>
 * Rounding is {@code HALF_EVEN} unless the caller passes a {@link RoundingMode}
 * ({@link #roundingMode()} says which, so a stored average is rebuilt exactly). Revenue must
 * not be negative. A count of zero gives an <em>undefined</em> average with a reason
 * ({@link #value()} throws {@link IllegalStateException}; {@link #toOptional()} and
 * {@link #orElse(Money)} never throw).
 *
 * <pre>{@code
 * AverageRevenue.aov(Money.parse("CNY 1000000"), 8000).value();    // CNY 125.00
 * AverageRevenue.arpu(Money.parse("CNY 1000000"), 3000).value();   // CNY 333.33
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AverageRevenue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the revenue is divided by. */
    public enum Kind {
        /** Average order value: revenue ÷ orders. */
        AOV("orders"),
        /** Average revenue per user: revenue ÷ customers. */
        ARPU("customers");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }
    }

    private final Kind kind;
    private final Money revenue;
    private final long count;
    private final Money value;
    /** How {@link #value} was rounded. */
    private final RoundingMode mode;

    private AverageRevenue(Kind kind, Money revenue, long count, Money value, RoundingMode mode) {
        this.mode = mode;
        this.kind = kind;
        this.revenue = revenue;
        this.count = count;
        this.value = value;
    }

    private static AverageRevenue create(Kind kind, Money revenue, long count, RoundingMode mode) {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(mode, "mode");
        Checks.nonNegative(revenue, "revenue");
        if (count < 0) {
            throw new IllegalArgumentException(kind.unit + " must be >= 0, was " + count);
        }
        return new AverageRevenue(kind, revenue, count, count == 0 ? null : revenue.dividedBy(count, mode), mode);
    }

    /**
     * Returns the average order value, {@code revenue ÷ orders}, rounded {@code HALF_EVEN}.
     *
     * @param revenue the revenue of the orders, not negative
     * @param orders the number of orders
     * @return the AOV; undefined when there are no orders
     * @throws IllegalArgumentException if the revenue or the count is negative
     */
    public static AverageRevenue aov(Money revenue, long orders) {
        return create(Kind.AOV, revenue, orders, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the average order value rounded with {@code mode}.
     *
     * @param revenue the revenue of the orders, not negative
     * @param orders the number of orders
     * @param mode how to round to the minor unit
     * @return the AOV; undefined when there are no orders
     * @throws IllegalArgumentException if the revenue or the count is negative
     */
    public static AverageRevenue aov(Money revenue, long orders, RoundingMode mode) {
        return create(Kind.AOV, revenue, orders, mode);
    }

    /**
     * Returns the ARPU of a period, {@code revenue ÷ customers}, rounded {@code HALF_EVEN}.
     *
     * @param revenue the revenue of the period, not negative
     * @param customers the customers of the period
     * @return the ARPU; undefined when there are no customers
     * @throws IllegalArgumentException if the revenue or the count is negative
     */
    public static AverageRevenue arpu(Money revenue, long customers) {
        return create(Kind.ARPU, revenue, customers, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the ARPU of a period rounded with {@code mode}.
     *
     * @param revenue the revenue of the period, not negative
     * @param customers the customers of the period
     * @param mode how to round to the minor unit
     * @return the ARPU; undefined when there are no customers
     * @throws IllegalArgumentException if the revenue or the count is negative
     */
    public static AverageRevenue arpu(Money revenue, long customers, RoundingMode mode) {
        return create(Kind.ARPU, revenue, customers, mode);
    }

    /**
     * Returns whether this is an AOV or an ARPU.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the revenue, exactly as given.
     *
     * @return the revenue
     */
    public Money revenue() {
        return revenue;
    }

    /**
     * Returns the number of orders (AOV) or customers (ARPU).
     *
     * @return the count, never negative
     */
    public long count() {
        return count;
    }

    /**
     * Returns whether the average has a value (the count is positive).
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns why the average is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return value != null ? Optional.empty()
                : Optional.of(kind.unit + " is zero: " + kind + " of " + revenue + " is undefined");
    }

    /**
     * Returns the average, rounded to the currency's minor unit.
     *
     * @return the revenue per order or per customer
     * @throws IllegalStateException if undefined; the message gives the reason
     */
    public Money value() {
        if (value == null) {
            throw new IllegalStateException(undefinedReason().orElseThrow());
        }
        return value;
    }

    /**
     * Returns the average, or an empty optional when undefined.
     *
     * @return the average if defined
     */
    public Optional<Money> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the average, or {@code fallback} when undefined.
     *
     * @param fallback the amount to use for an undefined average
     * @return the average or the fallback
     */
    public Money orElse(Money fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Returns the rounding mode {@link #value()} was rounded to the minor unit with:
     * {@link Money#DEFAULT_ROUNDING} ({@code HALF_EVEN}) unless the factory was given another.
     * It is kept even when the value is undefined, so the factory rebuilds an equal value.
     *
     * @return the rounding mode
     */
    public RoundingMode roundingMode() {
        return mode;
    }

    /**
     * Returns whether {@code obj} has the same kind, inputs and value.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof AverageRevenue)) {
            return false;
        }
        AverageRevenue o = (AverageRevenue) obj;
        return kind == o.kind && revenue.equals(o.revenue) && count == o.count && Objects.equals(value, o.value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, revenue, count, value);
    }

    /**
     * Returns a short description such as {@code "AOV CNY 125.00 = CNY 1000000 / 8000 orders"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String inputs = revenue + " / " + count + " " + kind.unit;
        return value != null ? kind + " " + value + " = " + inputs : kind + " undefined: " + inputs;
    }
}
