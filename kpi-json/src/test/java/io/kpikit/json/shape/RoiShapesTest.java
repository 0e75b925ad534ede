package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.core.JacksonException;
import io.kpikit.core.Money;
import io.kpikit.roi.ChannelSpend;
import io.kpikit.roi.ChannelTable;
import io.kpikit.roi.IncrementalReturn;
import io.kpikit.roi.Roas;
import io.kpikit.roi.Roi;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoiShapesTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void writesTheSemRoasOf1To4Point2() {
        // ROAS = 4,200,000 / 1,000,000 = 4.2, written 1:4.2
        Roas sem = Roas.of(cny("4200000.00"), cny("1000000.00"));
        String text = write(sem);
        assertEquals(json("{'revenue':{'amount':4200000.00,'currency':'CNY'},"
                + "'cost':{'amount':1000000.00,'currency':'CNY'},"
                + "'ratio':{'value':4.2,'numerator':4200000.00,'denominator':1000000.00},'notation':'1:4.2'}"), text);
        assertEquals(sem, read(text, Roas.class));
        // the inputs alone are enough
        assertEquals(sem, read("{'revenue':{'amount':4200000.00,'currency':'CNY'},"
                + "'cost':{'amount':1000000.00,'currency':'CNY'}}", Roas.class));
    }

    @Test
    void writesAnUndefinedRoasWithANullNotation() {
        String text = write(Roas.of(cny("5.00"), cny("0.00")));
        assertEquals(json("{'revenue':{'amount':5.00,'currency':'CNY'},'cost':{'amount':0.00,'currency':'CNY'},"
                + "'ratio':{'value':null,'numerator':5.00,'denominator':0.00,'reason':'cost is 0'},'notation':null}"), text);
    }

    @Test
    void writesRoiWithItsNetReturn() {
        // ROI = (4,200,000 − 1,000,000) / 1,000,000 = 3.2
        assertEquals(json("{'returnAmount':{'amount':4200000.00,'currency':'CNY'},"
                + "'cost':{'amount':1000000.00,'currency':'CNY'},'netReturn':{'amount':3200000.00,'currency':'CNY'},"
                + "'ratio':{'value':3.2,'numerator':3200000.00,'denominator':1000000.00}}"),
                write(Roi.of(cny("4200000.00"), cny("1000000.00"))));
    }

    @Test
    void writesTheChannelTableOfTheSeedChannels() {
        // SEM 1:4.2, feed 1:3.5; total cost 2,000,000, total revenue 7,700,000, overall 3.85
        ChannelTable t = ChannelTable.of(CNY, List.of(
                new ChannelSpend("SEM", cny("1000000.00"), cny("4200000.00")),
                new ChannelSpend("feed", cny("1000000.00"), cny("3500000.00"))));
        String text = write(t);
        String sem = "{'channel':'SEM','cost':{'amount':1000000.00,'currency':'CNY'},"
                + "'revenue':{'amount':4200000.00,'currency':'CNY'},"
                + "'spendShare':{'value':0.5,'numerator':1000000.00,'denominator':2000000.00},"
                + "'revenueShare':{'value':0.5454545454545454545454545454545455,'numerator':4200000.00,"
                + "'denominator':7700000.00},"
                + "'roas':{'value':4.2,'numerator':4200000.00,'denominator':1000000.00},'roasNotation':'1:4.2',"
                + "'roi':{'value':3.2,'numerator':3200000.00,'denominator':1000000.00}}";
        String expectedStart = json("{'currency':'CNY','rows':[" + sem + ",{'channel':'feed'");
        assertEquals(expectedStart, text.substring(0, expectedStart.length()));
        String expectedEnd = json("'totalCost':{'amount':2000000.00,'currency':'CNY'},"
                + "'totalRevenue':{'amount':7700000.00,'currency':'CNY'},"
                + "'overallRoas':{'revenue':{'amount':7700000.00,'currency':'CNY'},"
                + "'cost':{'amount':2000000.00,'currency':'CNY'},"
                + "'ratio':{'value':3.85,'numerator':7700000.00,'denominator':2000000.00},'notation':'1:3.9'}}");
        assertEquals(expectedEnd, text.substring(text.length() - expectedEnd.length()));
        assertEquals(t, read(text, ChannelTable.class));
    }

    @Test
    void rebuildsAHoldoutFromItsExactBaseline() {
        // holdout 100.00 over 3 units, treated 40.00 over 1 unit, cost 1.00:
        // exact baseline 100.00/3 shows as 33.33, iROAS = (40.00·3 − 100.00·1) / (1.00·3) = 20.00/3.00
        IncrementalReturn holdout = IncrementalReturn.ofHoldout(cny("100.00"), 3, cny("40.00"), 1, cny("1.00"));
        String text = write(holdout);
        assertEquals(json("{'baselineReturn':{'amount':33.33,'currency':'CNY'},"
                + "'exactBaselineReturn':{'value':33.33333333333333333333333333333333,'numerator':100.00,'denominator':3},"
                + "'treatedReturn':{'amount':40.00,'currency':'CNY'},'cost':{'amount':1.00,'currency':'CNY'},"
                + "'incrementalReturn':{'amount':6.67,'currency':'CNY'},"
                + "'incrementalRoas':{'value':6.666666666666666666666666666666667,'numerator':20.00,'denominator':3.00},"
                + "'incrementalRoi':{'value':5.666666666666666666666666666666667,'numerator':17.00,'denominator':3.00}}"),
                text);
        assertEquals(holdout, read(text, IncrementalReturn.class));
        // the shown baseline is checked against the exact one
        rejects(text.replace("\"amount\":33.33", "\"amount\":33.34").replace('"', '\''), IncrementalReturn.class,
                "/baselineReturn", "IncrementalReturn.baselineReturn must equal the value computed from the inputs, "
                        + "CNY 33.33, was CNY 33.34");
        rejects("{'baselineReturn':{'amount':33.33,'currency':'CNY'},'exactBaselineReturn':{'numerator':100.00,"
                + "'denominator':1.5},'treatedReturn':{'amount':40.00,'currency':'CNY'},"
                + "'cost':{'amount':1.00,'currency':'CNY'}}", IncrementalReturn.class, "",
                "invalid IncrementalReturn: exactBaselineReturn.denominator must be a whole number of holdout units, "
                        + "was 1.5");
    }

    @Test
    void rebuildsAHoldoutWithZeroCost() {
        // cost 0 leaves both ratios undefined, but the exact baseline 100.00/3 still travels
        IncrementalReturn holdout = IncrementalReturn.ofHoldout(cny("100.00"), 3, cny("40.00"), 1, cny("0.00"));
        assertEquals(holdout, read(write(holdout).replace('"', '\''), IncrementalReturn.class));
        // a plain baseline writes no exact baseline: baselineReturn is exact
        IncrementalReturn plain = IncrementalReturn.between(cny("30.00"), cny("40.00"), cny("0.00"));
        assertEquals(true, write(plain).contains(json("'exactBaselineReturn':null")), write(plain));
        assertEquals(plain, read("{'baselineReturn':{'amount':30.00,'currency':'CNY'},"
                + "'treatedReturn':{'amount':40.00,'currency':'CNY'},'cost':{'amount':0.00,'currency':'CNY'}}",
                IncrementalReturn.class));
    }

    @Test
    void worksWithAPlainMapperFoundByFindAndRegisterModules() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        ChannelTable t = ChannelTable.of(CNY, List.of(new ChannelSpend("SEM", cny("1000000.00"), cny("4200000.00"))));
        assertEquals(write(t), plain.writeValueAsString(t));
        assertEquals(t, plain.readValue(plain.writeValueAsString(t), ChannelTable.class));
        // strict even there: a duplicate field is rejected although the parser does not check
        com.fasterxml.jackson.core.JacksonException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.fasterxml.jackson.core.JacksonException.class, () -> plain.readValue(json(
                        "{'revenue':{'amount':1,'currency':'CNY'},'cost':{'amount':1,'currency':'CNY'},'cost':{'amount':2,"
                                + "'currency':'CNY'}}"), Roas.class));
        assertEquals("/cost", io.kpikit.json.KpiJson.pointer(e));
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        JacksonException e = rejects("{'revenue':{'amount':1.00,'currency':'CNY'},'cost':{'amount':-1.00,'currency':'CNY'}}",
                Roas.class, "", "invalid Roas: cost must be >= 0, was CNY -1.00");
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        rejects("{'revenue':{'amount':1.00,'currency':'CNY'},'cost':{'amount':1.00,'currency':'USD'}}",
                Roas.class, "", "invalid Roas: ");
        rejects("{'revenue':{'amount':42.00,'currency':'CNY'},'cost':{'amount':10.00,'currency':'CNY'},"
                + "'notation':'1:4.8'}", Roas.class, "/notation",
                "Roas.notation must equal the value computed from the inputs, Optional[1:4.2], was Optional[1:4.8]");
        String row = "{'channel':'SEM','cost':{'amount':1.00,'currency':'CNY'},'revenue':{'amount':2.00,'currency':'CNY'},"
                + "'spendShare':{'numerator':1,'denominator':2},'revenueShare':{'numerator':1,'denominator':1}}";
        rejects("{'currency':'CNY','rows':[" + row + "]}", ChannelTable.class, "/rows",
                "ChannelTable.rows must equal the value computed from the inputs");
        rejects("{'currency':'CNY','rows':[" + row + "," + row.replace("'amount':2.00", "'amount':'2.00'") + "]}",
                ChannelTable.class, "/rows/1/revenue/amount", "Money.amount must be a JSON number, was a string");
    }
}
