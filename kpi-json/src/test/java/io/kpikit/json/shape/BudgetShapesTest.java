package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.budget.BudgetLine;
import io.kpikit.budget.BudgetReport;
import io.kpikit.budget.CategoryPath;
import io.kpikit.budget.LineKind;
import io.kpikit.budget.PhasedBudget;
import io.kpikit.budget.Variance;
import io.kpikit.core.Money;
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
}
