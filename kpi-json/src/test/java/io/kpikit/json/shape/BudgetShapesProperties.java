package io.kpikit.json.shape;

import static io.kpikit.json.shape.Gens.CNY;
import static io.kpikit.json.shape.Gens.money;
import static io.kpikit.json.shape.Gens.nonNegativeDecimals;
import static io.kpikit.json.shape.Gens.nonNegativeMoney;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.kpikit.budget.AllocationMix;
import io.kpikit.budget.BudgetLine;
import io.kpikit.budget.BudgetReport;
import io.kpikit.budget.ChannelBudget;
import io.kpikit.budget.FlexibleBudget;
import io.kpikit.budget.ForecastMethod;
import io.kpikit.budget.LedgerActuals;
import io.kpikit.budget.LineKind;
import io.kpikit.budget.MixBasis;
import io.kpikit.budget.MixCheck;
import io.kpikit.budget.MixTarget;
import io.kpikit.budget.PhasedBudget;
import io.kpikit.budget.Posting;
import io.kpikit.budget.PriceQuantityVariance;
import io.kpikit.budget.ReallocationProposal;
import io.kpikit.budget.ToleranceBand;
import io.kpikit.budget.Variance;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every budget type: serialise then read gives an equal value, and no NaN or infinity is written. */
class BudgetShapesProperties {

    private static final List<String> PATHS = List.of("online/kol", "online/sem", "online/feed", "offline/expo",
            "offline", "brand/tv/ctv");

    private static Gen<BudgetLine> line(int i) {
        return Generate.pick(PATHS).zip(Generate.enumValues(LineKind.class), nonNegativeMoney(), nonNegativeMoney(),
                Generate.pick(List.of("", "digital", "social", "events")),
                (path, kind, budget, actual, tag) -> {
                    BudgetLine l = BudgetLine.of("line" + i, "Line " + i, path, kind, budget, actual);
                    return tag.isEmpty() ? l : l.withTag("channel", tag);
                });
    }

    private static Gen<ToleranceBand> bands() {
        Gen<BigDecimal> fraction = integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 2));
        return fraction.zip(fraction, ToleranceBand::of);
    }

    private static Gen<List<Object>> examples() {
        Gen<BudgetReport> report = line(0).zip(line(1), line(2), bands(), (a, b, c, band) ->
                BudgetReport.of(List.of(a, b, c), band));
        Gen<List<Money>> amounts = lists().of(nonNegativeMoney()).ofSizeBetween(1, 12);
        Gen<PhasedBudget> phased = amounts.zip(amounts, Generate.enumValues(LineKind.class),
                (plan, actuals, kind) -> PhasedBudget.of("sem", kind, plan, actuals.subList(0, Math.min(actuals.size(),
                        plan.size()))));
        Gen<LedgerActuals> ledger = lists().of(Gens.channel().zip(integers().between(0, 3), money(), Posting::new))
                .ofSizeBetween(0, 8).map(p -> LedgerActuals.of(CNY, 4, p));
        Gen<FlexibleBudget> flexible = nonNegativeMoney().zip(nonNegativeDecimals(), nonNegativeDecimals(),
                nonNegativeMoney(), FlexibleBudget::of);
        Gen<PriceQuantityVariance> pqv = nonNegativeMoney().zip(nonNegativeDecimals(), nonNegativeMoney(),
                nonNegativeDecimals(), PriceQuantityVariance::of);
        Gen<ChannelBudget> channel = Gens.channel().zip(nonNegativeMoney(), integers().between(0, 50),
                (name, current, roas) -> new ChannelBudget(name, current, Ratio.of(roas, 10), Money.zero(CNY),
                        current.plus(Money.of("1000.00", "CNY"))));
        Gen<ReallocationProposal> proposal = lists().of(channel).ofSizeBetween(1, 5)
                .assuming(l -> l.stream().map(ChannelBudget::channel).distinct().count() == l.size())
                .zip(integers().between(0, 100), (l, share) -> ReallocationProposal.propose(l, BigDecimal.valueOf(share, 2)));
        Gen<List<Object>> first = report.zip(phased, ledger, (r, p, l) -> {
            List<Object> all = new ArrayList<>(List.of(r, r.band(), p, l));
            all.addAll(r.lines());
            r.lines().forEach(x -> all.add(x.variance()));
            all.addAll(r.nodes());
            all.addAll(r.largestContributors(3));
            all.addAll(p.burn());
            for (ForecastMethod m : ForecastMethod.values()) {
                all.add(p.forecast(m));
            }
            l.lineIds().forEach(id -> all.add(new Posting(id, 0, l.actual(id, 0))));
            AllocationMix mix = AllocationMix.from(r, "channel");
            Map<String, BigDecimal> target = new LinkedHashMap<>();
            mix.groups().forEach(g -> target.put(g.group(), BigDecimal.ONE.divide(BigDecimal.valueOf(
                    mix.groups().size()), 6, java.math.RoundingMode.DOWN)));
            all.add(mix);
            all.addAll(mix.groups());
            if (!target.isEmpty()) {
                MixCheck check = mix.check(MixTarget.of(normalised(target), new BigDecimal("5")), MixBasis.ACTUAL);
                all.add(check);
                all.add(check.target());
                all.addAll(check.deviations());
            }
            return all;
        });
        return first.zip(flexible, pqv, proposal, (l, f, q, prop) -> {
            List<Object> all = new ArrayList<>(l);
            all.add(f);
            all.add(q);
            all.add(prop);
            all.addAll(prop.changes());
            all.addAll(prop.transfers());
            all.add(new ChannelBudget("SEM", Money.of("10.00", "CNY"), Ratio.of(42, 10), Money.zero(CNY),
                    Money.of("20.00", "CNY")));
            return all;
        });
    }

    /** Shares that sum to 1: the last one takes the remainder. */
    private static Map<String, BigDecimal> normalised(Map<String, BigDecimal> shares) {
        Map<String, BigDecimal> out = new LinkedHashMap<>(shares);
        String last = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            last = e.getKey();
            sum = sum.add(e.getValue());
        }
        out.put(last, out.get(last).add(BigDecimal.ONE.subtract(sum)));
        return out;
    }

    @Test
    void everyBudgetTypeRoundTripsWithoutNaN() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(Gens.EXAMPLES).forAll(examples()).checkAssert(values -> values.forEach(v -> {
            ShapeTesting.roundTrip(v);
            seen.add(v.getClass());
        }));
        assertEquals(ShapeTesting.types(BudgetShapes.all()), seen);
    }
}
