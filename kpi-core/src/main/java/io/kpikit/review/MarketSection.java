package io.kpikit.review;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The market section of a review report: the own share, relative share and HHI, and with last
 * period's figures the share change in points and where the share came from.
 *
 * <pre>{@code
 * report.market().shareChange().points();   // 20% → 26%: +6 points
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param unit the unit of the sales, or null
 * @param own the own player
 * @param total the market total this period
 * @param share own sales ÷ total
 * @param relativeShare own sales ÷ the largest competitor's
 * @param hhi the Herfindahl–Hirschman index on the 0–10,000 scale
 * @param shareChange the own share change, or null without last period
 * @param takenFromCompetitors the own gain in points, 0 when it lost share, or null without
 *     last period
 * @param players the own player first, then the competitors by name
 */
public record MarketSection(String unit, String own, BigDecimal total, Ratio share, Ratio relativeShare, Ratio hhi,
        PointChange shareChange, Ratio takenFromCompetitors, List<PlayerRow> players) {

    /**
     * Checks the components and copies the lists.
     *
     * @param unit the unit of the sales, or null
     * @param own the own player
     * @param total the market total this period
     * @param share own sales ÷ total
     * @param relativeShare own sales ÷ the largest competitor's
     * @param hhi the Herfindahl–Hirschman index on the 0–10,000 scale
     * @param shareChange the own share change, or null without last period
     * @param takenFromCompetitors the own gain in points, 0 when it lost share, or null without
     *     last period
     * @param players the own player first, then the competitors by name
     * @throws NullPointerException if a required component is null
     */
    public MarketSection {
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(relativeShare, "relativeShare");
        Objects.requireNonNull(hhi, "hhi");
        players = List.copyOf(Objects.requireNonNull(players, "players"));
    }
}
