package io.kpikit.budget;

import io.kpikit.core.Direction;

/**
 * Whether a budget line plans money going out (a cost) or coming in (revenue), which decides
 * whether a positive variance is good or bad.
 *
 * <p>For a {@link #COST} line spending less than budget is favourable
 * ({@link Direction#LOWER_IS_BETTER}); for a {@link #REVENUE} line earning more than budget is
 * favourable ({@link Direction#HIGHER_IS_BETTER}).
 */
public enum LineKind {

    /** Money spent: media, agencies, events. Under budget is favourable. */
    COST(Direction.LOWER_IS_BETTER),

    /** Money earned: sales, sponsorship income. Over budget is favourable. */
    REVENUE(Direction.HIGHER_IS_BETTER);

    private final Direction direction;

    LineKind(Direction direction) {
        this.direction = direction;
    }

    /**
     * Returns the polarity of this kind: lower is better for cost, higher for revenue.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }
}
