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
            int depth = 1 + (int) Math.floorMod(s, 3);
            StringBuilder path = new StringBuilder();
            for (int d = 0; d < depth; d++) {
                path.append(d == 0 ? "" : "/").append(SEGMENTS[(int) Math.floorMod(s >> (2 + 3 * d), SEGMENTS.length)]);
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
                    // own lines plus children, to the cent
                    Money fromChildren = Money.zero(CNY);
                    for (BudgetLine l : lines) {
                        if (l.kind() == kind && l.path().equals(node.path())) {
                            fromChildren = fromChildren.plus(l.budget());
                        }
                    }
                    for (BudgetNode child : report.children(node.path())) {
                        fromChildren = fromChildren.plus(child.variance(kind).map(Variance::budget).orElse(Money.zero(CNY)));
                    }
                    assertEquals(v.get().budget(), fromChildren);
                    assertEquals(v.get().actual().minus(v.get().budget()), v.get().variance());
                    assertNoNaN(v.get().variancePercent());
                    assertNoNaN(v.get().executionRate());
                }
            }
        });
    }

    @Test
    void sharesOfAbsoluteVarianceSumToOne() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 25)).checkAssert(seeds -> {
            BudgetReport report = BudgetReport.of(lines(seeds));
            List<Contribution> all = report.largestContributors(seeds.size());
            assertEquals(seeds.size(), all.size());
            if (!all.get(0).share().isDefined()) {
                assertTrue(all.stream().allMatch(c -> c.variance().isZero()));
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal denominator = all.get(0).share().denominator();
            for (int i = 0; i < all.size(); i++) {
                Contribution c = all.get(i);
                sum = sum.add(c.share().numerator());
                assertEquals(0, denominator.compareTo(c.share().denominator()));
                if (i > 0) {
                    assertTrue(all.get(i - 1).variance().abs().compareTo(c.variance().abs()) >= 0);
                }
            }
            assertEquals(0, sum.compareTo(denominator)); // Σ|v_i| / Σ|v| = 1 exactly
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
