package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.readRaw;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.budget.AllocationMix;
import io.kpikit.budget.BudgetLine;
import io.kpikit.budget.BudgetReport;
import io.kpikit.budget.CategoryPath;
import io.kpikit.budget.ChannelBudget;
import io.kpikit.budget.Forecast;
import io.kpikit.budget.ForecastMethod;
import io.kpikit.budget.LineKind;
import io.kpikit.budget.PhasedBudget;
import io.kpikit.budget.PriceQuantityVariance;
import io.kpikit.budget.ReallocationProposal;
import io.kpikit.budget.Variance;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetShapesTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static final String BAND = "{'below':0.05,'above':0.05}";

    @Test
    void writesTheYearsVarianceOf9Point5MillionAgainst10Million() {
        // variance = 9,500,000 − 10,000,000 = −500,000; −5% of budget; execution 95%; less spent on a cost line
        Variance v = Variance.of(LineKind.COST, cny("10000000.00"), cny("9500000.00"));
        String text = write(v);
        assertEquals(json("{'kind':'COST','budget':{'amount':10000000.00,'currency':'CNY'},"
                + "'actual':{'amount':9500000.00,'currency':'CNY'},'band':" + BAND + ","
                + "'variance':{'amount':-500000.00,'currency':'CNY'},"
                + "'variancePercent':{'value':-0.05,'numerator':-500000.00,'denominator':10000000.00},"
                + "'executionRate':{'value':0.95,'numerator':9500000.00,'denominator':10000000.00},"
                + "'favourability':'FAVOURABLE','status':'WITHIN_TOLERANCE'}"), text);
        assertEquals(v, read(text, Variance.class));
    }

    @Test
    void writesABudgetLineWithItsPathAsTextAndItsTags() {
        // KOL −12%: 2,200,000 spent of 2,500,000
        BudgetLine kol = BudgetLine.of("kol", "KOL", "online/kol", LineKind.COST, cny("2500000.00"), cny("2200000.00"))
                .withTag("channel", "social");
        String text = write(kol);
        String start = json("{'id':'kol','name':'KOL','path':'online/kol','kind':'COST',"
                + "'budget':{'amount':2500000.00,'currency':'CNY'},'actual':{'amount':2200000.00,'currency':'CNY'},"
                + "'tags':{'channel':'social'},'variance':{'kind':'COST',");
        assertEquals(start, text.substring(0, start.length()));
        assertEquals(kol, read(text, BudgetLine.class));
        assertEquals(json("'online/kol'"), write(CategoryPath.of("online/kol")));
        assertEquals(CategoryPath.root(), read("''", CategoryPath.class));
    }

    @Test
    void writesTheReportTreeRootFirst() {
        BudgetReport r = BudgetReport.of(List.of(
                BudgetLine.of("kol", "KOL", "online/kol", LineKind.COST, cny("2500000.00"), cny("2200000.00")),
                BudgetLine.of("expo", "Exhibitions", "offline/expo", LineKind.COST, cny("2000000.00"), cny("2300000.00"))));
        String text = write(r);
        // root: budget 4,500,000, actual 4,500,000
        String root = json("'currency':'CNY','nodes':[{'path':'','lineIds':['kol','expo'],'cost':{'kind':'COST',"
                + "'budget':{'amount':4500000.00,'currency':'CNY'},'actual':{'amount':4500000.00,'currency':'CNY'}");
        assertEquals(true, text.contains(root), text);
        assertEquals(text, write(read(text, BudgetReport.class)));
        // a phased budget's forecasts by method
        String phased = write(PhasedBudget.of("kol", LineKind.COST, List.of(cny("100.00"), cny("100.00")),
                List.of(cny("120.00"))));
        assertEquals(true, phased.contains(json("'forecastAtCompletion':{'RUN_RATE':{'amount':240.00,'currency':'CNY'}")),
                phased);
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        String line = "{'id':'kol','name':'KOL','path':'online/kol','kind':'COST','budget':{'amount':1.00,'currency':'CNY'},"
                + "'actual':{'amount':1.00,'currency':'CNY'},'tags':{}}";
        rejects("{'lines':[" + line + "," + line.replace("'path':'online/kol'", "'path':'/kol'") + "],'band':" + BAND + "}",
                BudgetReport.class, "/lines/1/path", "BudgetLine.path is not a category path: path must be non-empty "
                        + "segments separated by '/' with no leading or trailing '/', was \"/kol\"");
        rejects("{'lines':[" + line + "," + line + "],'band':" + BAND + "}", BudgetReport.class, "",
                "invalid BudgetReport: line id must be unique, was \"kol\" twice");
        rejects("{'lines':[" + line.replace("'amount':1.00,'currency':'CNY'}", "'amount':-1.00,'currency':'CNY'}") + "],"
                + "'band':" + BAND + "}", BudgetReport.class, "/lines/0",
                "invalid BudgetLine: budget must be >= 0, was CNY -1.00 (line \"kol\")");
        rejects("{'kind':'COST','budget':{'amount':10.00,'currency':'CNY'},'actual':{'amount':9.00,'currency':'CNY'},"
                + "'band':" + BAND + ",'status':'OVERSPENT'}", Variance.class, "/status",
                "Variance.status must equal the value computed from the inputs, UNDERSPENT, was OVERSPENT");
    }

    private static String money(String amount) {
        return "{'amount':" + amount + ",'currency':'CNY'}";
    }

    @Test
    void readsAPriceQuantityVarianceFromItsPricesAndQuantities() {
        // budget 10,000 clicks at 2.00, actual 12,000 at 2.50: price 0.50 × 12,000 = 6,000; quantity 2,000 × 2.00 = 4,000
        PriceQuantityVariance v = PriceQuantityVariance.of(cny("2.00"), BigDecimal.valueOf(10000), cny("2.50"),
                BigDecimal.valueOf(12000));
        String text = write(v);
        assertEquals(json("{'budgetPrice':" + money("2.00") + ",'budgetQuantity':10000,'actualPrice':" + money("2.50")
                + ",'actualQuantity':12000,'budgetCost':" + money("20000.00") + ",'actualCost':" + money("30000.00")
                + ",'priceVariance':" + money("6000.00") + ",'quantityVariance':" + money("4000.00")
                + ",'totalVariance':" + money("10000.00") + "}"), text);
        assertEquals(text, write(readRaw(text, PriceQuantityVariance.class)));
        String inputs = "{'budgetPrice':" + money("2.00") + ",'budgetQuantity':10000,'actualPrice':" + money("2.50")
                + ",'actualQuantity':12000";
        assertEquals(cny("6000"), read(inputs + "}", PriceQuantityVariance.class).priceVariance());
        rejects(inputs + ",'priceVariance':" + money("5000.00") + "}", PriceQuantityVariance.class, "/priceVariance",
                "PriceQuantityVariance.priceVariance must equal the value computed from the inputs, CNY 6000.00, was "
                        + "CNY 5000.00");
        rejects(inputs.replace("'actualQuantity':12000", "'actualQuantity':-1") + "}", PriceQuantityVariance.class, "",
                "invalid PriceQuantityVariance: actual quantity must be >= 0, was -1");
    }

    @Test
    void readsAForecastFromItsPhasedBudgetAndChecksTheAmount() {
        // plan 100 × 2, 120 spent in the first period: run rate 120 ÷ (1/2) = 240, +40 = +20% → OVERSPENT
        PhasedBudget phased = PhasedBudget.of("kol", LineKind.COST, List.of(cny("100.00"), cny("100.00")),
                List.of(cny("120.00")));
        Forecast f = phased.forecast(ForecastMethod.RUN_RATE);
        String text = write(f);
        assertEquals(f, readRaw(text, Forecast.class));
        String budget = "{'lineId':'kol','kind':'COST','plan':[" + money("100.00") + "," + money("100.00")
                + "],'actuals':[" + money("120.00") + "]}";
        String inputs = "{'budget':" + budget + ",'method':'RUN_RATE','band':" + BAND;
        assertEquals(f, read(inputs + "}", Forecast.class));
        rejects(inputs + ",'atCompletion':" + money("220.00") + "}", Forecast.class, "/atCompletion",
                "Forecast.atCompletion must equal the value computed from the inputs, Optional[CNY 240.00], was "
                        + "Optional[CNY 220.00]");
        // no period elapsed: undefined, and a stated amount is rejected
        String fresh = inputs.replace("'actuals':[" + money("120.00") + "]", "'actuals':[]");
        assertEquals(java.util.Optional.of("no period has elapsed: run rate is undefined"),
                read(fresh + "}", Forecast.class).undefinedReason());
        rejects(fresh + ",'atCompletion':" + money("0.00") + "}", Forecast.class, "/atCompletion",
                "Forecast.atCompletion must equal the value computed from the inputs, Optional.empty");
    }

    @Test
    void readsAnAllocationMixThroughRestoreWhichChecksTotalsAndShares() {
        BudgetReport r = BudgetReport.of(List.of(
                BudgetLine.of("kol", "KOL", "online/kol", LineKind.COST, cny("200.00"), cny("300.00")).withTag("mix", "test"),
                BudgetLine.of("sem", "SEM", "online/sem", LineKind.COST, cny("800.00"), cny("900.00")).withTag("mix", "core")));
        AllocationMix mix = AllocationMix.from(r, "mix");
        String text = write(mix);
        // core 800 of 1,000 and 900 of 1,200; test 200 of 1,000 and 300 of 1,200
        String core = "{'group':'core','budget':" + money("800.00") + ",'actual':" + money("900.00")
                + ",'budgetShare':{'value':0.8,'numerator':800.00,'denominator':1000.00},"
                + "'actualShare':{'value':0.75,'numerator':900.00,'denominator':1200.00}}";
        assertEquals(true, text.startsWith(json("{'tagKey':'mix','kind':'COST','totalBudget':" + money("1000.00")
                + ",'totalActual':" + money("1200.00") + ",'groups':[" + core + ",")), text);
        assertEquals(text, write(readRaw(text, AllocationMix.class)));
        rejects(text.replace("\"totalBudget\":{\"amount\":1000.00", "\"totalBudget\":{\"amount\":999.00")
                .replace('"', '\''), AllocationMix.class, "",
                "invalid AllocationMix: totalBudget must be the sum of the groups' budgets, CNY 1000.00, was CNY 999.00");
    }

    @Test
    void readsAReallocationProposalFromItsChannelsAndShare() {
        // 10% of 1,000 = 100 moves from feed (ROAS 2) to sem (ROAS 4), within sem's max of 700
        ChannelBudget sem = new ChannelBudget("sem", cny("600.00"), Ratio.of(4, 1), cny("0.00"), cny("700.00"));
        ChannelBudget feed = new ChannelBudget("feed", cny("400.00"), Ratio.of(2, 1), cny("0.00"), cny("400.00"));
        ReallocationProposal p = ReallocationProposal.propose(List.of(sem, feed), new BigDecimal("0.10"));
        String text = write(p);
        assertEquals(true, text.contains(json("'transfers':[{'from':'feed','to':'sem','amount':" + money("100.00")
                + "}]")), text);
        assertEquals(text, write(readRaw(text, ReallocationProposal.class)));
        rejects(text.replace("\"moved\":{\"amount\":100.00", "\"moved\":{\"amount\":90.00").replace('"', '\''),
                ReallocationProposal.class, "/moved",
                "ReallocationProposal.moved must equal the value computed from the inputs, CNY 100.00, was CNY 90.00");
    }
}
