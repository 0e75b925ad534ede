package io.kpikit.budget;

/**
 * Whether a variance (actual − budget) is good or bad news for its line, given the line's
 * {@link LineKind}: a cost under budget or revenue over budget is {@link #FAVOURABLE}; a cost
 * over budget or revenue under budget is {@link #UNFAVOURABLE}; a zero variance is
 * {@link #NEUTRAL}.
 */
public enum Favourability {

    /** The variance helps: cost below budget, or revenue above budget. */
    FAVOURABLE,

    /** The variance hurts: cost above budget, or revenue below budget. */
    UNFAVOURABLE,

    /** Actual equals budget exactly. */
    NEUTRAL;

    /**
     * Returns the favourability of a variance of the given sign for a line of the given kind.
     *
     * @param kind the kind of line
     * @param varianceSignum the sign of actual − budget: −1, 0 or +1
     * @return the favourability
     * @throws NullPointerException if {@code kind} is null
     */
    static Favourability of(LineKind kind, int varianceSignum) {
        int judged = Integer.signum(varianceSignum) * kind.direction().sign();
        return judged > 0 ? FAVOURABLE : judged < 0 ? UNFAVOURABLE : NEUTRAL;
    }
}
