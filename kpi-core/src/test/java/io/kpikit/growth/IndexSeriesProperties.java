package io.kpikit.growth;

import static io.kpikit.growth.Generators.assertFiniteOrExplained;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.kpikit.core.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndexSeriesProperties {

    @Test
    void theBaseReadsOneHundredAndEveryIndexIsFiniteOrExplained() {
        // the base is drawn from [0, length) rather than filtered, so a long run cannot give up
        qt().forAll(Generators.series(), integers().between(0, Integer.MAX_VALUE - 1))
                .assuming((values, k) -> values.length > 0)
                .checkAssert((values, k) -> {
                    int base = k % values.length;
                    IndexSeries s = IndexSeries.of(values, base);
                    for (Figure f : s.values()) {
                        assertFiniteOrExplained(f, "index");
                    }
                    if (values[base] > 0) {
                        assertEquals(0, BigDecimal.valueOf(100).compareTo(s.value(base).toBigDecimal()));
                    } else {
                        assertTrue(s.values().stream().noneMatch(Figure::isDefined));
                    }
                });
    }
}
