package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.CATEGORY_PATH;
import static io.kpikit.json.shape.Codecs.CURRENCY;
import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.INT;
import static io.kpikit.json.shape.Codecs.MONEY;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.enumOf;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.mapOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.budget.AllocationMix;
import io.kpikit.budget.BudgetLine;
import io.kpikit.budget.BudgetNode;
import io.kpikit.budget.BudgetReport;
import io.kpikit.budget.BudgetStatus;
import io.kpikit.budget.CategoryPath;
import io.kpikit.budget.ChannelBudget;
import io.kpikit.budget.ChannelChange;
import io.kpikit.budget.Contribution;
import io.kpikit.budget.Favourability;
import io.kpikit.budget.FlexibleBudget;
import io.kpikit.budget.Forecast;
import io.kpikit.budget.ForecastMethod;
import io.kpikit.budget.LedgerActuals;
import io.kpikit.budget.LineKind;
import io.kpikit.budget.MixCheck;
import io.kpikit.budget.MixDeviation;
import io.kpikit.budget.MixShare;
import io.kpikit.budget.MixTarget;
import io.kpikit.budget.PeriodBurn;
import io.kpikit.budget.PhasedBudget;
import io.kpikit.budget.Posting;
import io.kpikit.budget.PriceQuantityVariance;
import io.kpikit.budget.ReallocationProposal;
import io.kpikit.budget.ToleranceBand;
import io.kpikit.budget.Transfer;
import io.kpikit.budget.Variance;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shapes of {@code io.kpikit.budget}: lines, variances, the report tree, phasing, ledgers, mix, reallocation. */
final class BudgetShapes {

    private static final Codec<LineKind> KIND = enumOf(LineKind.class);

    /** A tolerance band around the budget, as fractions below and above. */
    static final Shape<ToleranceBand> TOLERANCE_BAND = Shape.builder(ToleranceBand.class)
            .input("below", DECIMAL, ToleranceBand::below)
            .input("above", DECIMAL, ToleranceBand::above)
            .build(v -> ToleranceBand.of(v.get("below", BigDecimal.class), v.get("above", BigDecimal.class)));

    /** Budget against actual: kind, budget, actual, band; variance, its percentage, execution rate, verdicts. */
    static final Shape<Variance> VARIANCE = Shape.builder(Variance.class)
            .input("kind", KIND, Variance::kind)
            .input("budget", MONEY, Variance::budget)
            .input("actual", MONEY, Variance::actual)
            .input("band", object(ToleranceBand.class), Variance::band)
            .derived("variance", MONEY, Variance::variance)
            .derived("variancePercent", RATIO, Variance::variancePercent)
            .derived("executionRate", RATIO, Variance::executionRate)
            .derived("favourability", enumOf(Favourability.class), Variance::favourability)
            .derived("status", enumOf(BudgetStatus.class), Variance::status)
            .build(v -> Variance.of(v.get("kind", LineKind.class), v.get("budget", Money.class),
                    v.get("actual", Money.class), v.get("band", ToleranceBand.class)));

    /** A budget line: id, name, path, kind, budget, actual, tags; its variance in the default band. */
    static final Shape<BudgetLine> BUDGET_LINE = Shape.builder(BudgetLine.class)
            .input("id", STRING, BudgetLine::id)
            .input("name", STRING, BudgetLine::name)
            .input("path", CATEGORY_PATH, BudgetLine::path)
            .input("kind", KIND, BudgetLine::kind)
            .input("budget", MONEY, BudgetLine::budget)
            .input("actual", MONEY, BudgetLine::actual)
            .input("tags", mapOf(STRING), BudgetLine::tags)
            .derived("variance", object(Variance.class), BudgetLine::variance)
            .build(v -> {
                BudgetLine line = BudgetLine.of(v.get("id", String.class), v.get("name", String.class),
                        v.get("path", CategoryPath.class).toString(), v.get("kind", LineKind.class),
                        v.get("budget", Money.class), v.get("actual", Money.class));
                for (Map.Entry<String, String> tag : v.map("tags", String.class).entrySet()) {
                    line = line.withTag(tag.getKey(), tag.getValue());
                }
                return line;
            });

    /** A node of the report tree: path, the ids of its lines, cost and revenue roll-ups. */
    static final Shape<BudgetNode> BUDGET_NODE = Shape.ofRecord(BudgetNode.class).build();

    /** A line's share of the report's absolute variance. */
    static final Shape<Contribution> CONTRIBUTION = Shape.ofRecord(Contribution.class).build();

    /**
     * A budget report: lines and band; the currency, every node of the tree (root first) and the
     * five largest contributors to the variance.
     */
    static final Shape<BudgetReport> BUDGET_REPORT = Shape.builder(BudgetReport.class)
            .input("lines", listOf(object(BudgetLine.class)), BudgetReport::lines)
            .input("band", object(ToleranceBand.class), BudgetReport::band)
            .derived("currency", CURRENCY, BudgetReport::currency)
            .derived("nodes", listOf(object(BudgetNode.class)), BudgetReport::nodes)
            .derived("largestContributors", listOf(object(Contribution.class)), r -> r.largestContributors(5))
            .build(v -> BudgetReport.of(v.list("lines", BudgetLine.class), v.get("band", ToleranceBand.class)));

    /** One period of a phased budget, with the cumulative variance and execution rate. */
    static final Shape<PeriodBurn> PERIOD_BURN = Shape.ofRecord(PeriodBurn.class)
            .derived("cumulativeVariance", MONEY, PeriodBurn::cumulativeVariance)
            .derived("cumulativeExecutionRate", RATIO, PeriodBurn::cumulativeExecutionRate)
            .build();

    /**
     * A time-phased budget: line id, kind, plan and actuals per period; totals to date, the burn
     * per period, the burn rate and the forecast at completion by each method ({@code null}
     * when undefined).
     */
    static final Shape<PhasedBudget> PHASED_BUDGET = Shape.builder(PhasedBudget.class)
            .input("lineId", STRING, PhasedBudget::lineId)
            .input("kind", KIND, PhasedBudget::kind)
            .input("plan", listOf(MONEY), PhasedBudget::plan)
            .input("actuals", listOf(MONEY), PhasedBudget::actuals)
            .derived("totalPlan", MONEY, PhasedBudget::totalPlan)
            .derived("planToDate", MONEY, PhasedBudget::planToDate)
            .derived("actualToDate", MONEY, PhasedBudget::actualToDate)
            .derived("burn", listOf(object(PeriodBurn.class)), PhasedBudget::burn)
            .derived("burnRate", RATIO, PhasedBudget::burnRate)
            .derived("forecastAtCompletion", mapOf(optional(MONEY)), BudgetShapes::forecasts)
            .build(v -> PhasedBudget.of(v.get("lineId", String.class), v.get("kind", LineKind.class),
                    v.list("plan", Money.class), v.list("actuals", Money.class)));

    /**
     * A forecast at completion: the phased budget, method and band it was computed from; the
     * total plan, the forecast ({@code null} when undefined), its variance against the plan and
     * the reason, checked against {@link PhasedBudget#forecast(ForecastMethod, ToleranceBand)}.
     */
    static final Shape<Forecast> FORECAST = Shape.builder(Forecast.class)
            .input("budget", object(PhasedBudget.class), Forecast::budget)
            .input("method", enumOf(ForecastMethod.class), Forecast::method)
            .input("band", object(ToleranceBand.class), Forecast::band)
            .derived("totalPlan", MONEY, Forecast::totalPlan)
            .derived("atCompletion", optional(MONEY), Forecast::toOptional)
            .derived("variance", optional(object(Variance.class)),
                    f -> f.isDefined() ? Optional.of(f.variance()) : Optional.empty())
            .derived("reason", optional(STRING), Forecast::undefinedReason)
            .build(v -> v.get("budget", PhasedBudget.class).forecast(v.get("method", ForecastMethod.class),
                    v.get("band", ToleranceBand.class)));

    /** A posting of an amount to a line in a period. */
    static final Shape<Posting> POSTING = Shape.ofRecord(Posting.class).build();

    /**
     * Actuals from a ledger: currency, number of periods, and each line's amount per period
     * (checked input: every amount is posted back); each line's total.
     */
    static final Shape<LedgerActuals> LEDGER_ACTUALS = Shape.builder(LedgerActuals.class)
            .input("currency", CURRENCY, LedgerActuals::currency)
            .input("periods", INT, LedgerActuals::periods)
            .checkedInput("lines", mapOf(listOf(MONEY)), BudgetShapes::ledgerLines)
            .derived("totals", mapOf(MONEY), BudgetShapes::ledgerTotals)
            .build(v -> {
                List<Posting> postings = new ArrayList<>();
                for (Map.Entry<String, List<Money>> line : ledgerInput(v).entrySet()) {
                    for (int p = 0; p < line.getValue().size(); p++) {
                        postings.add(new Posting(line.getKey(), p, line.getValue().get(p)));
                    }
                }
                return LedgerActuals.of(v.get("currency", Currency.class), v.getInt("periods"), postings);
            });

    /** A flexible budget: rate, volumes, actual; static and flexible budgets and the variances. */
    static final Shape<FlexibleBudget> FLEXIBLE_BUDGET = Shape.builder(FlexibleBudget.class)
            .input("budgetRate", MONEY, FlexibleBudget::budgetRate)
            .input("budgetVolume", DECIMAL, FlexibleBudget::budgetVolume)
            .input("actualVolume", DECIMAL, FlexibleBudget::actualVolume)
            .input("actual", MONEY, FlexibleBudget::actual)
            .derived("staticBudget", MONEY, FlexibleBudget::staticBudget)
            .derived("flexibleBudget", MONEY, FlexibleBudget::flexibleBudget)
            .derived("volumeVariance", MONEY, FlexibleBudget::volumeVariance)
            .derived("spendingVariance", MONEY, FlexibleBudget::spendingVariance)
            .derived("totalVariance", MONEY, FlexibleBudget::totalVariance)
            .build(v -> FlexibleBudget.of(v.get("budgetRate", Money.class), v.get("budgetVolume", BigDecimal.class),
                    v.get("actualVolume", BigDecimal.class), v.get("actual", Money.class)));

    /**
     * A price/quantity variance: budget and actual price and quantity; the costs and the
     * variances, checked against {@link PriceQuantityVariance#of}.
     */
    static final Shape<PriceQuantityVariance> PRICE_QUANTITY_VARIANCE = Shape.builder(PriceQuantityVariance.class)
            .input("budgetPrice", MONEY, PriceQuantityVariance::budgetPrice)
            .input("budgetQuantity", DECIMAL, PriceQuantityVariance::budgetQuantity)
            .input("actualPrice", MONEY, PriceQuantityVariance::actualPrice)
            .input("actualQuantity", DECIMAL, PriceQuantityVariance::actualQuantity)
            .derived("budgetCost", MONEY, PriceQuantityVariance::budgetCost)
            .derived("actualCost", MONEY, PriceQuantityVariance::actualCost)
            .derived("priceVariance", MONEY, PriceQuantityVariance::priceVariance)
            .derived("quantityVariance", MONEY, PriceQuantityVariance::quantityVariance)
            .derived("totalVariance", MONEY, PriceQuantityVariance::totalVariance)
            .build(v -> PriceQuantityVariance.of(v.get("budgetPrice", Money.class), v.get("budgetQuantity",
                    BigDecimal.class), v.get("actualPrice", Money.class), v.get("actualQuantity", BigDecimal.class)));

    /** A target mix: the target share of each group and the tolerance in points. */
    static final Shape<MixTarget> MIX_TARGET = Shape.builder(MixTarget.class)
            .input("shares", mapOf(DECIMAL), MixTarget::shares)
            .input("tolerancePoints", DECIMAL, MixTarget::tolerancePoints)
            .build(v -> MixTarget.of(v.map("shares", BigDecimal.class), v.get("tolerancePoints", BigDecimal.class)));

    /** One group of an allocation mix. */
    static final Shape<MixShare> MIX_SHARE = Shape.ofRecord(MixShare.class).build();

    /** One group's deviation from its target share. */
    static final Shape<MixDeviation> MIX_DEVIATION = Shape.ofRecord(MixDeviation.class).build();

    /** A mix checked against a target; whether every group is within tolerance. */
    static final Shape<MixCheck> MIX_CHECK = Shape.ofRecord(MixCheck.class)
            .derived("passed", Codecs.BOOLEAN, MixCheck::passed)
            .build();

    /**
     * An allocation mix: tag key, kind, totals and groups, all passed to
     * {@link AllocationMix#restore}, which checks that the totals are the sums of the groups and
     * each share is the group's amount over its total (the report the mix was taken from is not
     * kept).
     */
    static final Shape<AllocationMix> ALLOCATION_MIX = Shape.builder(AllocationMix.class)
            .input("tagKey", STRING, AllocationMix::tagKey)
            .input("kind", KIND, AllocationMix::kind)
            .input("totalBudget", MONEY, AllocationMix::totalBudget)
            .input("totalActual", MONEY, AllocationMix::totalActual)
            .input("groups", listOf(object(MixShare.class)), AllocationMix::groups)
            .build(v -> AllocationMix.restore(v.get("tagKey", String.class), v.get("kind", LineKind.class),
                    v.get("totalBudget", Money.class), v.get("totalActual", Money.class),
                    v.list("groups", MixShare.class)));

    /** A channel's budget, ROAS and bounds, the input of a reallocation. */
    static final Shape<ChannelBudget> CHANNEL_BUDGET = Shape.ofRecord(ChannelBudget.class).build();

    /** A channel's budget before and after a reallocation, with the change. */
    static final Shape<ChannelChange> CHANNEL_CHANGE = Shape.ofRecord(ChannelChange.class)
            .derived("change", MONEY, ChannelChange::change)
            .build();

    /** A transfer of budget from one channel to another. */
    static final Shape<Transfer> TRANSFER = Shape.ofRecord(Transfer.class).build();

    /**
     * A reallocation proposal: the channels and share it was proposed from; the amounts
     * requested, moved and short, the total, the changes and the transfers, checked against
     * {@link ReallocationProposal#propose}.
     */
    static final Shape<ReallocationProposal> REALLOCATION_PROPOSAL = Shape.builder(ReallocationProposal.class)
            .input("channels", listOf(object(ChannelBudget.class)), ReallocationProposal::channels)
            .input("share", DECIMAL, ReallocationProposal::share)
            .derived("requested", MONEY, ReallocationProposal::requested)
            .derived("moved", MONEY, ReallocationProposal::moved)
            .derived("shortfall", MONEY, ReallocationProposal::shortfall)
            .derived("total", MONEY, ReallocationProposal::total)
            .derived("changes", listOf(object(ChannelChange.class)), ReallocationProposal::changes)
            .derived("transfers", listOf(object(Transfer.class)), ReallocationProposal::transfers)
            .build(v -> ReallocationProposal.propose(v.list("channels", ChannelBudget.class),
                    v.get("share", BigDecimal.class)));

    private BudgetShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(TOLERANCE_BAND, VARIANCE, BUDGET_LINE, BUDGET_NODE, CONTRIBUTION, BUDGET_REPORT, PERIOD_BURN,
                PHASED_BUDGET, FORECAST, POSTING, LEDGER_ACTUALS, FLEXIBLE_BUDGET, PRICE_QUANTITY_VARIANCE, MIX_TARGET,
                MIX_SHARE, MIX_DEVIATION, MIX_CHECK, ALLOCATION_MIX, CHANNEL_BUDGET, CHANNEL_CHANGE, TRANSFER,
                REALLOCATION_PROPOSAL);
    }

    private static Map<String, Optional<Money>> forecasts(PhasedBudget budget) {
        Map<String, Optional<Money>> out = new LinkedHashMap<>();
        for (ForecastMethod m : ForecastMethod.values()) {
            out.put(m.name(), budget.forecast(m).toOptional());
        }
        return out;
    }

    private static Map<String, List<Money>> ledgerLines(LedgerActuals ledger) {
        Map<String, List<Money>> out = new LinkedHashMap<>();
        for (String id : ledger.lineIds()) {
            out.put(id, ledger.actualsByPeriod(id));
        }
        return out;
    }

    private static Map<String, Money> ledgerTotals(LedgerActuals ledger) {
        Map<String, Money> out = new LinkedHashMap<>();
        for (String id : ledger.lineIds()) {
            out.put(id, ledger.actual(id));
        }
        return out;
    }

    private static Map<String, List<Money>> ledgerInput(Values v) throws JsonMappingException {
        Map<String, List<Money>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v.value("lines")).entrySet()) {
            List<Money> amounts = new ArrayList<>();
            for (Object o : (List<?>) e.getValue()) {
                amounts.add((Money) o);
            }
            out.put((String) e.getKey(), amounts);
        }
        return out;
    }
}
