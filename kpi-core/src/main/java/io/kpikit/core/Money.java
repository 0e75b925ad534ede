package io.kpikit.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one currency: a {@link BigDecimal} amount and a
 * {@link Currency}.
 *
 * <p>Sums and differences are exact. Operations that can lose digits (multiplying by a
 * fraction, dividing) round to the currency's minor unit (two places for CNY and USD, none
 * for JPY) with {@link #DEFAULT_ROUNDING} unless the caller passes a scale and a
 * {@link RoundingMode}. Combining two currencies throws {@link CurrencyMismatchException};
 * there is no conversion.
 *
 * <p>Equality is numeric: {@code CNY 12.3} equals {@code CNY 12.30}, and both have the same
 * hash code. The scale the amount was given with is kept, so {@link #toString()} and a JSON
 * round trip reproduce it.
 *
 * <p>Amounts are limited to 40 digits before the decimal point and 64 after it, so that an
 * absurd input such as {@code 1E+999999999} is rejected instead of exhausting memory.
 *
 * <pre>{@code
 * Money budget = Money.parse("CNY 10000000.00");
 * Money spent  = Money.of(new BigDecimal("9500000.00"), "CNY");
 * Money left   = budget.minus(spent);            // CNY 500000.00
 * List<Money> q = budget.allocate(1, 1, 1);     // CNY 3333333.34, 3333333.33, 3333333.33
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {

    /** The rounding used by lossy operations when the caller does not choose one. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

    private static final long serialVersionUID = 1L;

    /** The amount, with the scale it was created with. */
    private final BigDecimal amount;
    /** The currency. */
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** Largest number of digits before the decimal point: far beyond any real budget. */
    static final int MAX_INTEGER_DIGITS = 40;
    /** Largest number of decimal places kept. */
    static final int MAX_SCALE = 64;

    private static Money create(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("amount must have at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point, was " + amount);
        }
        if (amount.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("amount must have at most " + MAX_SCALE
                    + " decimal places, was " + amount);
        }
        return new Money(amount, currency);
    }

    /**
     * Returns an amount of money; the amount's scale is kept as given.
     *
     * @param amount the amount, any sign and scale
     * @param currency the currency
     * @return the money
     * @throws NullPointerException if an argument is null
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return create(amount, currency);
    }

    /**
     * Returns an amount of money in the currency with the given ISO 4217 code.
     *
     * @param amount the amount, any sign and scale
     * @param currencyCode an ISO 4217 code such as {@code "CNY"}
     * @return the money
     * @throws IllegalArgumentException if {@code currencyCode} is not a known currency
     * @throws NullPointerException if an argument is null
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return create(amount, currency(currencyCode));
    }

    /**
     * Returns an amount of money from a decimal string such as {@code "9500000.00"}.
     *
     * @param amount the amount as a decimal string; its scale is kept
     * @param currencyCode an ISO 4217 code such as {@code "CNY"}
     * @return the money
     * @throws IllegalArgumentException if the amount is not a decimal number or the currency
     *     is not known
     * @throws NullPointerException if an argument is null
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        return create(decimal(amount, amount), currency(currencyCode));
    }

    /**
     * Returns an amount from a whole number of minor units, for example cents.
     *
     * @param minorUnits the amount in minor units ({@code 950000000} for CNY 9,500,000.00)
     * @param currency the currency; it must have a minor unit
     * @return the money, with the currency's scale
     * @throws IllegalArgumentException if the currency has no minor unit (such as XAU)
     * @throws NullPointerException if {@code currency} is null
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return create(BigDecimal.valueOf(minorUnits, minorScale(currency)), currency);
    }

    /**
     * Returns zero in the given currency, at the currency's scale.
     *
     * @param currency the currency
     * @return zero
     * @throws NullPointerException if {@code currency} is null
     */
    public static Money zero(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        return create(BigDecimal.ZERO.setScale(Math.max(digits, 0)), currency);
    }

    /**
     * Parses the form {@link #toString()} prints: an ISO 4217 code, one space, a decimal
     * amount, for example {@code "CNY 9500000.00"} or {@code "USD -12.5"}.
     *
     * @param text the text to parse
     * @return the money, with the scale written in the text
     * @throws IllegalArgumentException if the text is not of that form; the message quotes it
     * @throws NullPointerException if {@code text} is null
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5 || s.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException(
                    "money must be written as \"<ISO 4217 code> <amount>\" like \"CNY 9500000.00\", was \"" + s + "\"");
        }
        try {
            return create(decimal(s.substring(4), s.substring(4)), currency(s.substring(0, 3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot parse money \"" + s + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the exact sum of one or more amounts in the same currency.
     *
     * @param first the first amount
     * @param rest further amounts
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an amount is null
     */
    public static Money total(Money first, Money... rest) {
        Money sum = Objects.requireNonNull(first, "first");
        for (Money m : rest) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /**
     * Returns the exact sum of amounts in {@code currency}; an empty input gives zero.
     *
     * @param currency the currency of the result and of every amount
     * @param amounts the amounts
     * @return the sum
     * @throws CurrencyMismatchException if an amount is in another currency
     * @throws NullPointerException if an argument or an amount is null
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /**
     * Returns the exact sum of a non-empty collection of amounts in one currency.
     *
     * @param amounts the amounts; at least one
     * @return the sum
     * @throws IllegalArgumentException if {@code amounts} is empty (use
     *     {@link #total(Currency, Iterable)} to allow that)
     * @throws CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if {@code amounts} or an amount is null
     */
    public static Money total(Iterable<Money> amounts) {
        Iterator<Money> it = Objects.requireNonNull(amounts, "amounts").iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("amounts must not be empty: the currency of an empty total is unknown");
        }
        Money sum = Objects.requireNonNull(it.next(), "amounts[0]");
        while (it.hasNext()) {
            sum = sum.plus(it.next());
        }
        return sum;
    }

    /**
     * Returns the amount, with the scale it was created with.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the number of decimal places of the currency's minor unit (2 for CNY).
     *
     * @return the minor unit scale
     * @throws IllegalArgumentException if the currency has no minor unit (such as XAU)
     */
    public int minorUnitScale() {
        return minorScale(currency);
    }

    /**
     * Returns the amount as an exact number of minor units ({@code CNY 9500000.00} is
     * {@code 950000000} fen), for compact storage and allocation-free arithmetic; the inverse
     * of {@link #ofMinor(long, Currency)}. Nothing is rounded: an amount with more decimals
     * than the minor unit ({@code CNY 0.005}) cannot be converted, and trailing zeros do not
     * count ({@code CNY 1.500} is 150).
     *
     * @return the amount in minor units
     * @throws ArithmeticException if the amount has more decimals than the currency's minor
     *     unit ({@code "amount must have at most 2 decimals, was CNY 0.005"}) or its minor
     *     units do not fit a {@code long} ({@code "amount must fit a long of minor units, was
     *     CNY 100000000000000000000"})
     * @throws IllegalArgumentException if the currency has no minor unit (such as XAU)
     */
    public long toMinorUnits() {
        int scale = minorScale(currency);
        BigDecimal units = amount.movePointRight(scale);
        if (units.stripTrailingZeros().scale() > 0) {
            throw new ArithmeticException("amount must have at most " + scale + " decimals, was " + this);
        }
        try {
            return units.longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount must fit a long of minor units, was " + this);
        }
    }

    /**
     * Returns the exact sum.
     *
     * @param other the amount to add
     * @return {@code this + other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        checkSameCurrency(other);
        return create(amount.add(other.amount), currency);
    }

    /**
     * Returns the exact difference.
     *
     * @param other the amount to subtract
     * @return {@code this − other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        checkSameCurrency(other);
        return create(amount.subtract(other.amount), currency);
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return {@code −this}
     */
    public Money negated() {
        return create(amount.negate(), currency);
    }

    /**
     * Returns the absolute amount.
     *
     * @return {@code |this|}
     */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /**
     * Returns the exact product with a whole number.
     *
     * @param factor the factor
     * @return {@code this × factor}
     */
    public Money multipliedBy(long factor) {
        return create(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Returns the exact product; the scale grows with the factor's scale.
     *
     * @param factor the factor
     * @return {@code this × factor}, unrounded
     */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return create(amount.multiply(factor), currency);
    }

    /**
     * Returns the product rounded to the currency's minor unit.
     *
     * @param factor the factor, such as a margin of {@code 0.35}
     * @param mode how to round to the minor unit
     * @return {@code this × factor}, at the currency's scale
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and
     *     rounding is needed
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode mode) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(mode, "mode");
        return create(amount.multiply(factor).setScale(minorUnitScale(), mode), currency);
    }

    /**
     * Returns the quotient rounded to the currency's minor unit, for example a cost per
     * customer.
     *
     * @param divisor the divisor, not zero
     * @param mode how to round to the minor unit
     * @return {@code this ÷ divisor}, at the currency's scale
     * @throws ArithmeticException if {@code divisor} is zero, or {@code mode} is
     *     {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode mode) {
        return dividedBy(divisor, minorUnitScale(), mode);
    }

    /**
     * Returns the quotient rounded to the given scale.
     *
     * @param divisor the divisor, not zero
     * @param scale the number of decimal places of the result
     * @param mode how to round
     * @return {@code this ÷ divisor}, at {@code scale}
     * @throws ArithmeticException if {@code divisor} is zero, or {@code mode} is
     *     {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public Money dividedBy(BigDecimal divisor, int scale, RoundingMode mode) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mode, "mode");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("divisor must not be zero, dividing " + this);
        }
        return create(amount.divide(divisor, scale, mode), currency);
    }

    /**
     * Returns the quotient by a whole number, rounded to the currency's minor unit.
     *
     * @param divisor the divisor, not zero
     * @param mode how to round to the minor unit
     * @return {@code this ÷ divisor}, at the currency's scale
     * @throws ArithmeticException if {@code divisor} is zero
     */
    public Money dividedBy(long divisor, RoundingMode mode) {
        return dividedBy(BigDecimal.valueOf(divisor), mode);
    }

    /**
     * Returns this amount rounded to the currency's minor unit.
     *
     * @param mode how to round
     * @return the rounded amount
     */
    public Money rounded(RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        return create(amount.setScale(minorUnitScale(), mode), currency);
    }

    /**
     * Splits this amount into parts proportional to {@code weights} that add up to it exactly,
     * to the minor unit, by the largest-remainder rule of {@link Allocation}.
     *
     * @param weights finite, non-negative weights, not all zero
     * @return the parts in the order of the weights
     * @throws IllegalArgumentException if a weight is invalid, or this amount has more decimal
     *     places than the currency's minor unit
     */
    public List<Money> allocate(double... weights) {
        return wrap(Allocation.largestRemainder(amount, minorUnitScale(), weights));
    }

    /**
     * Splits this amount into parts proportional to decimal {@code weights} that add up to it
     * exactly, to the minor unit.
     *
     * @param weights non-negative weights, not all zero
     * @return the parts in the order of the weights
     * @throws IllegalArgumentException if a weight is invalid, or this amount has more decimal
     *     places than the currency's minor unit
     */
    public List<Money> allocate(BigDecimal... weights) {
        return wrap(Allocation.largestRemainder(amount, minorUnitScale(), weights));
    }

    private List<Money> wrap(BigDecimal[] parts) {
        List<Money> out = new ArrayList<>(parts.length);
        for (BigDecimal p : parts) {
            out.add(create(p, currency));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return {@code true} if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Returns whether the amount is greater than zero.
     *
     * @return {@code true} if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns whether the amount is less than zero.
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns whether this amount is greater than {@code other}.
     *
     * @param other an amount in the same currency
     * @return {@code this > other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than {@code other}.
     *
     * @param other an amount in the same currency
     * @return {@code this < other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares amounts numerically.
     *
     * @param other an amount in the same currency
     * @return negative, zero or positive as this amount is less than, equal to or greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Throws unless {@code other} is in this currency.
     *
     * @param other the amount to check
     * @throws CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if {@code other} is null
     */
    public void checkSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Returns whether {@code obj} is money of the same currency and numerically equal amount;
     * the scale does not matter ({@code CNY 12.3} equals {@code CNY 12.30}).
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Money)) {
            return false;
        }
        Money other = (Money) obj;
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /**
     * Returns a hash code consistent with numeric equality.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /**
     * Returns the currency code, a space and the plain amount at its own scale, for example
     * {@code "CNY 9500000.00"}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the canonical text form
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount.toPlainString();
    }

    private static int minorScale(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no minor unit; pass an explicit scale");
        }
        return digits;
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was \"" + code + "\"", e);
        }
    }

    private static BigDecimal decimal(String text, String input) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number, was \"" + input + "\"", e);
        }
    }
}
