package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A path set gives back every path exactly: added again in order, the paths make an equal set. */
class PathSetProperties {

    @Test
    void theAccessorsGiveBackEveryPathSoThatItRebuildsEqual() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            List<RandomPaths.Row> rows = RandomPaths.rows(new Random(seed), 5);
            PathSet paths = RandomPaths.build(rows);
            Money sum = Money.zero(RandomPaths.CNY);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(Money.of(rows.get(i).value(), RandomPaths.CNY), paths.value(i), "path " + i);
                sum = sum.plus(paths.value(i));
            }
            assertEquals(paths.totalValue(), sum);
            assertEquals(paths, PathSetTest.rebuild(paths));
            PathSet timed = RandomPaths.timed(rows);
            assertEquals(timed, PathSetTest.rebuild(timed));
        });
    }
}
