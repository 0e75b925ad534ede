package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.kpikit.core.Direction;
import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import io.kpikit.funnel.FunnelStage;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewReportProperties {

    /** A valid document whose every figure comes from {@code v} (values 0..1,000,000; zeros are common). */
    private static ReviewDocument document(List<Integer> v) {
        Money[] m = new Money[v.size()];
        for (int i = 0; i < v.size(); i++) {
            m[i] = Money.ofMinor(v.get(i), ReviewFixtures.CNY);
        }
        BigDecimal share0 = BigDecimal.valueOf(v.get(0) % 101, 2);
        BigDecimal share1 = BigDecimal.valueOf(v.get(1) % 101, 2);
        List<KpiInput> kpis = List.of(
                new KpiInput("level", null, Direction.LOWER_IS_BETTER, TargetKind.LEVEL, dec(v.get(2) + ""),
                        dec(v.get(3) + ""), dec(v.get(4) + ""), dec("1"), null,
                        List.of(new SeriesPoint("Q1", dec(v.get(5) + ""), dec(v.get(6) + ""), dec(v.get(7) + "")),
                                new SeriesPoint("Q2", null, dec(v.get(8) + ""), null))),
                new KpiInput("growth", null, Direction.HIGHER_IS_BETTER, TargetKind.GROWTH, dec(v.get(9) + ""),
                        BigDecimal.valueOf(v.get(10) % 50 - 10, 2), dec(v.get(11) + ""), dec("0"), null, null),
                new KpiInput("points", null, Direction.HIGHER_IS_BETTER, TargetKind.POINTS, share0,
                        BigDecimal.valueOf(v.get(12) % 11 - 5), share1, dec("2"), null, null));
        BudgetInput budget = new BudgetInput(null, null, List.of(
                new BudgetLineInput("a/x", null, io.kpikit.budget.LineKind.COST, m[13], m[14], null, null, null),
                new BudgetLineInput("a/y", null, io.kpikit.budget.LineKind.REVENUE, m[15], m[0], null, null, null),
                new BudgetLineInput("b", null, io.kpikit.budget.LineKind.COST, m[1], m[2], null, null, null)));
        List<ChannelInput> channels = List.of(new ChannelInput("A", m[3], m[4], m[5].negated(), (long) v.get(6)),
                new ChannelInput("B", m[7], m[8], null, null));
        long start = v.get(9);
        long lost = v.get(10) % (start + 1);
        CustomerInput customers = new CustomerInput(start, v.get(11), lost, (long) v.get(12), m[13],
                BigDecimal.valueOf(v.get(14) % 101, 2), null,
                new NpsInput(null, (long) v.get(15) % 7, (long) v.get(0) % 5, (long) v.get(1) % 3),
                new CsatInput((long) Math.min(v.get(2), v.get(3)), (long) Math.max(v.get(2), v.get(3)), null, null));
        MarketInput market = new MarketInput(null, "us", dec(v.get(4) + ""), Map.of("A", dec(v.get(5) + "")),
                dec(v.get(6) + ""), Map.of("A", dec(v.get(7) + ""), "B", dec(v.get(8) + "")), null);
        List<Integer> sorted = new ArrayList<>(v.subList(0, 4));
        sorted.sort((a, b) -> b - a);
        List<FunnelStage> stages = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            stages.add(new FunnelStage("s" + i, sorted.get(i)));
        }
        return new ReviewDocument("Acme", ReviewFixtures.FY2024, ReviewFixtures.CNY, kpis, budget, channels,
                customers, market, new FunnelInput(stages, null, null, null, null, null), null);
    }

    /** Walks every record component and fails on a non-finite double or an undefined value without a reason. */
    private static void assertFinite(Object value, String at) throws ReflectiveOperationException {
        if (value == null || value instanceof String || value instanceof Enum || value instanceof Money
                || value instanceof BigDecimal || value instanceof Long || value instanceof Integer
                || value instanceof Boolean) {
            return;
        }
        if (value instanceof Double) {
            assertTrue(Double.isFinite((Double) value), at);
        } else if (value instanceof Ratio) {
            Ratio r = (Ratio) value;
            assertTrue(r.isDefined() ? Double.isFinite(r.doubleValue()) : r.undefinedReason().isPresent(), at);
        } else if (value instanceof Figure) {
            Figure f = (Figure) value;
            assertTrue(f.isDefined() ? Double.isFinite(f.doubleValue()) : f.undefinedReason().isPresent(), at);
        } else if (value instanceof PointChange) {
            assertFinite(((PointChange) value).points(), at + "/points");
            assertFinite(((PointChange) value).relative(), at + "/relative");
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                assertFinite(list.get(i), at + "/" + i);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                assertFinite(c.getAccessor().invoke(value), at + "/" + c.getName());
            }
        } else {
            throw new AssertionError("unexpected type in a report: " + value.getClass() + " at " + at);
        }
    }

    /** A whole report takes a few milliseconds, so this property runs 200 documents, not 1,000. */
    @Test
    void noReportFigureIsNaNOrInfinite() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(16, 16))
                .checkAssert(v -> {
                    try {
                        assertFinite(ReviewReport.of(document(v)), "");
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** Whether a report part holds an undefined figure: a ratio, a figure or a money per unit without a value. */
    private static boolean hasUndefined(Object value) throws ReflectiveOperationException {
        if (value instanceof Ratio) {
            return !((Ratio) value).isDefined();
        }
        if (value instanceof Figure) {
            return !((Figure) value).isDefined();
        }
        if (value instanceof PointChange) {
            return hasUndefined(((PointChange) value).points()) || hasUndefined(((PointChange) value).relative());
        }
        if (value instanceof MoneyPerUnit || value instanceof LtvFigure) {
            RecordComponent reason = value.getClass().getRecordComponents()[value instanceof MoneyPerUnit ? 3 : 4];
            if (reason.getAccessor().invoke(value) != null) {
                return true;
            }
        }
        if (value instanceof List) {
            for (Object o : (List<?>) value) {
                if (hasUndefined(o)) {
                    return true;
                }
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                if (hasUndefined(c.getAccessor().invoke(value))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The docs promise that every undefined figure is covered by a warning: each section holding
     * one has a warning of its own, except that the growth section's level and growth readings
     * repeat the attainment section's, whose warnings cover them.
     */
    @Test
    void everySectionWithAnUndefinedFigureHasAWarning() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(16, 16))
                .checkAssert(v -> {
                    ReviewReport r = ReviewReport.of(document(v));
                    try {
                        for (RecordComponent c : ReviewReport.class.getRecordComponents()) {
                            Object section = c.getAccessor().invoke(r);
                            if (c.getName().equals("warnings") || !hasUndefined(section)) {
                                continue;
                            }
                            String name = c.getName();
                            assertTrue(r.warnings().stream().anyMatch(w -> w.section().equals(name)
                                    || name.equals("growth") && w.section().equals("attainment")),
                                    () -> name + " has an undefined figure but no warning: " + r.warnings());
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void budgetTreeRootEqualsTheSumOfTheLinesOfEachKind() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(16, 16))
                .checkAssert(v -> {
                    ReviewDocument d = document(v);
                    BudgetSection b = ReviewReport.of(new ReviewDocument("Acme", ReviewFixtures.FY2024,
                            ReviewFixtures.CNY, null, d.budget(), null, null, null, null, null)).budget();
                    Money lineCost = b.lines().get(0).actual().plus(b.lines().get(2).actual());
                    VarianceRow rootCost = b.tree().stream()
                            .filter(r -> r.path().isEmpty() && r.kind() == io.kpikit.budget.LineKind.COST)
                            .findFirst().orElseThrow();
                    assertTrue(rootCost.actual().equals(lineCost));
                });
    }
}
