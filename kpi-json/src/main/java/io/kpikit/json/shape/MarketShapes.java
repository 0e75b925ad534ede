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
import java.math.BigDecimal;
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

    /**
     * An HHI: the shares it was computed from (a market's sales, in player order); the ratio and
     * the concentration class, checked against {@link Hhi#of}.
     */
    static final Shape<Hhi> HHI = Shape.builder(Hhi.class)
            .input("shares", listOf(DECIMAL), Hhi::shares)
            .derived("ratio", RATIO, Hhi::ratio)
            .derived("concentration", CONCENTRATION, MarketShapes::concentration)
            .build(v -> Hhi.of(v.list("shares", BigDecimal.class)));

    /** One competitor's share change and the points of the own gain taken from it. */
    static final Shape<CompetitorShift> COMPETITOR_SHIFT = Shape.ofRecord(CompetitorShift.class).build();

    /**
     * A share shift: the own player and the two markets it was computed from; the own change, the
     * points taken from competitors and each competitor's shift, checked against
     * {@link ShareShift#between}.
     */
    static final Shape<ShareShift> SHARE_SHIFT = Shape.builder(ShareShift.class)
            .input("own", STRING, ShareShift::own)
            .input("before", object(Market.class), ShareShift::before)
            .input("after", object(Market.class), ShareShift::after)
            .derived("ownChange", POINT_CHANGE, ShareShift::ownChange)
            .derived("takenFromCompetitors", RATIO, ShareShift::takenFromCompetitors)
            .derived("competitors", listOf(object(CompetitorShift.class)), ShareShift::competitors)
            .build(v -> ShareShift.between(v.get("before", Market.class), v.get("after", Market.class),
                    v.get("own", String.class)));

    private MarketShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(PLAYER, MARKET, HHI, COMPETITOR_SHIFT, SHARE_SHIFT);
    }

    private static Optional<Concentration> concentration(Hhi hhi) {
        return hhi.isDefined() ? Optional.of(hhi.concentration(GUIDELINES)) : Optional.empty();
    }
}
