package io.kpikit.funnel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A funnel computed from raw events: users per step, value per step, a breakdown by an event
 * property, and the time to convert between any two steps.
 *
 * <p>{@link #users()} counts each user once, at every step up to the furthest they reached,
 * so the counts never increase along the funnel and {@link #toFunnel()} is always a strict
 * {@link Funnel} (with its step conversions, drop-off, bottleneck and Wilson intervals). The
 * rules that decide how far a user got, which of their events count, and how values and
 * breakdown values are attributed are in {@link EventFunnelAccumulator},
 * {@link FunnelDefinition} and {@link FunnelOrder}. Values are exact sums at scale 6 (event
 * values have at most 6 decimal places and are taken exactly). The value of a step sums only
 * the one event matched to that step for each user who reached it, not every event of that
 * name: a converter with two orders of 50 contributes 50 to the order step (use a revenue
 * report, not a funnel, for total revenue). The breakdown holds only values under which at
 * least one user entered; a missing property is the empty string.
 *
 * <p>{@code EventFunnel.of(definition, events)} sorts the events, runs one accumulator over
 * them and returns its result: the same code path as a streaming or partitioned run. Two
 * results are equal when every count, sum and time statistic is equal.
 *
 * <p>{@link #restore} rebuilds a stored result from its figures (the events are not kept),
 * checking that they could come from one run: {@code restore(f.steps(), f.users(), f.values(),
 * f.breakdown(), f.times())} equals {@code f}.
 *
 * <pre>{@code
 * EventFunnel f = EventFunnel.of(FunnelDefinition.of(List.of("visit", "order")), events);
 * f.users();                       // [1000, 50]
 * f.timeToConvert(0, 1).median();  // PT3M
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventFunnel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> steps;
    private final List<Long> users;
    private final List<BigDecimal> values;
    private final SortedMap<String, List<Long>> breakdown;
    private final List<TimeToConvert> times;

    private EventFunnel(List<String> steps, List<Long> users, List<BigDecimal> values,
            SortedMap<String, List<Long>> breakdown, List<TimeToConvert> times) {
        this.steps = steps;
        this.users = users;
        this.values = values;
        this.breakdown = breakdown;
        this.times = times;
    }

    static EventFunnel from(FunnelDefinition definition, FunnelTally t) {
        int k = t.k;
        List<Long> users = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            users.add(t.users[s]);
            values.add(new BigDecimal(t.valueMicros(s), 6));
        }
        SortedMap<String, List<Long>> breakdown = new TreeMap<>();
        for (int id = 0; id < t.breakdownValues.size(); id++) {
            long[] c = t.breakdownCounts[id];
            if (c != null && c[0] > 0) {
                breakdown.put(t.breakdownValues.get(id), List.copyOf(Arrays.stream(c).boxed().toList()));
            }
        }
        List<TimeToConvert> times = new ArrayList<>();
        long[] buffer = new long[t.rowCount];
        List<String> steps = definition.steps();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int m = t.durations(a, b, buffer);
                times.add(TimeToConvert.of(steps.get(a), steps.get(b), buffer, m));
            }
        }
        return new EventFunnel(steps, List.copyOf(users), List.copyOf(values),
                Collections.unmodifiableSortedMap(breakdown), List.copyOf(times));
    }

    /**
     * Returns the funnel of {@code events}, which may be in any order: they are sorted by
     * user and time, then added to one {@link EventFunnelAccumulator}.
     *
     * @param definition the funnel
     * @param events the events
     * @return the result
     * @throws NullPointerException if an argument or an event is null
     */
    public static EventFunnel of(FunnelDefinition definition, Collection<FunnelEvent> events) {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(definition);
        for (FunnelEvent e : EventFunnelAccumulator.sortByUserAndTime(events)) {
            acc.add(e);
        }
        return acc.result();
    }

    /**
     * Rebuilds a stored event funnel from its figures, checking that they are consistent: the
     * inverse of the accessors, for reading a result back (from JSON or a database), since the
     * events it was computed from are not kept. {@code restore} is the name kpikit gives such
     * factories.
     *
     * <p>With {@code k} steps, checked:
     * <ul>
     *   <li>the steps are valid step names ({@link FunnelDefinition#of(List)}: 1 to 64, not
     *       blank, unique);</li>
     *   <li>{@code users} has {@code k} counts, none negative, never increasing:
     *       {@code users[s] <= users[s − 1]};</li>
     *   <li>{@code values} has {@code k} sums with at most 6 decimal places (kept at scale 6),
     *       and a step no user reached has the value 0;</li>
     *   <li>each breakdown value has {@code k} counts, never increasing, the first positive
     *       (only values under which a user entered are kept); when there is a breakdown, each
     *       user is under exactly one value, so the counts of every step add up to
     *       {@code users[s]};</li>
     *   <li>{@code times} has one {@link TimeToConvert} per pair of steps {@code a < b}, in the
     *       order {@code (0,1), (0,2), …, (0,k−1), (1,2), …} that {@link #times()} gives, from
     *       step {@code a} to step {@code b} by name, with {@code count = users[b]} (a user who
     *       reached {@code b} reached {@code a}); and, for the same later step {@code b}, a
     *       later start {@code a} never gives a longer total, median or 90th percentile than
     *       {@code a − 1} (each user's duration from {@code a} is at most the one from
     *       {@code a − 1}).</li>
     * </ul>
     *
     * <p>Example: 100 visits and 5 orders worth 250.00, one time pair:
     * <pre>{@code
     * EventFunnel f = EventFunnel.restore(List.of("visit", "order"), List.of(100L, 5L),
     *         List.of(BigDecimal.ZERO, new BigDecimal("250.00")), Map.of(),
     *         List.of(TimeToConvert.restore("visit", "order", 5, 900_000, 120_000, 400_000)));
     * f.toFunnel().overallConversion();   // 5/100
     * }</pre>
     *
     * @param steps the step names
     * @param users the users who reached each step
     * @param values the value sums per step
     * @param breakdown the users per step under each breakdown value; empty without a breakdown
     * @param times the time to convert between each pair of steps
     * @return the event funnel
     * @throws IllegalArgumentException if the figures disagree; the message names the field,
     *     the rule and the value, as {@code "users[2] must be <= users[1] = 50, was 60"}
     * @throws NullPointerException if an argument or an element is null
     */
    public static EventFunnel restore(List<String> steps, List<Long> users, List<BigDecimal> values,
            Map<String, List<Long>> breakdown, List<TimeToConvert> times) {
        List<String> names = FunnelDefinition.of(Objects.requireNonNull(steps, "steps")).steps();
        int k = names.size();
        List<Long> counts = StoredFunnelChecks.counts(users, "users", k, false);
        List<BigDecimal> sums = StoredFunnelChecks.sums(values, counts, k);
        SortedMap<String, List<Long>> byValue = StoredFunnelChecks.breakdown(breakdown, names, counts);
        List<TimeToConvert> pairs = StoredFunnelChecks.times(times, names, counts);
        return new EventFunnel(names, counts, sums, Collections.unmodifiableSortedMap(byValue), pairs);
    }

    /**
     * Returns the time to convert between every pair of steps {@code a < b}, in the order
     * {@code (0,1), (0,2), …, (0,k−1), (1,2), …, (k−2,k−1)}.
     *
     * @return the times, one per pair
     */
    public List<TimeToConvert> times() {
        return times;
    }

    /**
     * Returns the step names.
     *
     * @return the steps
     */
    public List<String> steps() {
        return steps;
    }

    /**
     * Returns the users who reached each step.
     *
     * @return the counts per step, never increasing
     */
    public List<Long> users() {
        return users;
    }

    /**
     * Returns, per step, the sum of the value of the event matched to that step, over the
     * users who reached it.
     *
     * @return the value sums at scale 6
     */
    public List<BigDecimal> values() {
        return values;
    }

    /**
     * Returns the users per step under each breakdown value.
     *
     * @return breakdown value to counts per step, sorted by value; empty without a breakdown
     */
    public SortedMap<String, List<Long>> breakdown() {
        return breakdown;
    }

    /**
     * Returns the counts as a strict {@link Funnel}.
     *
     * @return the funnel of users per step, at 95% confidence
     */
    public Funnel toFunnel() {
        return funnelOf(users);
    }

    /**
     * Returns the counts of one breakdown value as a strict {@link Funnel}.
     *
     * @param value the breakdown value
     * @return the funnel of that value's users per step
     * @throws IllegalArgumentException if no user entered under that value
     */
    public Funnel toFunnel(String value) {
        List<Long> counts = breakdown.get(Objects.requireNonNull(value, "value"));
        if (counts == null) {
            throw new IllegalArgumentException("breakdown value must be one of " + breakdown.keySet() + ", was \""
                    + value + "\"");
        }
        return funnelOf(counts);
    }

    private Funnel funnelOf(List<Long> counts) {
        List<FunnelStage> stages = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            stages.add(new FunnelStage(steps.get(s), counts.get(s)));
        }
        return Funnel.of(stages);
    }

    /**
     * Returns the time to convert from step {@code from} to step {@code to}.
     *
     * @param from the earlier step, 0-based
     * @param to the later step, greater than {@code from}
     * @return the statistics
     * @throws IllegalArgumentException if the steps do not exist or are not in order
     */
    public TimeToConvert timeToConvert(int from, int to) {
        int k = steps.size();
        if (from < 0 || to <= from || to >= k) {
            throw new IllegalArgumentException("steps must satisfy 0 <= from < to < " + k + ", was from=" + from
                    + ", to=" + to);
        }
        int index = from * (2 * k - from - 1) / 2 + (to - from - 1);
        return times.get(index);
    }

    /**
     * Returns the time to convert between two named steps.
     *
     * @param from the earlier step's name
     * @param to the later step's name
     * @return the statistics
     * @throws IllegalArgumentException if a name is not a step or the steps are not in order
     */
    public TimeToConvert timeToConvert(String from, String to) {
        return timeToConvert(indexOf(from), indexOf(to));
    }

    private int indexOf(String step) {
        int i = steps.indexOf(Objects.requireNonNull(step, "step"));
        if (i < 0) {
            throw new IllegalArgumentException("step must be one of " + steps + ", was \"" + step + "\"");
        }
        return i;
    }

    /**
     * Returns whether {@code obj} has the same steps, counts, values, breakdown and times.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof EventFunnel)) {
            return false;
        }
        EventFunnel o = (EventFunnel) obj;
        return steps.equals(o.steps) && users.equals(o.users) && values.equals(o.values)
                && breakdown.equals(o.breakdown) && times.equals(o.times);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(steps, users, values, breakdown, times);
    }

    /**
     * Returns the steps with their user counts, for example {@code "visit 1000 > order 50"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < steps.size(); s++) {
            sb.append(s == 0 ? "" : " > ").append(steps.get(s)).append(' ').append(users.get(s));
        }
        return sb.toString();
    }
}
