package io.kpikit.funnel;

import java.util.Objects;

/**
 * An exclusion: a path in which {@code event} occurs after its step {@code fromStep} and
 * before its step {@code toStep} stops at the step it had reached when the event occurred
 * (see {@link FunnelDefinition}). Steps are 0-based indexes into the funnel's steps.
 * Example: for visit, cart, order, {@code new FunnelExclusion("support call", 0, 2)} stops a
 * user who calls support after visiting at visit (if they had not yet added to cart) or at
 * cart.
 *
 * @param event the name of the excluding event, not blank; not a step of the funnel
 * @param fromStep the step after which the event excludes, 0-based
 * @param toStep the step before which the event excludes, greater than {@code fromStep}
 */
public record FunnelExclusion(String event, int fromStep, int toStep) {

    /**
     * Validates the exclusion on its own; the funnel definition checks the steps exist.
     *
     * @param event the name of the excluding event, not blank; not a step of the funnel
     * @param fromStep the step after which the event excludes, 0-based
     * @param toStep the step before which the event excludes, greater than {@code fromStep}
     * @throws NullPointerException if the event is null
     * @throws IllegalArgumentException if the event is blank, or {@code fromStep} is negative or
     *     not below {@code toStep}
     */
    public FunnelExclusion {
        Objects.requireNonNull(event, "event");
        if (event.isBlank()) {
            throw new IllegalArgumentException("event of exclusion must not be blank, was \"" + event + "\"");
        }
        if (fromStep < 0) {
            throw new IllegalArgumentException("fromStep of exclusion \"" + event + "\" must be >= 0, was " + fromStep);
        }
        if (toStep <= fromStep) {
            throw new IllegalArgumentException("toStep of exclusion \"" + event + "\" must be > fromStep (" + fromStep
                    + "), was " + toStep);
        }
    }
}
