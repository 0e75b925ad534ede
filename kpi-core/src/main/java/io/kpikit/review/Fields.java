package io.kpikit.review;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Validation helpers of the review input records; every failure names the field and the item.
 * A field is one component name ({@code "actual"}) or a path of segments built with
 * {@link #at} ({@code at("lines", 3, "path")}); names from the input (competitors, tag keys)
 * are always whole segments, never joined into a string that would have to be split again.
 */
final class Fields {

    private Fields() {
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

    static Long optionalCount(Long value, String field, String item) {
        return value == null ? null : count(value, field, item);
    }

    static BigDecimal nonNegative(BigDecimal value, String field, String item) {
        return nonNegative(value, List.of(field), item);
    }

    static BigDecimal nonNegative(BigDecimal value, List<String> path, String item) {
        if (value != null && value.signum() < 0) {
            throw new ReviewInputException(path, ReviewInputException.pointer(path) + " must be >= 0, was "
                    + value.toPlainString() + item);
        }
        return value;
    }

    static BigDecimal unit(BigDecimal value, String field, String item) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new ReviewInputException(field, field + " must be in [0, 1], was " + value.toPlainString() + item);
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
     * Checks that an amount is in {@code currency} and has no more decimals than its minor unit
     * ({@code CNY 1.005} has three, CNY allows two; trailing zeros do not count).
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
        return amount;
    }

    /** Checks that a decimal amount of {@code currency} has at most the minor unit's decimals. */
    static BigDecimal decimals(BigDecimal amount, Currency currency, List<String> path, String item) {
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
            throw new ReviewInputException(path, name(path) + " must have at most " + digits + " decimal places in "
                    + currency.getCurrencyCode() + ", was " + amount.toPlainString() + item);
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
