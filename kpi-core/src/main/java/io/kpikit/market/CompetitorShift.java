package io.kpikit.market;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * One competitor's part of a {@link ShareShift}: how its share changed and how many of the
 * own player's gained points are counted as taken from it.
 *
 * <p>Example: a competitor that went from 30% to 25% while the own brand gained 8 points,
 * with all losers together losing 8 points, has {@code change.points() = −5} and
 * {@code takenPoints = 5}.
 *
 * @param competitor the competitor's name
 * @param change the change of its share
 * @param takenPoints the points of the own player's gain attributed to this competitor,
 *     {@code >= 0}; zero for a competitor that did not lose share
 */
public record CompetitorShift(String competitor, PointChange change, Ratio takenPoints) {

    /**
     * Validates the record.
     *
     * @param competitor the competitor's name
     * @param change the change of its share
     * @param takenPoints the points of the own player's gain attributed to this competitor, {@code >= 0}; zero for a competitor that did not lose share
     * @throws NullPointerException if an argument is null
     */
    public CompetitorShift {
        Objects.requireNonNull(competitor, "competitor");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(takenPoints, "takenPoints");
    }
}
