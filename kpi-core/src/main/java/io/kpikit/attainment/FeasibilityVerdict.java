package io.kpikit.attainment;

/**
 * Whether a target needs more growth than history suggests, as judged by a
 * {@link FeasibilityRule}.
 */
public enum FeasibilityVerdict {

    /** The required rate is at or below the rule's threshold. */
    WITHIN_HISTORY,

    /** The required rate is above the rule's threshold: the target needs a closer look. */
    EXCEEDS_HISTORY,

    /** The required rate is undefined (a last value of zero or below, say), so no verdict. */
    UNDEFINED
}
