package io.kpikit.funnel;

import io.kpikit.core.Checks;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an event funnel counts: its steps (event names), their {@link FunnelOrder}, the
 * conversion windows, the exclusions and the breakdown property.
 *
 * <ul>
 *   <li><b>Steps</b>: 1 to 32 distinct, non-blank event names. Step 0 is the entry.</li>
 *   <li><b>Order</b>: {@link FunnelOrder#ORDERED} (default), {@link FunnelOrder#STRICT} or
 *       {@link FunnelOrder#ANY_ORDER}.</li>
 *   <li><b>Conversion window</b> (default: none): every step of a path must happen at most
 *       this long after the path's entry event (inclusive: exactly the window still counts).
 *       For {@code ANY_ORDER} the window starts at the earliest event of the path.</li>
 *   <li><b>Step windows</b> (default: none): step {@code s} must happen at most this long
 *       after the event matched to step {@code s - 1} (inclusive).</li>
 *   <li><b>Exclusions</b>: see {@link FunnelExclusion}. A path in which the excluding event
 *       occurs after its step {@code from} and before its step {@code to} stops at the step
 *       it had reached when the event occurred (at least {@code from}): it counts up to that
 *       step and no further. The user is not removed
 *       from the funnel as a whole: another path of theirs (a later entry, or a repeat of the
 *       steps after the excluding event) that avoids it still counts. The excluding event must
 *       not be a step.</li>
 *   <li><b>Value per step</b>: the sum, over users reaching the step, of the value of the one
 *       event matched to it (see {@link EventFunnelAccumulator}); a user's other events of the
 *       same name add nothing, so a converter with two orders of 50 contributes 50.</li>
 *   <li><b>Breakdown</b> (default: none): an event property whose value splits the counts,
 *       taken from the event chosen by a {@link BreakdownAttribution} (default first touch).
 *       A missing property counts under the empty string.</li>
 * </ul>
 * Per-step windows and exclusions need an order and are rejected with {@code ANY_ORDER}.
 * Windows are whole milliseconds from 0 to {@code Long.MAX_VALUE - 1} ms; a window with a
 * sub-millisecond part, a negative one or a longer one is rejected, never truncated. A zero
 * window is allowed: the steps must share the entry's (or the previous step's) millisecond.
 *
 * <pre>{@code
 * FunnelDefinition d = FunnelDefinition.of(List.of("visit", "cart", "order"))
 *         .withConversionWindow(Duration.ofDays(7))
 *         .withStepWindow(2, Duration.ofHours(1))        // order within 1 h of cart
 *         .withExclusion(new FunnelExclusion("refund", 1, 2));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest number of steps (paths track steps in an int bit mask). */
    public static final int MAX_STEPS = 32;

    /** Marks an unlimited window. */
    static final long NO_WINDOW = Long.MAX_VALUE;

    private final List<String> steps;
    private final FunnelOrder order;
    private final long conversionWindowMillis;
    private final long[] stepWindowMillis;
    private final List<FunnelExclusion> exclusions;
    private final String breakdownProperty;
    private final BreakdownAttribution attribution;
    /** Event name to dense id: steps 0..k-1, then distinct exclusion events. */
    private final Map<String, Integer> eventIds;
    /** For each exclusion event id - k, the bit mask of steps s whose link (s-1 -> s) it cuts. */
    private final int[] exclusionMasks;

    private FunnelDefinition(List<String> steps, FunnelOrder order, long conversionWindowMillis,
            long[] stepWindowMillis, List<FunnelExclusion> exclusions, String breakdownProperty,
            BreakdownAttribution attribution, Map<String, Integer> eventIds, int[] exclusionMasks) {
        this.steps = steps;
        this.order = order;
        this.conversionWindowMillis = conversionWindowMillis;
        this.stepWindowMillis = stepWindowMillis;
        this.exclusions = exclusions;
        this.breakdownProperty = breakdownProperty;
        this.attribution = attribution;
        this.eventIds = eventIds;
        this.exclusionMasks = exclusionMasks;
    }

    private static FunnelDefinition create(List<String> steps, FunnelOrder order, long window, long[] stepWindows,
            List<FunnelExclusion> exclusions, String breakdownProperty, BreakdownAttribution attribution) {
        List<String> names = List.copyOf(Objects.requireNonNull(steps, "steps"));
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(attribution, "attribution");
        if (names.isEmpty() || names.size() > MAX_STEPS) {
            throw new IllegalArgumentException("number of steps must be in [1, " + MAX_STEPS + "], was " + names.size());
        }
        Map<String, Integer> ids = new HashMap<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("step name must not be blank, was \"" + name + "\"");
            }
            if (ids.putIfAbsent(name, ids.size()) != null) {
                throw new IllegalArgumentException("step names must be unique, was \"" + name + "\" twice");
            }
        }
        List<FunnelExclusion> excl = List.copyOf(exclusions);
        boolean hasStepWindow = Arrays.stream(stepWindows).anyMatch(w -> w != NO_WINDOW);
        if (order == FunnelOrder.ANY_ORDER && (hasStepWindow || !excl.isEmpty())) {
            throw new IllegalArgumentException("order must be ORDERED or STRICT to use "
                    + (hasStepWindow ? "step windows" : "exclusions") + ", was ANY_ORDER");
        }
        List<Integer> masks = new ArrayList<>();
        for (FunnelExclusion x : excl) {
            if (x.toStep() >= names.size()) {
                throw new IllegalArgumentException("toStep of exclusion \"" + x.event() + "\" must be < "
                        + names.size() + " (the number of steps), was " + x.toStep());
            }
            Integer id = ids.get(x.event());
            if (id != null && id < names.size()) {
                throw new IllegalArgumentException("exclusion event must not be a step, was \"" + x.event() + "\"");
            }
            if (id == null) {
                id = ids.size();
                ids.put(x.event(), id);
                masks.add(0);
            }
            int mask = masks.get(id - names.size());
            for (int s = x.fromStep() + 1; s <= x.toStep(); s++) {
                mask |= 1 << s;
            }
            masks.set(id - names.size(), mask);
        }
        return new FunnelDefinition(names, order, window, stepWindows.clone(), excl, breakdownProperty, attribution,
                Map.copyOf(ids), masks.stream().mapToInt(Integer::intValue).toArray());
    }

    private static long[] noStepWindows(int k) {
        long[] w = new long[k];
        Arrays.fill(w, NO_WINDOW);
        return w;
    }

    /**
     * Returns an {@code ORDERED} funnel of the given steps, with no windows, exclusions or breakdown.
     *
     * @param steps the step event names in order
     * @return the definition
     * @throws IllegalArgumentException if there are no steps or more than {@value #MAX_STEPS},
     *     or a name is blank or repeated
     * @throws NullPointerException if the list or a name is null
     */
    public static FunnelDefinition of(List<String> steps) {
        Objects.requireNonNull(steps, "steps");
        return create(steps, FunnelOrder.ORDERED, NO_WINDOW, noStepWindows(steps.size()), List.of(), null,
                BreakdownAttribution.FIRST_TOUCH);
    }

    /**
     * Returns a copy with another order.
     *
     * @param order the order
     * @return the definition
     * @throws IllegalArgumentException if {@code ANY_ORDER} is combined with step windows or exclusions
     */
    public FunnelDefinition withOrder(FunnelOrder order) {
        return create(steps, order, conversionWindowMillis, stepWindowMillis, exclusions, breakdownProperty, attribution);
    }

    /**
     * Returns a copy with a conversion window measured from the entry event.
     *
     * @param window the window, whole milliseconds from 0 to {@code Long.MAX_VALUE - 1} ms
     * @return the definition
     * @throws IllegalArgumentException if the window is negative, too long or has a
     *     sub-millisecond part
     */
    public FunnelDefinition withConversionWindow(Duration window) {
        return create(steps, order, windowMillis(window, "conversionWindow"), stepWindowMillis, exclusions,
                breakdownProperty, attribution);
    }

    /**
     * Returns a copy in which step {@code step} must happen within {@code window} of the event
     * matched to step {@code step - 1}.
     *
     * @param step the later step, 1 to the number of steps - 1
     * @param window the window, whole milliseconds from 0 to {@code Long.MAX_VALUE - 1} ms
     * @return the definition
     * @throws IllegalArgumentException if the step does not exist or is 0, the window is
     *     negative, too long or has a sub-millisecond part, or the order is {@code ANY_ORDER}
     */
    public FunnelDefinition withStepWindow(int step, Duration window) {
        if (step < 1 || step >= steps.size()) {
            throw new IllegalArgumentException("step of a step window must be in [1, " + (steps.size() - 1)
                    + "], was " + step);
        }
        long[] w = stepWindowMillis.clone();
        w[step] = windowMillis(window, "stepWindow of step " + step);
        return create(steps, order, conversionWindowMillis, w, exclusions, breakdownProperty, attribution);
    }

    /**
     * Returns a copy with one more exclusion.
     *
     * @param exclusion the exclusion
     * @return the definition
     * @throws IllegalArgumentException if its steps do not exist, its event is a step, or the
     *     order is {@code ANY_ORDER}
     */
    public FunnelDefinition withExclusion(FunnelExclusion exclusion) {
        List<FunnelExclusion> list = new ArrayList<>(exclusions);
        list.add(Objects.requireNonNull(exclusion, "exclusion"));
        return create(steps, order, conversionWindowMillis, stepWindowMillis, list, breakdownProperty, attribution);
    }

    /**
     * Returns a copy that breaks counts down by an event property.
     *
     * @param property the property name, not blank
     * @param attribution which event of the path supplies the value
     * @return the definition
     * @throws IllegalArgumentException if the property name is blank
     * @throws NullPointerException if an argument is null
     */
    public FunnelDefinition withBreakdown(String property, BreakdownAttribution attribution) {
        if (Objects.requireNonNull(property, "property").isBlank()) {
            throw new IllegalArgumentException("breakdown property must not be blank, was \"" + property + "\"");
        }
        return create(steps, order, conversionWindowMillis, stepWindowMillis, exclusions,
                Objects.requireNonNull(property, "property"), attribution);
    }

    /** The largest window; {@link #NO_WINDOW}, one millisecond more, means unlimited. */
    private static final Duration MAX_WINDOW = Duration.ofMillis(NO_WINDOW - 1);

    private static long windowMillis(Duration window, String field) {
        Objects.requireNonNull(window, field);
        if (window.isNegative()) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + window);
        }
        if (window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_WINDOW
                    + " (Long.MAX_VALUE - 1 ms), was " + window);
        }
        if (window.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException(field + " must be whole milliseconds, was " + window);
        }
        return window.toMillis();
    }

    /**
     * Returns the step names in order.
     *
     * @return the steps
     */
    public List<String> steps() {
        return steps;
    }

    /**
     * Returns the order.
     *
     * @return the order
     */
    public FunnelOrder order() {
        return order;
    }

    /**
     * Returns the conversion window.
     *
     * @return the window, or empty when unlimited
     */
    public Optional<Duration> conversionWindow() {
        return conversionWindowMillis == NO_WINDOW ? Optional.empty() : Optional.of(Duration.ofMillis(conversionWindowMillis));
    }

    /**
     * Returns the window between step {@code step - 1} and step {@code step}.
     *
     * @param step the later step, 1 to the number of steps - 1
     * @return the window, or empty when unlimited
     * @throws IndexOutOfBoundsException if the step does not exist
     */
    public Optional<Duration> stepWindow(int step) {
        Objects.checkIndex(step, steps.size());
        long w = stepWindowMillis[step];
        return step == 0 || w == NO_WINDOW ? Optional.empty() : Optional.of(Duration.ofMillis(w));
    }

    /**
     * Returns the exclusions.
     *
     * @return the exclusions
     */
    public List<FunnelExclusion> exclusions() {
        return exclusions;
    }

    /**
     * Returns the breakdown property.
     *
     * @return the property, or empty when there is no breakdown
     */
    public Optional<String> breakdownProperty() {
        return Optional.ofNullable(breakdownProperty);
    }

    /**
     * Returns which event supplies the breakdown value.
     *
     * @return the attribution
     */
    public BreakdownAttribution breakdownAttribution() {
        return attribution;
    }

    /**
     * Returns the dense id of an event name for the primitive
     * {@link EventFunnelAccumulator#add(long, int, long, double)} path: {@code 0..k-1} for the
     * steps in order, then ids for the exclusion events, and {@code -1} for any other event.
     * Look names up once, not per event.
     *
     * @param eventName the event name
     * @return its id, or -1 if the funnel ignores it
     */
    public int eventId(String eventName) {
        return eventIds.getOrDefault(Objects.requireNonNull(eventName, "eventName"), -1);
    }

    int stepCount() {
        return steps.size();
    }

    int eventIdCount() {
        return eventIds.size();
    }

    long conversionWindowMillis() {
        return conversionWindowMillis;
    }

    long stepWindowMillis(int step) {
        return stepWindowMillis[step];
    }

    /** The bit mask of steps whose incoming link the event cuts; 0 for steps and other events. */
    int exclusionMask(int eventId) {
        return eventId >= steps.size() ? exclusionMasks[eventId - steps.size()] : 0;
    }

    /**
     * Returns whether {@code obj} defines the same funnel.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FunnelDefinition)) {
            return false;
        }
        FunnelDefinition o = (FunnelDefinition) obj;
        return steps.equals(o.steps) && order == o.order && conversionWindowMillis == o.conversionWindowMillis
                && Arrays.equals(stepWindowMillis, o.stepWindowMillis) && exclusions.equals(o.exclusions)
                && Objects.equals(breakdownProperty, o.breakdownProperty) && attribution == o.attribution;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(steps, order, conversionWindowMillis, Arrays.hashCode(stepWindowMillis), exclusions,
                breakdownProperty, attribution);
    }

    /**
     * Returns the steps and order, for example {@code "ORDERED[visit, cart, order]"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return order + "" + steps;
    }

    static void checkEventId(int eventId, FunnelDefinition d) {
        if (eventId < -1 || eventId >= d.eventIdCount()) {
            throw new IllegalArgumentException("eventId must be in [-1, " + (d.eventIdCount() - 1) + "], was " + eventId);
        }
    }

    static long checkTimestamp(long timestampMillis) {
        return Checks.nonNegative(timestampMillis, "timestampMillis");
    }
}
