package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PathSet.Builder} past its first buffers: timed touches, and many values too large for a double. */
class PathSetBuilderGrowthTest {

    @Test
    void timedPathsBeyondTheFirstTouchBufferKeepEveryTouchAndAge() {
        // 200 paths of 20 touches each = 4,000 touches; touch j of path i is "c<j>" aged i + j seconds
        PathSet.Builder b = PathSet.builderWithTouchAges(RandomPaths.CNY);
        for (int i = 0; i < 200; i++) {
            List<String> channels = new ArrayList<>();
            List<Double> ages = new ArrayList<>();
            for (int j = 0; j < 20; j++) {
                channels.add("c" + j);
                ages.add((double) (i + j));
            }
            b.add(channels, ages, 1, new BigDecimal("1.00"), 0);
        }
        PathSet p = b.build();
        assertEquals(200, p.size());
        for (int i = 0; i < 200; i += 37) {
            assertEquals(20, p.path(i).size());
            assertEquals("c19", p.path(i).get(19));
            assertEquals((double) i, p.touchAges(i).get(0));
            assertEquals(i + 19.0, p.touchAges(i).get(19));
        }
        assertEquals(Money.parse("CNY 200.00"), p.totalValue());
    }

    @Test
    void moreThanFourLargeValuesAreEachKeptExactly() {
        // values of 2^49 minor units or more are kept as BigDecimals; six of them:
        // 10,000,000,000,000.0i CNY for i = 1..6, total 60,000,000,000,000.21
        PathSet.Builder b = PathSet.builder(RandomPaths.CNY);
        for (int i = 1; i <= 6; i++) {
            b.add(List.of("A"), 1, new BigDecimal("10000000000000.0" + i), 0);
        }
        PathSet p = b.build();
        for (int i = 0; i < 6; i++) {
            assertEquals(Money.parse("CNY 10000000000000.0" + (i + 1)), p.value(i));
        }
        assertEquals(Money.parse("CNY 60000000000000.21"), p.totalValue());
    }
}
