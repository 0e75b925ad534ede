package io.kpikit.funnel;

import io.kpikit.core.Checks;
import java.util.Map;
import java.util.Objects;

/**
 * One raw event for an event funnel: who did what, when, with an optional value and optional
 * properties (for breakdowns).
 *
 * <p>The value (revenue of an order, say) is a finite number; for a step event it must be a
 * decimal amount with at most 6 decimal places and magnitude at most 1e9, which enters sums
 * exactly (see {@link EventFunnelAccumulator}; other values are rejected there, never
 * rounded). Timestamps are epoch milliseconds, never negative.
 *
 * @param userId the user, not null
 * @param event the event name (a step name, an exclusion event, or anything else)
 * @param timestampMillis when, in epoch milliseconds, at least 0
 * @param value the value carried by the event, 0 when none
 * @param properties properties for breakdowns, possibly empty; copied
 */
public record FunnelEvent(String userId, String event, long timestampMillis, double value,
        Map<String, String> properties) {

    /**
     * Validates and copies the event.
     *
     * @param userId the user, not null
     * @param event the event name (a step name, an exclusion event, or anything else)
     * @param timestampMillis when, in epoch milliseconds, at least 0
     * @param value the value carried by the event, 0 when none
     * @param properties properties for breakdowns, possibly empty; copied
     * @throws NullPointerException if a component (or a property key or value) is null
     * @throws IllegalArgumentException if the timestamp is negative or the value not finite
     */
    public FunnelEvent {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(event, "event");
        Checks.nonNegative(timestampMillis, "timestampMillis");
        Checks.finite(value, "value");
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    }

    /**
     * Returns an event with no value and no properties.
     *
     * @param userId the user
     * @param event the event name
     * @param timestampMillis when, in epoch milliseconds
     * @return the event
     */
    public static FunnelEvent of(String userId, String event, long timestampMillis) {
        return new FunnelEvent(userId, event, timestampMillis, 0, Map.of());
    }

    /**
     * Returns an event with a value and no properties.
     *
     * @param userId the user
     * @param event the event name
     * @param timestampMillis when, in epoch milliseconds
     * @param value the value of the event
     * @return the event
     */
    public static FunnelEvent of(String userId, String event, long timestampMillis, double value) {
        return new FunnelEvent(userId, event, timestampMillis, value, Map.of());
    }
}
