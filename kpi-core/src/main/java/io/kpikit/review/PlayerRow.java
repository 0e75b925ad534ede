package io.kpikit.review;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One player of the market section: its sales and share, and with last period's figures its share
 * change and the points the own player took from it.
 *
 * <pre>{@code
 * // competitor A: 40% → 37%, 3 of the own 6 points taken from it
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the player
 * @param own whether this is the own player
 * @param sales the sales this period
 * @param share sales ÷ market total
 * @param salesLastPeriod the sales last period, or null
 * @param shareChange the change of the share, or null without last period
 * @param takenPoints the points of the own gain taken from this competitor (ShareShift), or
 *     null for the own player or without last period
 */
public record PlayerRow(String name, boolean own, BigDecimal sales, Ratio share, BigDecimal salesLastPeriod,
        PointChange shareChange, Ratio takenPoints) {

    /**
     * Checks the components and copies the lists.
     *
     * @param name the player
     * @param own whether this is the own player
     * @param sales the sales this period
     * @param share sales ÷ market total
     * @param salesLastPeriod the sales last period, or null
     * @param shareChange the change of the share, or null without last period
     * @param takenPoints the points of the own gain taken from this competitor (ShareShift), or
     *     null for the own player or without last period
     * @throws NullPointerException if a required component is null
     */
    public PlayerRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(share, "share");
    }
}
