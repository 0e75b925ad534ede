package io.kpikit.funnel;

/**
 * How the steps of an event funnel must follow each other for a user to progress.
 *
 * <p>A <em>funnel event</em> is an event whose name is one of the funnel's steps; every other
 * event (including exclusion events) is not a funnel event. Events with equal timestamps keep
 * their input order.
 */
public enum FunnelOrder {
    /**
     * Steps in order, other events (funnel or not) allowed in between: a user reaches step
     * {@code i} if after their entry event they did step 1, later step 2, ..., later step
     * {@code i}. Repeated steps are harmless.
     */
    ORDERED,
    /**
     * Steps in order with no other funnel event in between: after step {@code i} the user's
     * next funnel event must be step {@code i + 1}. Events that are not funnel events do not
     * break the path; repeating a step (including the first) does.
     */
    STRICT,
    /**
     * Steps in any order: a user reaches step {@code i} once they have done every one of steps
     * {@code 0..i}, in any order, within the conversion window; step {@code i} counts as
     * reached at the time the last of those was first done. Per-step windows and exclusions,
     * which need an order, are not allowed with this mode.
     */
    ANY_ORDER
}
