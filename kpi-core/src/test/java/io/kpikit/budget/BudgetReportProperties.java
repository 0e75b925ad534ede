package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of the roll-up: every node equals the exact sum of the lines in its subtree and of its own
 * lines plus its children; shares of absolute variance sum to 1; no rate is NaN or infinite.
 */
class BudgetReportProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final String[] SEGMENTS = {"online", "offline", "brand", "sem", "kol"};

    /** One random long per line: a path of depth 1..3 over few segments (shared prefixes), kind, budget, actual. */
    private static List<BudgetLine> lines(List<Long> seeds) {
        List<BudgetLine> out = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long s = seeds.get(i);
            int depth = 1 + Math.floorMod(s, 3);
            StringBuilder path = new StringBuilder();
            for (int d = 0; d < depth; d++) {
                path.append(d == 0 ? "" : "/").append(SEGMENTS[Math.floorMod(s >> (2 + 3 * d), SEGMENTS.length)]);
            }
            LineKind kind = (s & (1L << 20)) == 0 ? LineKind.COST : LineKind.REVENUE;
            long budget = Math.floorMod(s >> 21, 10_000_000L) * (((s >> 50) & 3) == 0 ? 0 : 1);
            long actual = (s >> 30) % 20_000_000L;
            out.add(BudgetLine.of("l" + i, "line " + i, path.toString(), kind, Money.ofMinor(budget, CNY),
                    Money.ofMinor(actual, CNY)));
        }
        return out;
    }

    @Test
    void everyNodeIsTheExactSumOfItsSubtreeAndOfItsChildren() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 25)).checkAssert(seeds -> {
            List<BudgetLine> lines = lines(seeds);
            BudgetReport report = BudgetReport.of(lines);
            for (BudgetNode node : report.nodes()) {
                for (LineKind kind : LineKind.values()) {
                    Money budget = Money.zero(CNY);
                    Money actual = Money.zero(CNY);
                    int count = 0;
                    for (BudgetLine l : lines) {
                        if (l.kind() == kind && node.path().contains(l.path())) {
                            budget = budget.plus(l.budget());
                            actual = actual.plus(l.actual());
                            count++;
                        }
                    }
                    Optional<Variance> v = node.variance(kind);
                    assertEquals(count > 0, v.isPresent());
                    if (count == 0) {
                        continue;
                    }
                    assertEquals(budget, v.get().budget());
                    assertEquals(actual, v.get().actual());
                    assertEquals(actual.minus(budget), v.get().variance());
                    // own lines plus children, to the cent: budget, actual and variance alike
                    Money budgetUp = Money.zero(CNY);
                    Money actualUp = Money.zero(CNY);
                    Money varianceUp = Money.zero(CNY);
                    for (BudgetLine l : lines) {
                        if (l.kind() == kind && l.path().equals(node.path())) {
                            budgetUp = budgetUp.plus(l.budget());
                            actualUp = actualUp.plus(l.actual());
                            varianceUp = varianceUp.plus(l.actual().minus(l.budget()));
                        }
                    }
                    for (BudgetNode child : report.children(node.path())) {
                        Optional<Variance> c = child.variance(kind);
                        if (c.isPresent()) {
                            budgetUp = budgetUp.plus(c.get().budget());
                            actualUp = actualUp.plus(c.get().actual());
                            varianceUp = varianceUp.plus(c.get().variance());
                        }
                    }
                    assertEquals(v.get().budget(), budgetUp);
                    assertEquals(v.get().actual(), actualUp);
                    assertEquals(v.get().variance(), varianceUp);
                    assertNoNaN(v.get().variancePercent());
                    assertNoNaN(v.get().executionRate());
                }
            }
        });
    }

    @Test
    void sharesOfAbsoluteVarianceSumToOneWithinEachKind() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 25)).checkAssert(seeds -> {
            List<BudgetLine> lines = lines(seeds);
            BudgetReport report = BudgetReport.of(lines);
            for (LineKind kind : LineKind.values()) {
                List<BudgetLine> ofKind = lines.stream().filter(l -> l.kind() == kind).toList();
                List<Contribution> all = report.largestContributors(kind, lines.size());
                assertEquals(ofKind.size(), all.size());
                Money basis = Money.zero(CNY);
                for (BudgetLine l : ofKind) {
                    basis = basis.plus(l.actual().minus(l.budget()).abs());
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < all.size(); i++) {
                    Contribution c = all.get(i);
                    BudgetLine line = report.line(c.lineId()).orElseThrow();
                    assertEquals(kind, line.kind());
                    assertEquals(line.actual().minus(line.budget()), c.variance());
                    // the numerator is the line's own |variance|, the denominator its kind's total
                    assertEquals(0, line.actual().minus(line.budget()).abs().amount().compareTo(c.share().numerator()));
                    assertEquals(basis, c.totalAbsoluteVariance());
                    assertEquals(0, basis.amount().compareTo(c.share().denominator()));
                    assertEquals(basis.isZero(), !c.share().isDefined());
                    sum = sum.add(c.share().numerator());
                    if (i > 0) {
                        assertTrue(all.get(i - 1).variance().abs().compareTo(c.variance().abs()) >= 0);
                    }
                }
                assertEquals(0, sum.compareTo(basis.amount())); // Σ|v_i| / Σ|v| = 1 exactly
            }
        });
    }

    private static void assertNoNaN(Ratio r) {
        if (r.isDefined()) {
            assertTrue(Double.isFinite(r.doubleValue()), r.toString());
        } else {
            assertTrue(r.undefinedReason().isPresent());
        }
    }
}
