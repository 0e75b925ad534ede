package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.nonNegativeDecimals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.maps;

import io.kpikit.market.Hhi;
import io.kpikit.market.Market;
import io.kpikit.market.Player;
import io.kpikit.market.ShareShift;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every market type: serialise then read gives an equal value, and no NaN or infinity is written. */
class MarketShapesProperties {

    private static Gen<Market> markets() {
        Gen<Map<String, BigDecimal>> sales = maps().of(Gens.channel(), nonNegativeDecimals()).ofSizeBetween(0, 6);
        return sales.map(m -> {
            List<Player> players = new ArrayList<>();
            m.forEach((name, s) -> players.add(new Player(name, s)));
            players.add(new Player("own", BigDecimal.valueOf(players.size())));
            return Market.of(players);
        });
    }

    @Test
    void everyMarketTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(markets(), markets()).checkAssert((before, after) -> {
            ShareShift shift = ShareShift.between(before, after, "own");
            List<Object> values = new ArrayList<>(List.of(before, after, before.hhi(), shift,
                    Hhi.of(after.players().stream().map(p -> p.sales().movePointLeft(2)).toList())));
            values.addAll(before.players());
            values.addAll(shift.competitors());
            values.forEach(v -> {
                ShapeTesting.roundTrip(v);
                seen.add(v.getClass());
            });
        });
        assertEquals(ShapeTesting.types(MarketShapes.all()), seen);
    }
}
