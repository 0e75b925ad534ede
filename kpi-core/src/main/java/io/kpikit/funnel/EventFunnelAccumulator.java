package io.kpikit.funnel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds an {@link EventFunnel} from raw events in one streaming pass, one user at a time.
 *
 * <p><b>Input order.</b> Events must arrive grouped by user, and in time order within a user:
 * all events of a user together (contiguous), each user's timestamps non-decreasing. The
 * users themselves may come in any order, so {@code ORDER BY user, ts} under any collation,
 * Spark's {@code sortWithinPartitions}, or a hash grouping followed by a sort per user all
 * qualify. Events with equal timestamps keep their input order.
 * {@link #sortByUserAndTime(Collection)} sorts an in-memory list.
 *
 * <p>What is checked, in constant memory: a timestamp earlier than the previous event of the
 * same user, and a user who comes back directly after one other user (events of A, then B,
 * then A again), each throw {@link IllegalArgumentException} naming both. A user who comes
 * back after two or more other users (A, B, C, A) is <em>not</em> detected: the accumulator
 * remembers only the user in progress and the one before, and such a user would be counted
 * once per run of their events.
 *
 * <p><b>Counting.</b> The unit is the user: each user is counted once, at the furthest step
 * of any of their paths, and the path used for everything else (values, times, breakdown) is
 * the first path, by entry time, that reaches that furthest step. How a path progresses is set
 * by the {@link FunnelDefinition}: {@link FunnelOrder}, conversion and step windows,
 * exclusions. Within the path each step is matched to its earliest event that still leads to
 * the furthest step (exactly: the earliest feasible event of the furthest step, then backwards
 * the earliest feasible event of each step that can precede the next one).
 *
 * <p><b>Values.</b> Each step's value is the sum, over users reaching it, of the value of the
 * event matched to that step (only that event: a user whose path matched an order of 50 and
 * who later ordered again for 50 contributes 50). A value is a decimal amount with at most 6
 * decimal places and magnitude at most 1e9 (1,000,000,000), given as the {@code double}
 * nearest to it ({@code 0.1}, {@code 19.99}); it is taken exactly, as a whole number of
 * millionths, and summed exactly (in 128 bits, so no sum of realistic size overflows), so
 * results do not depend on partitioning or on the order of additions. Any other value of a step
 * event ({@code 1e-7}, {@code 0.1 + 0.2}, {@code 2e9}, NaN, infinities) is rejected with
 * {@link IllegalArgumentException} naming the user and the event, never silently rounded.
 * Converting money to such decimals (currency, minor units, scaling) is the caller's job. The
 * value of an event that is not a step is never used and not checked.
 *
 * <p><b>Performance.</b> {@link FunnelDefinition#eventId(String)} interns event names to dense
 * ids once; {@link #add(long, int, long, double, int)} then takes only primitives, events the
 * funnel ignores (id -1) are dropped at once, and a user's events are buffered in primitive
 * arrays that are reused, so the per-event path does not allocate. Evaluating a user costs
 * O(events × entries) of that user.
 *
 * <p><b>Memory.</b> Besides the buffer of the user in progress, the accumulator keeps, for the
 * time-to-convert statistics, one row of {@code k} longs (k = number of steps) for every user
 * who got past the first step: O(users × steps). For example 10,000,000 such users in a
 * 5-step funnel hold 10,000,000 × 5 × 8 bytes = 400 MB. The rows are stored in chunks of 1,024
 * that are never copied as they grow, and {@link #result()} and {@link #merge} do not copy them
 * either; {@link #result()} needs one more long per row while it computes the percentiles.
 * Counts, values and breakdown counts are O(steps) and O(breakdown values × steps).
 *
 * <p><b>Merging.</b> Accumulators over disjoint sets of users merge into exactly the result of
 * one pass, in any grouping and order (the empty accumulator is the identity). Partition by
 * user: a user split between accumulators would be counted in each; this is detected only for
 * the user still in progress on both sides. {@link #merge} does not change {@code other}, and
 * neither it nor {@link #result()} ends the user in progress.
 *
 * <pre>{@code
 * EventFunnelAccumulator acc = new EventFunnelAccumulator(FunnelDefinition.of(List.of("visit", "cart", "order")));
 * int visit = acc.definition().eventId("visit");
 * acc.add(42L, visit, 1_700_000_000_000L, 0.0);
 * EventFunnel funnel = acc.result();
 * }</pre>
 *
 * <p>This class is not thread-safe.
 */
public final class EventFunnelAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest magnitude of a value: 1e15 millionths, below 2^51, so value * 1e6 rounds exactly. */
    private static final double MAX_VALUE = 1e9;
    private static final int MODE_NONE = 0;
    private static final int MODE_PRIMITIVE = 1;
    private static final int MODE_OBJECT = 2;

    private final FunnelDefinition definition;
    private final FunnelTally tally;
    private final int breakdownMode;
    private int mode = MODE_NONE;
    private boolean hasUser;
    private long currentUser;
    private String currentUserName;
    private boolean hasPrevious;
    private long previousUser;
    private String previousUserName;
    private long lastTimestamp;
    private int n;
    private int[] ids = new int[16];
    private long[] times = new long[16];
    private long[] micros = new long[16];
    private int[] breakdowns = new int[16];
    private transient PathEvaluator evaluator;
    private transient long[] reached;

    /**
     * Creates an empty accumulator.
     *
     * @param definition the funnel to count
     * @throws NullPointerException if the definition is null
     */
    public EventFunnelAccumulator(FunnelDefinition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.tally = new FunnelTally(definition.stepCount());
        this.breakdownMode = definition.breakdownProperty().isEmpty() ? -1
                : definition.breakdownAttribution().ordinal();
    }

    /**
     * Returns the funnel definition.
     *
     * @return the definition
     */
    public FunnelDefinition definition() {
        return definition;
    }

    /**
     * Interns a breakdown property value for the primitive path; look each value up once.
     *
     * @param value the property value; the empty string stands for "missing"
     * @return its dense id in this accumulator
     * @throws NullPointerException if the value is null
     */
    public int breakdownId(String value) {
        return tally.breakdownId(Objects.requireNonNull(value, "value"));
    }

    /**
     * Adds one event.
     *
     * @param event the event; its user's events must be contiguous and in time order
     * @throws IllegalArgumentException if the event is detectably out of order (the message names both
     *     users or timestamps) or its value is invalid
     * @throws IllegalStateException if primitive adds were made to this accumulator
     * @throws NullPointerException if the event is null
     */
    public void add(FunnelEvent event) {
        Objects.requireNonNull(event, "event");
        requireMode(MODE_OBJECT);
        String user = event.userId();
        if (hasUser && !user.equals(currentUserName)) {
            if (hasPrevious && user.equals(previousUserName)) {
                throw new IllegalArgumentException("events of user \"" + user
                        + "\" must be contiguous, was interrupted by user \"" + currentUserName + "\"");
            }
            previousUserName = currentUserName;
            hasPrevious = true;
            endUser();
        }
        if (!hasUser) {
            currentUserName = user;
        }
        int bd = 0;
        if (breakdownMode >= 0) {
            String v = event.properties().get(definition.breakdownProperty().orElseThrow());
            bd = v == null ? 0 : tally.breakdownId(v);
        }
        append(definition.eventId(event.event()), event.timestampMillis(), event.value(), bd, user);
    }

    /**
     * Adds one event on the primitive path, with no breakdown value.
     *
     * @param userId the user
     * @param eventId the id from {@link FunnelDefinition#eventId(String)}, -1 for an ignored event
     * @param timestampMillis when, in epoch milliseconds, at least 0
     * @param value the event's value: at most 6 decimal places, magnitude at most 1e9
     * @throws IllegalArgumentException if an argument is invalid or the event is detectably out of order
     * @throws IllegalStateException if {@link #add(FunnelEvent)} was used on this accumulator
     */
    public void add(long userId, int eventId, long timestampMillis, double value) {
        add(userId, eventId, timestampMillis, value, 0);
    }

    /**
     * Adds one event on the primitive path.
     *
     * @param userId the user
     * @param eventId the id from {@link FunnelDefinition#eventId(String)}, -1 for an ignored event
     * @param timestampMillis when, in epoch milliseconds, at least 0
     * @param value the event's value: at most 6 decimal places, magnitude at most 1e9
     * @param breakdownId the id from {@link #breakdownId(String)} of the event's breakdown value
     * @throws IllegalArgumentException if an argument is invalid or the event is out of order
     * @throws IllegalStateException if {@link #add(FunnelEvent)} was used on this accumulator
     */
    public void add(long userId, int eventId, long timestampMillis, double value, int breakdownId) {
        requireMode(MODE_PRIMITIVE);
        if (breakdownId < 0 || breakdownId >= tally.breakdownValues.size()) {
            throw new IllegalArgumentException("breakdownId must be in [0, " + (tally.breakdownValues.size() - 1)
                    + "], was " + breakdownId);
        }
        if (hasUser && userId != currentUser) {
            if (hasPrevious && userId == previousUser) {
                throw new IllegalArgumentException("events of user " + userId
                        + " must be contiguous, was interrupted by user " + currentUser);
            }
            previousUser = currentUser;
            hasPrevious = true;
            endUser();
        }
        currentUser = userId;
        append(eventId, timestampMillis, value, breakdownId, null);
    }

    private void requireMode(int wanted) {
        if (mode != wanted) {
            if (mode != MODE_NONE) {
                throw new IllegalStateException("an accumulator takes either FunnelEvent or primitive adds, not both");
            }
            mode = wanted;
        }
    }

    private void append(int eventId, long timestampMillis, double value, int breakdownId, String userName) {
        FunnelDefinition.checkEventId(eventId, definition);
        FunnelDefinition.checkTimestamp(timestampMillis);
        long millionths = 0;
        if (eventId >= 0 && eventId < definition.stepCount()) {
            millionths = millionths(value, eventId, userName);
        }
        if (hasUser && timestampMillis < lastTimestamp) {
            throw new IllegalArgumentException("timestamps of user " + userText(userName)
                    + " must not decrease: " + timestampMillis + " came after " + lastTimestamp);
        }
        hasUser = true;
        lastTimestamp = timestampMillis;
        if (eventId < 0) {
            return;
        }
        if (n == ids.length) {
            int cap = n * 2;
            ids = Arrays.copyOf(ids, cap);
            times = Arrays.copyOf(times, cap);
            micros = Arrays.copyOf(micros, cap);
            breakdowns = Arrays.copyOf(breakdowns, cap);
        }
        ids[n] = eventId;
        times[n] = timestampMillis;
        micros[n] = millionths;
        breakdowns[n] = breakdownId;
        n++;
    }

    /**
     * The value as a whole number of millionths, if it is the double nearest to a decimal with
     * at most 6 places: below 2^51 millionths {@code value * 1e6} is within 0.5 of that whole
     * number, and {@code m / 1e6} is the double nearest to the decimal, so the round trip is exact.
     */
    private long millionths(double value, int eventId, String userName) {
        if (!(Math.abs(value) <= MAX_VALUE)) {
            throw new IllegalArgumentException("value must be finite with magnitude at most " + MAX_VALUE + ", was "
                    + value + where(eventId, userName));
        }
        long m = Math.round(value * 1e6);
        if (m / 1e6 != value) {
            throw new IllegalArgumentException("value must have at most 6 decimal places, was " + value
                    + where(eventId, userName));
        }
        return m;
    }

    private String where(int eventId, String userName) {
        return " (user " + userText(userName) + ", event \"" + definition.steps().get(eventId) + "\")";
    }

    private String userText(String userName) {
        return userName != null ? "\"" + userName + "\"" : String.valueOf(currentUser);
    }

    private void endUser() {
        int depth = evaluate();
        if (depth >= 0) {
            apply(tally, depth, 1);
        }
        n = 0;
        hasUser = false;
    }

    /**
     * Evaluates the buffered user, leaving the buffer as it is: returns how far they got, -1
     * when they did not enter (or nothing is buffered); the path is in {@code evaluator.path()}.
     */
    private int evaluate() {
        if (n == 0) {
            return -1;
        }
        if (evaluator == null) {
            evaluator = new PathEvaluator(definition);
            reached = new long[definition.stepCount()];
        }
        return evaluator.evaluate(n, ids, times);
    }

    /**
     * Adds ({@code sign} 1) the buffered user, just evaluated to {@code depth >= 0}, to
     * {@code target}, or takes that addition back ({@code sign} -1, right after adding it, with
     * no other row added since). Counts and 128-bit sums are exact, so taking back restores
     * them exactly. {@code target} may be another accumulator's tally that already holds every
     * breakdown value of this one's (after {@link FunnelTally#mergeFrom}).
     */
    private void apply(FunnelTally target, int depth, int sign) {
        if (sign < 0 && depth >= 1) {
            target.removeLastRow();
        }
        int[] path = evaluator.path();
        boolean anyOrder = definition.order() == FunnelOrder.ANY_ORDER;
        for (int s = 0; s <= depth; s++) {
            int pos = path[s];
            target.users[s] += sign;
            target.addValue(s, sign * micros[pos]);
            long t = times[pos];
            reached[s] = anyOrder && s > 0 ? Math.max(reached[s - 1], t) : t;
        }
        if (breakdownMode >= 0) {
            int pos = breakdownMode == BreakdownAttribution.FIRST_TOUCH.ordinal() ? path[0] : path[depth];
            int id = breakdowns[pos];
            if (target != tally) {
                id = target.breakdownId(tally.breakdownValues.get(id));
            }
            target.addBreakdown(id, depth, sign);
        }
        if (sign > 0 && depth >= 1) {
            target.addRow(depth, reached);
        }
    }

    /**
     * Merges another accumulator of the same funnel, over other users, into this one.
     *
     * @param other the accumulator to merge; not changed
     * @throws IllegalArgumentException if the definitions differ, {@code other} is this
     *     accumulator, or both have the same user in progress
     * @throws NullPointerException if other is null
     */
    public void merge(EventFunnelAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("other must be a different accumulator, was this one");
        }
        if (!definition.equals(other.definition)) {
            throw new IllegalArgumentException("definition of other must be " + definition + ", was "
                    + other.definition);
        }
        if (hasUser && other.hasUser && mode == other.mode
                && (mode == MODE_OBJECT ? currentUserName.equals(other.currentUserName) : currentUser == other.currentUser)) {
            throw new IllegalArgumentException("user " + (mode == MODE_OBJECT ? "\"" + currentUserName + "\""
                    : String.valueOf(currentUser)) + " must be in one accumulator only, was in both; partition by user");
        }
        tally.mergeFrom(other.tally);
        int depth = other.evaluate();
        if (depth >= 0) {
            other.apply(tally, depth, 1);
        }
    }

    /**
     * Returns the funnel of everything added and merged so far; the user in progress is
     * included, and more of their events may still follow.
     *
     * @return the result
     */
    public EventFunnel result() {
        int depth = evaluate();
        if (depth < 0) {
            return EventFunnel.from(definition, tally);
        }
        // count the user in progress, then take them out again: they may have more events
        apply(tally, depth, 1);
        try {
            return EventFunnel.from(definition, tally);
        } finally {
            apply(tally, depth, -1);
        }
    }

    /**
     * Returns a copy of {@code events} sorted by user id, then timestamp (stable, so equal
     * timestamps keep their order): one order that {@link #add(FunnelEvent)} accepts.
     *
     * @param events the events in any order
     * @return a new sorted list
     * @throws NullPointerException if the collection or an event is null
     */
    public static List<FunnelEvent> sortByUserAndTime(Collection<FunnelEvent> events) {
        List<FunnelEvent> sorted = new ArrayList<>(Objects.requireNonNull(events, "events"));
        sorted.forEach(e -> Objects.requireNonNull(e, "event"));
        sorted.sort(Comparator.comparing(FunnelEvent::userId).thenComparingLong(FunnelEvent::timestampMillis));
        return sorted;
    }
}
