package io.kpikit.funnel;

/**
 * Which of a user's events supplies the breakdown property value under which the user is
 * counted, at every step they reached.
 */
public enum BreakdownAttribution {
    /** The event matched to the first step of the user's counted path (the default). */
    FIRST_TOUCH,
    /** The event matched to the furthest step the user reached. */
    LAST_TOUCH
}
