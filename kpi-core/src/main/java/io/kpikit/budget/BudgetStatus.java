package io.kpikit.budget;

/**
 * Where an actual stands against its budget and a {@link ToleranceBand}.
 *
 * <p>The status describes the direction of the deviation, whatever the line's kind:
 * {@link #OVERSPENT} means the actual is above the band for a cost line and a revenue line
 * alike (for revenue that is good news). Read it together with {@link Favourability} for the
 * judgement.
 */
public enum BudgetStatus {

    /** The variance % lies within the band, bounds included; also budget 0 with actual 0. */
    WITHIN_TOLERANCE,

    /** The variance % is above the band's upper tolerance: actual above budget. */
    OVERSPENT,

    /** The variance % is below the band's lower tolerance: actual below budget. */
    UNDERSPENT,

    /**
     * The budget is zero and the actual is not (either sign): money moved on a line that had
     * no plan, so no variance % exists to compare with the band.
     */
    UNPLANNED
}
