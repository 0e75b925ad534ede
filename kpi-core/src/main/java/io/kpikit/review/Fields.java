package io.kpikit.review;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Validation helpers of the review input records; every failure names the field and the item. */
final class Fields {

    private Fields() {
    }

    /** {@code " (kpi \"sales\")"}: the suffix that names the item a message is about. */
    static String item(String kind, String name) {
        return " (" + kind + " \"" + name + "\")";
    }

    static String text(String value, String field, String item) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new ReviewInputException(field, field + " must not be blank, was \"" + value + "\"" + item);
        }
        return value;
    }

    static long count(long value, String field, String item) {
        if (value < 0) {
            throw new ReviewInputException(field, field + " must be >= 0, was " + value + item);
        }
        return value;
    }

    static Long optionalCount(Long value, String field, String item) {
        return value == null ? null : count(value, field, item);
    }

    static BigDecimal nonNegative(BigDecimal value, String field, String item) {
        if (value != null && value.signum() < 0) {
            throw new ReviewInputException(field, field + " must be >= 0, was " + value.toPlainString() + item);
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

    /** A sorted, immutable copy of a map with non-null keys and values; null stays null. */
    static <V> Map<String, V> map(Map<String, V> values, String field) {
        if (values == null) {
            return null;
        }
        Map<String, V> copy = new TreeMap<>();
        for (Map.Entry<String, V> e : values.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), field);
            copy.put(key, Objects.requireNonNull(e.getValue(), field + "/" + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Runs a core check, turning its {@link IllegalArgumentException} into one that names the field. */
    static <T> T core(String field, String item, Supplier<T> check) {
        try {
            return check.get();
        } catch (ReviewInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ReviewInputException(field, e.getMessage() + item, e);
        }
    }
}
