package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.CNY;
import static io.kpikit.json.shape.Gens.channel;
import static io.kpikit.json.shape.Gens.money;
import static io.kpikit.json.shape.Gens.nonNegativeMoney;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.kpikit.roi.ChannelSpend;
import io.kpikit.roi.ChannelTable;
import io.kpikit.roi.IncrementalReturn;
import io.kpikit.roi.Roas;
import io.kpikit.roi.Roi;
import io.kpikit.roi.SpendLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every roi type: serialise then read gives an equal value, and no NaN or infinity is written. */
class RoiShapesProperties {

    private static Gen<List<Object>> examples() {
        Gen<ChannelSpend> spend = channel().zip(nonNegativeMoney(), nonNegativeMoney(), ChannelSpend::new);
        Gen<ChannelTable> table = lists().of(spend).ofSizeBetween(0, 6).map(l -> ChannelTable.of(CNY, l));
        Gen<IncrementalReturn> holdout = money().zip(integers().between(1, 9), money(), integers().between(1, 9),
                nonNegativeMoney(), (h, hu, t, tu, c) -> IncrementalReturn.ofHoldout(h, hu, t, tu, c));
        Gen<List<Object>> simple = nonNegativeMoney().zip(nonNegativeMoney(), money(), (a, b, c) -> {
            List<Object> l = new ArrayList<>();
            l.add(Roas.of(a, b));
            l.add(Roi.of(c, b));
            l.add(IncrementalReturn.between(c, a, b));
            l.add(new SpendLevel(b, c));
            return l;
        });
        return simple.zip(table, holdout, (l, t, h) -> {
            List<Object> all = new ArrayList<>(l);
            all.add(t);
            all.addAll(t.rows());
            t.rows().forEach(r -> all.add(new ChannelSpend(r.channel(), r.cost(), r.revenue())));
            all.add(h);
            return all;
        });
    }

    @Test
    void everyRoiTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        assertEquals(ShapeTesting.types(RoiShapes.all()), seen);
    }
}
