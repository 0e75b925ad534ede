package io.kpikit.budget;

/**
 * Which amounts an {@link AllocationMix} check compares with its target: the budget (is the
 * plan split as intended?) or the actual spend (did the money go where it was meant to?).
 */
public enum MixBasis {

    /** Shares of the budget. */
    BUDGET,

    /** Shares of the actual. */
    ACTUAL
}
