package io.kpikit.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardProperties {

    @Test
    void contributionsSumToTheCompositeWhichLiesBetweenTheLowestAndHighestScore() {
        qt().forAll(lists().of(integers().between(-200, 300)).ofSizeBetween(1, 8),
                        lists().of(integers().between(0, 5)).ofSizeBetween(8, 8))
                .assuming((scores, weights) -> weights.subList(0, scores.size()).stream().mapToInt(i -> i).sum() > 0)
                .checkAssert((scores, weights) -> {
                    List<ScorecardKpi> kpis = new ArrayList<>();
                    for (int i = 0; i < scores.size(); i++) {
                        kpis.add(ScorecardKpi.of("kpi" + i, Ratio.of(scores.get(i), 100), weights.get(i))
                                .withFloor(0).withCap(1.5));
                    }
                    ScorecardResult r = Scorecard.normalised(kpis).score();
                    BigDecimal sum = BigDecimal.ZERO;
                    BigDecimal min = null;
                    BigDecimal max = null;
                    for (ScorecardLine line : r.lines()) {
                        sum = sum.add(line.contribution().toBigDecimal());
                        BigDecimal s = line.score().toBigDecimal();
                        assertTrue(s.signum() >= 0 && s.compareTo(new BigDecimal("1.5")) <= 0, line::toString);
                        if (line.weight().signum() > 0) {
                            min = min == null || s.compareTo(min) < 0 ? s : min;
                            max = max == null || s.compareTo(max) > 0 ? s : max;
                        }
                    }
                    assertEquals(0, sum.compareTo(r.composite().toBigDecimal()));
                    // a weighted mean; the normalised weights are exact to 34 digits
                    BigDecimal slack = new BigDecimal("1e-30");
                    BigDecimal composite = r.composite().toBigDecimal();
                    assertTrue(composite.compareTo(min.subtract(slack)) >= 0 && composite.compareTo(max.add(slack)) <= 0,
                            composite + " outside [" + min + ", " + max + "]");
                });
    }
}
