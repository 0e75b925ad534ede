package io.kpikit.review;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Validation helpers of the review input records; every failure names the field and the item.
 * A field is one component name ({@code "actual"}) or a path of segments built with
 * {@link #at} ({@code at("lines", 3, "path")}); names from the input (competitors, tag keys)
 * are always whole segments, never joined into a string that would have to be split again.
 */
final class Fields {

    /** The longest number a message shows in plain notation; a longer one is shown by {@link #show}. */
    static final int MAX_PLAIN_SHOWN = 40;
    /** The significant digits {@link #show} keeps of a number with more. */
    static final int SHOWN_DIGITS = 16;
    /**
     * The most decimal places an amount has, as {@link Money} documents (40 digits before the
     * decimal point and 64 after it).
     */
    static final int MONEY_MAX_SCALE = 64;
    /** The most digits an amount has before the decimal point, as {@link Money} documents. */
    static final int MONEY_MAX_INTEGER_DIGITS = 40;

    private Fields() {
    }

    /**
     * Shows a number in a message, short whatever its size: plain when that takes at most
     * {@value #MAX_PLAIN_SHOWN} characters ({@code 0.25}), else in exponent notation when it has
     * at most {@value #SHOWN_DIGITS} significant digits ({@code 1E+309}), else its first
     * {@value #SHOWN_DIGITS} digits and {@code ...} ({@code 1.234567890123456...E+49}). The plain
     * form of {@code 1E+999999999} would take a gigabyte; it is never built.
     */
    static String show(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        long plainLength = (value.signum() < 0 ? 1 : 0)
                + (scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1);
        if (plainLength <= MAX_PLAIN_SHOWN) {
            return value.toPlainString();
        }
        if (precision <= SHOWN_DIGITS) {
            return value.toString();
        }
        String s = value.round(new MathContext(SHOWN_DIGITS, RoundingMode.DOWN)).toString();
        int e = s.indexOf('E');
        return e < 0 ? s + "..." : s.substring(0, e) + "..." + s.substring(e);
    }

    /**
     * Checks that a number read as a {@code double} by the core keeps its meaning: it is within
     * &plusmn;{@link Double#MAX_VALUE}, and it is 0 or at least {@link Double#MIN_VALUE} in
     * magnitude (a positive weight must not become 0). Null stays null.
     */
    static BigDecimal fitsDouble(BigDecimal value, List<String> path, String item) {
        if (value == null) {
            return null;
        }
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ReviewInputException(path, name(path) + " must be within ±" + Double.MAX_VALUE
                    + " (the range of a double), was " + show(value) + item);
        }
        if (d == 0 && value.signum() != 0) {
            throw new ReviewInputException(path, name(path) + " must be 0 or at least " + Double.MIN_VALUE
                    + " in magnitude (the smallest double), was " + show(value) + item);
        }
        return value;
    }

    /**
     * Checks that an amount fits a {@code long} of minor units, within &plusmn;CNY
     * 92233720368547758.07: the core's per-record accumulators ({@code ChannelSpendAccumulator})
     * add longs of minor units, and the sums, differences and per-customer figures of the report
     * (budget roll-ups, variances, LTV) then stay far within an amount's 40 digits.
     */
    static Money minorUnits(Money amount, List<String> path, String item) {
        if (amount == null || amount.currency().getDefaultFractionDigits() < 0) {
            // a currency without a minor unit (XAU) is rejected as the document's currency
            return amount;
        }
        Money max = Money.ofMinor(Long.MAX_VALUE, amount.currency());
        if (amount.abs().isGreaterThan(max)) {
            throw new ReviewInputException(path, name(path) + " must be within ±" + max + " (a long of minor units),"
                    + " was " + amount + item);
        }
        return amount;
    }

    /** Checks that a decimal has at most {@value #MONEY_MAX_INTEGER_DIGITS} digits before the decimal point. */
    static BigDecimal amountDigits(BigDecimal value, List<String> path, String item) {
        if (value != null && value.signum() != 0 && value.precision() - value.scale() > MONEY_MAX_INTEGER_DIGITS) {
            throw new ReviewInputException(path, name(path) + " must have at most " + MONEY_MAX_INTEGER_DIGITS
                    + " digits before the decimal point (an amount's limit), was " + show(value) + item);
        }
        return value;
    }

    /** The segments of a path: component names, list indices (numbers) and map keys, as given. */
    static List<String> at(Object... segments) {
        List<String> out = new ArrayList<>(segments.length);
        for (Object s : segments) {
            out.add(String.valueOf(Objects.requireNonNull(s, "segment")));
        }
        return List.copyOf(out);
    }

    /** {@code " (kpi \"sales\")"}: the suffix that names the item a message is about. */
    static String item(String kind, String name) {
        return " (" + kind + " \"" + name + "\")";
    }

    static String text(String value, String field, String item) {
        Objects.requireNonNull(value, field);
        return text(value, List.of(field), item);
    }

    static String text(String value, List<String> path, String item) {
        String name = ReviewInputException.pointer(path);
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new ReviewInputException(path, name + " must not be blank, was \"" + value + "\"" + item);
        }
        return value;
    }

    static long count(long value, String field, String item) {
        return count(value, List.of(field), item);
    }

    static long count(long value, List<String> path, String item) {
        if (value < 0) {
            throw new ReviewInputException(path, ReviewInputException.pointer(path) + " must be >= 0, was " + value
                    + item);
        }
        return value;
    }

    /**
     * Requires counts that sum to at most {@link Long#MAX_VALUE}, as the core adds them
     * ({@code Math.addExact}); the error is at the first count that makes the sum overflow.
     */
    static void countSum(List<Long> counts, IntFunction<List<String>> path, String what) {
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (c > Long.MAX_VALUE - sum) {
                List<String> at = path.apply(i);
                throw new ReviewInputException(at, what + " must sum to at most " + Long.MAX_VALUE + ", was " + sum
                        + " before " + name(at) + " (" + c + ")");
            }
            sum += c;
        }
    }

    static Long optionalCount(Long value, String field, String item) {
        return value == null ? null : count(value, field, item);
    }

    static BigDecimal nonNegative(BigDecimal value, String field, String item) {
        return nonNegative(value, List.of(field), item);
    }

    static BigDecimal nonNegative(BigDecimal value, List<String> path, String item) {
        if (value != null && value.signum() < 0) {
            throw new ReviewInputException(path, ReviewInputException.pointer(path) + " must be >= 0, was "
                    + show(value) + item);
        }
        return value;
    }

    static BigDecimal unit(BigDecimal value, String field, String item) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new ReviewInputException(field, field + " must be in [0, 1], was " + show(value) + item);
        }
        return value;
    }

    static Money nonNegative(Money value, String field, String item) {
        if (value != null && value.isNegative()) {
            throw new ReviewInputException(field, field + " must be >= 0, was " + value + item);
        }
        return value;
    }

    /**
     * Checks that an amount is in {@code currency}, has no more decimals than its minor unit
     * ({@code CNY 1.005} has three, CNY allows two; trailing zeros do not count) and fits a
     * {@code long} of minor units ({@link #minorUnits}).
     */
    static Money inCurrency(Money amount, Currency currency, List<String> path, String item) {
        if (amount == null) {
            return null;
        }
        String name = name(path);
        if (!amount.currency().equals(currency)) {
            throw new ReviewInputException(path, name + " must be in " + currency.getCurrencyCode()
                    + " (the document's currency), was " + amount + item);
        }
        decimals(amount.amount(), currency, path, item);
        return minorUnits(amount, path, item);
    }

    /** Checks that a decimal amount of {@code currency} has at most the minor unit's decimals. */
    static BigDecimal decimals(BigDecimal amount, Currency currency, List<String> path, String item) {
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
            throw new ReviewInputException(path, name(path) + " must have at most " + digits + " decimal places in "
                    + currency.getCurrencyCode() + ", was " + show(amount) + item);
        }
        return amount;
    }

    /** The name of a value in a message: its component, with the index for a list element ({@code monthlyPlan/0}). */
    static String name(List<String> path) {
        int n = path.size();
        boolean index = n > 1 && path.get(n - 1).matches("\\d+");
        return ReviewInputException.pointer(path.subList(index ? n - 2 : n - 1, n));
    }

    /** An immutable copy of a list whose elements must not be null; null stays null. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(Objects.requireNonNull(values.get(i), field + "/" + i));
        }
        return Collections.unmodifiableList(copy);
    }

    /** Like {@link #list} but an absent list is required to be present and not empty. */
    static <T> List<T> nonEmptyList(List<T> values, String field, String item) {
        List<T> copy = list(Objects.requireNonNull(values, field), field);
        if (copy.isEmpty()) {
            throw new ReviewInputException(field, field + " must not be empty, was []" + item);
        }
        return copy;
    }

    /**
     * A sorted, immutable copy of a map with non-null keys and values; null stays null. A null
     * value is an invalid value of its key ({@code competitors/A must be given, was null}), at
     * the path {@code [field, key]}.
     */
    static <V> Map<String, V> map(Map<String, V> values, String field, String item) {
        if (values == null) {
            return null;
        }
        Map<String, V> copy = new TreeMap<>();
        for (Map.Entry<String, V> e : values.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), field);
            if (e.getValue() == null) {
                List<String> path = List.of(field, key);
                throw new ReviewInputException(path, ReviewInputException.pointer(path) + " must be given, was null"
                        + item);
            }
            copy.put(key, e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Runs a core check, turning its {@link IllegalArgumentException} into one that names the field. */
    static <T> T core(String field, String item, Supplier<T> check) {
        return core(field.isEmpty() ? List.of() : List.of(field), item, check);
    }

    /** Runs a core check, turning its {@link IllegalArgumentException} into one at {@code path}. */
    static <T> T core(List<String> path, String item, Supplier<T> check) {
        try {
            return check.get();
        } catch (ReviewInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ReviewInputException(path, e.getMessage() + item, e);
        }
    }
}
