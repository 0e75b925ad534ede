package io.kpikit.funnel;

import io.kpikit.core.Ratio;
import java.io.Serializable;
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
 * <pre>{@code
 * // durations 1 min, 2 min, 10 min: mean 13/3 min, median 2 min (rank 2), p90 10 min (rank 3)
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
