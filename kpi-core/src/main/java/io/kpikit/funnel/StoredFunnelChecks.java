package io.kpikit.funnel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The checks {@link EventFunnel#restore} runs on the stored figures of an event funnel: counts,
 * value sums, breakdown and times to convert, each failing with a message that names the field,
 * the rule and the value. Stateless.
 */
final class StoredFunnelChecks {

    private StoredFunnelChecks() {
    }

    /** The breakdown, sorted by value, each value's counts checked and, when any, adding up to the users. */
    static SortedMap<String, List<Long>> breakdown(Map<String, List<Long>> breakdown, List<String> names,
            List<Long> users) {
        int k = names.size();
        SortedMap<String, List<Long>> byValue = new TreeMap<>();
        for (Map.Entry<String, List<Long>> e : Objects.requireNonNull(breakdown, "breakdown").entrySet()) {
            String value = Objects.requireNonNull(e.getKey(), "breakdown value");
            byValue.put(value, counts(e.getValue(), "breakdown[\"" + value + "\"]", k, true));
        }
        if (!byValue.isEmpty()) {
            for (int s = 0; s < k; s++) {
                long sum = 0;
                for (List<Long> c : byValue.values()) {
                    sum = Math.addExact(sum, c.get(s));
                }
                if (sum != users.get(s)) {
                    throw new IllegalArgumentException("breakdown counts of step \"" + names.get(s)
                            + "\" must add up to users[" + s + "] = " + users.get(s) + ", was " + sum);
                }
            }
        }
        return byValue;
    }

    /** One time per pair of steps, in order, each with the later step's users and no longer than from an earlier step. */
    static List<TimeToConvert> times(List<TimeToConvert> times, List<String> names, List<Long> users) {
        int k = names.size();
        List<TimeToConvert> pairs = List.copyOf(Objects.requireNonNull(times, "times"));
        if (pairs.size() != k * (k - 1) / 2) {
            throw new IllegalArgumentException("times must have one entry per pair of steps (" + k * (k - 1) / 2
                    + "), was " + pairs.size());
        }
        int i = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                checkTime(pairs, i++, a, b, k, names, users);
            }
        }
        return pairs;
    }

    /** Checks k counts: none negative, never increasing, the first positive when asked. */
    static List<Long> counts(List<Long> given, String field, int k, boolean firstPositive) {
        List<Long> counts = List.copyOf(Objects.requireNonNull(given, field));
        if (counts.size() != k) {
            throw new IllegalArgumentException(field + " must have one count per step (" + k + "), was "
                    + counts.size());
        }
        for (int s = 0; s < k; s++) {
            long c = counts.get(s);
            if (c < 0) {
                throw new IllegalArgumentException(field + "[" + s + "] must be >= 0, was " + c);
            }
            if (s > 0 && c > counts.get(s - 1)) {
                throw new IllegalArgumentException(field + "[" + s + "] must be <= " + field + "[" + (s - 1) + "] = "
                        + counts.get(s - 1) + ", was " + c);
            }
        }
        if (firstPositive && counts.get(0) == 0) {
            throw new IllegalArgumentException(field + "[0] must be > 0 (only values under which a user entered are "
                    + "kept), was 0");
        }
        return counts;
    }

    /** Checks k value sums of at most 6 decimals, zero where no user reached the step; at scale 6. */
    static List<BigDecimal> sums(List<BigDecimal> values, List<Long> users, int k) {
        List<BigDecimal> given = List.copyOf(Objects.requireNonNull(values, "values"));
        if (given.size() != k) {
            throw new IllegalArgumentException("values must have one sum per step (" + k + "), was " + given.size());
        }
        List<BigDecimal> sums = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            BigDecimal v = given.get(s);
            if (v.stripTrailingZeros().scale() > 6) {
                throw new IllegalArgumentException("values[" + s + "] must have at most 6 decimal places, was "
                        + v.toPlainString());
            }
            if (users.get(s) == 0 && v.signum() != 0) {
                throw new IllegalArgumentException("values[" + s + "] must be 0 when users[" + s + "] is 0, was "
                        + v.toPlainString());
            }
            sums.add(v.setScale(6));
        }
        return List.copyOf(sums);
    }

    private static void checkTime(List<TimeToConvert> pairs, int i, int a, int b, int k, List<String> names,
            List<Long> users) {
        TimeToConvert t = pairs.get(i);
        String field = "times[" + i + "]";
        if (!t.from().equals(names.get(a)) || !t.to().equals(names.get(b))) {
            throw new IllegalArgumentException(field + " must be from \"" + names.get(a) + "\" to \"" + names.get(b)
                    + "\", was from \"" + t.from() + "\" to \"" + t.to() + "\"");
        }
        if (t.count() != users.get(b)) {
            throw new IllegalArgumentException(field + ".count must equal users[" + b + "] = " + users.get(b) + ", was "
                    + t.count());
        }
        if (a > 0) {
            // index(a, b) − index(a − 1, b) = k − a − 1: row a − 1 has one more pair than row a
            int j = i - (k - a - 1);
            TimeToConvert wider = pairs.get(j);
            String than = " (times[" + j + "], from \"" + wider.from() + "\" to the same step)";
            notLonger(field + ".totalMillis", t.totalMillis(), wider.totalMillis(), than);
            notLonger(field + ".medianMillis", millis(t.toOptionalMedian()), millis(wider.toOptionalMedian()), than);
            notLonger(field + ".p90Millis", millis(t.toOptionalP90()), millis(wider.toOptionalP90()), than);
        }
    }

    private static long millis(Optional<Duration> d) {
        return d.map(Duration::toMillis).orElse(0L);
    }

    private static void notLonger(String field, long millis, long widerMillis, String than) {
        if (millis > widerMillis) {
            throw new IllegalArgumentException(field + " must be <= " + widerMillis + than + ", was " + millis);
        }
    }
}
