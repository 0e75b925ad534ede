package io.kpikit.funnel;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long users took from one funnel step to a later one: count, mean, median and 90th
 * percentile, over the users whose counted path reached both steps.
 *
 * <p>Each user contributes one duration: the time of the later step minus the time of the
 * earlier, on the user's counted path (see {@link EventFunnelAccumulator}), in milliseconds.
 * The mean is exact, {@code sum / count} as a {@link Ratio} of milliseconds. Percentiles use
 * the <em>nearest-rank</em> definition: the {@code P}-th percentile of {@code n} sorted
 * durations is the one at 1-based rank {@code ceil(P/100 × n)}; so the median of an even count
 * is the lower of the two middle values, and every percentile is an observed duration.
 *
 * <p>With no users the statistics are undefined (reason {@code "no user reached both steps"}):
 * {@link #median()} and {@link #p90()} throw {@link IllegalStateException}, the optional
 * accessors return empty, and {@link #mean()} is an undefined ratio.
 *
 * <p>{@link #restore} rebuilds a stored result from its count, total, median and 90th
 * percentile (the durations themselves are not kept), checking that they could come from one
 * set of durations.
 *
 * <pre>{@code
 * // durations 1 min, 2 min, 10 min: mean 13/3 min, median 2 min (rank 2), p90 10 min (rank 3)
 * TimeToConvert t = TimeToConvert.restore("cart", "order", 3, 780_000, 120_000, 600_000);
 * t.median();   // PT2M
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeToConvert implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;
    private final long count;
    private final long sumMillis;
    private final long medianMillis;
    private final long p90Millis;

    private TimeToConvert(String from, String to, long count, long sumMillis, long medianMillis, long p90Millis) {
        this.from = from;
        this.to = to;
        this.count = count;
        this.sumMillis = sumMillis;
        this.medianMillis = medianMillis;
        this.p90Millis = p90Millis;
    }

    /** From the first {@code n} durations of {@code d}, all non-negative; reorders them. */
    static TimeToConvert of(String from, String to, long[] d, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum = Math.addExact(sum, d[i]);
        }
        if (n == 0) {
            return new TimeToConvert(from, to, 0, 0, 0, 0);
        }
        int median = rank(50, n) - 1;
        int p90 = rank(90, n) - 1;
        Selection.select(d, 0, n, median);
        Selection.select(d, median, n, p90);
        return new TimeToConvert(from, to, n, sum, d[median], d[p90]);
    }

    /**
     * Rebuilds a stored result from its figures, checking that they are consistent: the inverse
     * of the accessors, for reading a result back (from JSON or a database), since the
     * durations it was computed from are not kept. {@code restore} is the name kpikit gives such
     * factories.
     *
     * <p>With {@code n = count}, the median at nearest rank {@code m = ceil(n/2)} and the 90th
     * percentile at {@code q = ceil(0.9 n)}, {@code n} non-negative durations sorted ascending
     * have {@code d_m = median} and {@code d_q = p90}, so the figures must satisfy:
     * <ul>
     *   <li>{@code count = 0}: total, median and p90 are all 0 (the statistics are undefined);</li>
     *   <li>{@code 0 <= median <= p90}, and {@code median = p90} for a single duration;</li>
     *   <li>{@code total >= (q − m) · median + (n − q + 1) · p90}: the durations at ranks
     *       {@code m..q−1} are at least the median and those from rank {@code q} on at least
     *       the p90 (ranks below {@code m} may be 0);</li>
     *   <li>when {@code q = n} (at most 10 durations, so the p90 is the largest),
     *       {@code total <= m · median + (n − m) · p90}.</li>
     * </ul>
     * Example: 3 durations with median 2 min and p90 10 min total at least
     * {@code (3 − 2) · 2 + (3 − 3 + 1) · 10 = 12} and at most {@code 2 · 2 + 1 · 10 = 14}
     * minutes; 1, 2 and 10 minutes total 13.
     *
     * @param from the earlier step's name
     * @param to the later step's name
     * @param count the users who reached both steps, at least 0
     * @param totalMillis the sum of their durations in milliseconds, the numerator of
     *     {@link #mean()}
     * @param medianMillis the median duration in milliseconds (0 when {@code count} is 0)
     * @param p90Millis the 90th percentile in milliseconds (0 when {@code count} is 0)
     * @return the result
     * @throws IllegalArgumentException if the figures cannot come from one set of durations; the
     *     message names the field, the rule and the value, as
     *     {@code totalMillis must be >= 720000 for 3 durations with median 120000 and p90 600000,
     *     was 700000 (from "cart" to "order")}
     * @throws NullPointerException if a step name is null
     */
    public static TimeToConvert restore(String from, String to, long count, long totalMillis, long medianMillis,
            long p90Millis) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Checks.nonNegative(count, "count");
        Checks.nonNegative(totalMillis, "totalMillis");
        Checks.nonNegative(medianMillis, "medianMillis");
        Checks.nonNegative(p90Millis, "p90Millis");
        String where = " (from \"" + from + "\" to \"" + to + "\")";
        if (count == 0) {
            if (totalMillis != 0 || medianMillis != 0 || p90Millis != 0) {
                throw new IllegalArgumentException("totalMillis, medianMillis and p90Millis must be 0 when count is 0, "
                        + "were " + totalMillis + ", " + medianMillis + " and " + p90Millis + where);
            }
            return new TimeToConvert(from, to, 0, 0, 0, 0);
        }
        if (medianMillis > p90Millis) {
            throw new IllegalArgumentException("medianMillis must be <= p90Millis = " + p90Millis + ", was "
                    + medianMillis + where);
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count must be <= " + Integer.MAX_VALUE + ", was " + count + where);
        }
        int n = (int) count;
        long m = rank(50, n);
        long q = rank(90, n);
        BigInteger median = BigInteger.valueOf(medianMillis);
        BigInteger p90 = BigInteger.valueOf(p90Millis);
        BigInteger total = BigInteger.valueOf(totalMillis);
        BigInteger least = median.multiply(BigInteger.valueOf(q - m)).add(p90.multiply(BigInteger.valueOf(n - q + 1)));
        if (m == q && medianMillis != p90Millis) {
            throw new IllegalArgumentException("p90Millis must equal medianMillis = " + medianMillis
                    + " for a single duration, was " + p90Millis + where);
        }
        String shape = " for " + n + (n == 1 ? " duration" : " durations") + " with median " + medianMillis
                + " and p90 " + p90Millis;
        if (total.compareTo(least) < 0) {
            throw new IllegalArgumentException("totalMillis must be >= " + least + shape + ", was " + totalMillis
                    + where);
        }
        if (q == n) {
            BigInteger most = median.multiply(BigInteger.valueOf(m)).add(p90.multiply(BigInteger.valueOf(n - m)));
            if (total.compareTo(most) > 0) {
                throw new IllegalArgumentException("totalMillis must be <= " + most + shape
                        + " (the p90 is the largest), was " + totalMillis + where);
            }
        }
        return new TimeToConvert(from, to, count, totalMillis, medianMillis, p90Millis);
    }

    /** The nearest rank ceil(percent/100 × n), 1-based. */
    static int rank(int percent, int n) {
        return (int) (((long) percent * n + 99) / 100);
    }

    /**
     * Returns the name of the earlier step.
     *
     * @return the earlier step
     */
    public String from() {
        return from;
    }

    /**
     * Returns the name of the later step.
     *
     * @return the later step
     */
    public String to() {
        return to;
    }

    /**
     * Returns how many users reached both steps.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the sum of the durations in milliseconds, the numerator of {@link #mean()}.
     *
     * @return the total, 0 when no user reached both steps
     */
    public long totalMillis() {
        return sumMillis;
    }

    /**
     * Returns whether there is at least one duration.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return count > 0;
    }

    /**
     * Returns why the statistics are undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return count > 0 ? Optional.empty() : Optional.of("no user reached both steps");
    }

    /**
     * Returns the mean in milliseconds, {@code sum / count}, exactly.
     *
     * @return the mean; undefined when no user reached both steps
     */
    public Ratio mean() {
        return Ratio.of(sumMillis, count);
    }

    /**
     * Returns the median (nearest rank).
     *
     * @return the median duration
     * @throws IllegalStateException if no user reached both steps
     */
    public Duration median() {
        requireDefined();
        return Duration.ofMillis(medianMillis);
    }

    /**
     * Returns the 90th percentile (nearest rank).
     *
     * @return the 90th percentile duration
     * @throws IllegalStateException if no user reached both steps
     */
    public Duration p90() {
        requireDefined();
        return Duration.ofMillis(p90Millis);
    }

    /**
     * Returns the median, or empty when undefined.
     *
     * @return the median if defined
     */
    public Optional<Duration> toOptionalMedian() {
        return isDefined() ? Optional.of(Duration.ofMillis(medianMillis)) : Optional.empty();
    }

    /**
     * Returns the 90th percentile, or empty when undefined.
     *
     * @return the 90th percentile if defined
     */
    public Optional<Duration> toOptionalP90() {
        return isDefined() ? Optional.of(Duration.ofMillis(p90Millis)) : Optional.empty();
    }

    private void requireDefined() {
        if (count == 0) {
            throw new IllegalStateException("time to convert from \"" + from + "\" to \"" + to
                    + "\" is undefined: no user reached both steps");
        }
    }

    /**
     * Returns whether {@code obj} has the same steps and statistics.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof TimeToConvert)) {
            return false;
        }
        TimeToConvert o = (TimeToConvert) obj;
        return from.equals(o.from) && to.equals(o.to) && count == o.count && sumMillis == o.sumMillis
                && medianMillis == o.medianMillis && p90Millis == o.p90Millis;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(from, to, count, sumMillis, medianMillis, p90Millis);
    }

    /**
     * Returns {@code "cart -> order: n=3, mean=..., median=PT2M, p90=PT10M"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        String head = from + " -> " + to + ": n=" + count;
        return isDefined() ? head + ", mean=" + mean().doubleValue() + "ms, median=" + median() + ", p90=" + p90()
                : head;
    }
}
