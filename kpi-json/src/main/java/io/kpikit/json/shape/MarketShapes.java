package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.POINT_CHANGE;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.enumOf;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.mapOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import io.kpikit.market.CompetitorShift;
import io.kpikit.market.Concentration;
import io.kpikit.market.Hhi;
import io.kpikit.market.HhiGuidelines;
import io.kpikit.market.Market;
import io.kpikit.market.Player;
import io.kpikit.market.ShareShift;
import java.util.List;
import java.util.Optional;

/** Shapes of {@code io.kpikit.market}: players, markets, HHI, share shifts. */
final class MarketShapes {

    /** The guideline the written concentration class uses. */
    static final HhiGuidelines GUIDELINES = HhiGuidelines.US_2023;

    private static final Codec<Optional<Concentration>> CONCENTRATION = optional(enumOf(Concentration.class));

    /** A player and its sales. */
    static final Shape<Player> PLAYER = Shape.ofRecord(Player.class).build();

    /**
     * A market: its players; the total, each player's share, the CR4, the HHI as a ratio and its
     * concentration class under the 2023 US merger guidelines ({@code null} when undefined).
     */
    static final Shape<Market> MARKET = Shape.builder(Market.class)
            .input("players", listOf(object(Player.class)), Market::players)
            .derived("total", DECIMAL, Market::total)
            .derived("shares", mapOf(RATIO), Market::shares)
            .derived("cr4", RATIO, m -> m.concentrationRatio(4))
            .derived("hhi", RATIO, m -> m.hhi().ratio())
            .derived("concentration", CONCENTRATION, m -> concentration(m.hhi()))
            .build(v -> Market.of(v.list("players", Player.class)));

    /** An HHI, write-only (core builds it only from a market): the ratio and the concentration class. */
    static final Shape<Hhi> HHI = Shape.builder(Hhi.class)
            .derived("ratio", RATIO, Hhi::ratio)
            .derived("concentration", CONCENTRATION, MarketShapes::concentration)
            .writeOnly();

    /** One competitor's share change and the points of the own gain taken from it. */
    static final Shape<CompetitorShift> COMPETITOR_SHIFT = Shape.ofRecord(CompetitorShift.class).build();

    /**
     * A share shift, write-only: core keeps the share changes, not the two markets it was built
     * from, and has no factory from the changes.
     */
    static final Shape<ShareShift> SHARE_SHIFT = Shape.builder(ShareShift.class)
            .derived("own", STRING, ShareShift::own)
            .derived("ownChange", POINT_CHANGE, ShareShift::ownChange)
            .derived("takenFromCompetitors", RATIO, ShareShift::takenFromCompetitors)
            .derived("competitors", listOf(object(CompetitorShift.class)), ShareShift::competitors)
            .writeOnly();

    private MarketShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(PLAYER, MARKET, HHI, COMPETITOR_SHIFT, SHARE_SHIFT);
    }

    private static Optional<Concentration> concentration(Hhi hhi) {
        return hhi.isDefined() ? Optional.of(hhi.concentration(GUIDELINES)) : Optional.empty();
    }
}
