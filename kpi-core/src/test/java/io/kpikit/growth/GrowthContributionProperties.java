package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GrowthContributionProperties {

    /** Segment values for a period; a segment is absent when its slot is empty. */
    private static Gen<Map<String, BigDecimal>> period() {
        Gen<List<java.util.Optional<BigDecimal>>> slots = lists().of(Generators.decimals().toOptionals(30))
                .ofSizeBetween(0, 8);
        return slots.map(list -> {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                int segment = i;
                list.get(i).ifPresent(v -> m.put("s" + segment, v));
            }
            return m;
        });
    }

    @Test
    void contributionsSumExactlyToTheTotalChange() {
        qt().forAll(period(), period(), integers().between(0, 1)).checkAssert((previous, current, unused) -> {
            GrowthContribution g = GrowthContribution.between(previous, current);
            BigDecimal sum = BigDecimal.ZERO;
            for (SegmentContribution s : g.segments()) {
                sum = sum.add(s.contribution().numerator());
                assertEquals(0, g.total().previous().abs().compareTo(s.contribution().denominator()));
                Generators.assertFiniteOrExplained(s.contribution(), "contribution of " + s.segment());
            }
            assertEquals(0, g.total().difference().compareTo(sum));
            assertEquals(g.total().relative(), g.sumOfContributions());
            assertEquals(0, sum(previous).compareTo(g.total().previous()));
            assertEquals(0, sum(current).compareTo(g.total().current()));
        });
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
