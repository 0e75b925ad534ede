package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.Money;
import io.kpikit.customer.AverageRevenue;
import io.kpikit.customer.Cac;
import io.kpikit.customer.CacTable;
import io.kpikit.customer.Ltv;
import io.kpikit.customer.Nps;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CustomerShapesTest {

    private static final String SPEND = "{'amount':1000000.00,'currency':'CNY'}";

    @Test
    void writesABlendedCacWithItsRoundedValue() {
        // 1,000,000.00 / 600 = 1666.666…, HALF_EVEN 1666.67
        Cac cac = Cac.blended(Money.of("1000000.00", "CNY"), 600);
        String text = write(cac);
        assertEquals(json("{'basis':'BLENDED','channel':null,'spend':" + SPEND + ",'newCustomers':600,"
                + "'roundingMode':'HALF_EVEN','value':{'amount':1666.67,'currency':'CNY'},'reason':null}"), text);
        assertEquals(cac, read(text, Cac.class));
        // the same CAC rounded DOWN carries its mode and reads back as such
        Cac down = Cac.blended(Money.of("1000000.00", "CNY"), 600, RoundingMode.DOWN);
        Cac back = read(write(down), Cac.class);
        assertEquals(down, back);
        assertEquals(RoundingMode.DOWN, back.roundingMode());
        assertEquals("1666.66", back.value().amount().toPlainString());
    }

    @Test
    void readsTheRoundingModeAsWrittenNeverGuessedFromTheValue() {
        String inputs = "'basis':'BLENDED','spend':" + SPEND + ",'newCustomers':600";
        // absent: HALF_EVEN, core's default; a DOWN value then disagrees and is rejected, not re-guessed
        assertEquals(RoundingMode.HALF_EVEN, read("{" + inputs + "}", Cac.class).roundingMode());
        rejects("{" + inputs + ",'value':{'amount':1666.66,'currency':'CNY'}}", Cac.class, "/value",
                "Cac.value must equal the value computed from the inputs, Optional[CNY 1666.67], was Optional[CNY 1666.66]");
        assertEquals(RoundingMode.DOWN, read("{" + inputs + ",'roundingMode':'DOWN','value':{'amount':1666.66,"
                + "'currency':'CNY'}}", Cac.class).roundingMode());
        rejects("{" + inputs + ",'roundingMode':'half_even'}", Cac.class, "/roundingMode", "Cac.roundingMode must be one of");
        // UNNECESSARY where rounding is needed fails with core's arithmetic message
        rejects("{" + inputs + ",'roundingMode':'UNNECESSARY'}", Cac.class, "", "invalid Cac: ");
        // 100 / 3 rounded UP: 33.34
        AverageRevenue up = AverageRevenue.aov(Money.of("100.00", "CNY"), 3, RoundingMode.UP);
        assertEquals(up, read(write(up), AverageRevenue.class));
        Ltv ceiling = Ltv.simple(Money.of("100.00", "CNY"), new java.math.BigDecimal("0.5"),
                new java.math.BigDecimal("0.3"), RoundingMode.CEILING);
        assertEquals(RoundingMode.CEILING, read(write(ceiling), Ltv.class).roundingMode());
    }

    @Test
    void readsACacTableWhoseRowsShareTheTablesRoundingMode() {
        // SEM 0.25 / 2 = 0.125 → CEILING 0.13; total the same
        CacTable t = CacTable.of(java.util.Map.of("SEM", Money.of("0.25", "CNY")), java.util.Map.of("SEM", 2L),
                RoundingMode.CEILING);
        String text = write(t);
        assertEquals(t, read(text, CacTable.class));
        assertEquals(RoundingMode.CEILING, read(text, CacTable.class).roundingMode());
        rejects(text.replace("\"roundingMode\":\"CEILING\",\"value\":{\"amount\":0.13",
                "\"roundingMode\":\"UP\",\"value\":{\"amount\":0.13"), CacTable.class, "",
                "invalid CacTable: channels[\"SEM\"].roundingMode must be the table's CEILING, was UP");
    }

    @Test
    void writesAnUndefinedAovWithItsReason() {
        String text = write(AverageRevenue.aov(Money.of("1000000.00", "CNY"), 0));
        assertEquals(json("{'kind':'AOV','revenue':" + SPEND + ",'count':0,'roundingMode':'HALF_EVEN','value':null,"
                + "'reason':'orders is zero: AOV of CNY 1000000.00 is undefined'}"), text);
        assertEquals(AverageRevenue.aov(Money.of("1000000.00", "CNY"), 0), read(text, AverageRevenue.class));
    }

    @Test
    void writesAnNpsWithItsInterval() {
        // NPS = 100 × (0.5 − 0.2) = 30; SE = 100 × √((0.7 − 0.09)/100) = 7.81; CI = 30 ± 1.96 × 7.81
        String text = write(Nps.of(50, 30, 20));
        assertEquals(json("{'promoters':50,'passives':30,'detractors':20,'responses':100,"
                + "'promoterShare':{'value':0.5,'numerator':50,'denominator':100},"
                + "'detractorShare':{'value':0.2,'numerator':20,'denominator':100},'score':30,"
                + "'standardError':7.810249675906654,"
                + "'confidenceInterval':{'lower':14.692191924957328,'upper':45.30780807504267,'confidence':0.95},"
                + "'reason':null}"), text);
        assertEquals(Nps.of(50, 30, 20), read(text, Nps.class));
        // no responses: the score, its error and interval are null, with the reason
        String none = write(Nps.of(0, 0, 0));
        assertEquals(json("'score':null,'standardError':null,'confidenceInterval':null,"
                + "'reason':'no responses: NPS is undefined'}"), none.substring(none.indexOf("\"score\"")));
        assertEquals(Nps.of(0, 0, 0), read(none, Nps.class));
    }

    @Test
    void writesASimpleLtv() {
        // 100 × 0.5 / 0.2 = 250.00
        String text = write(Ltv.simple(Money.of("100.00", "CNY"), 0.5, 0.2));
        assertEquals(json("{'method':'SIMPLE','arpu':{'amount':100.00,'currency':'CNY'},'grossMargin':0.5,"
                + "'churnRate':0.2,'discountRate':0,'cohortMargins':[],'cohortSize':null,'roundingMode':'HALF_EVEN',"
                + "'value':{'amount':250.00,'currency':'CNY'},'reason':null}"), text);
        assertEquals(Ltv.simple(Money.of("100.00", "CNY"), 0.5, 0.2), read(text, Ltv.class));
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        rejects("{'basis':'CHANNEL','channel':null,'spend':" + SPEND + ",'newCustomers':600}", Cac.class, "",
                "invalid Cac: channel must be given for a CHANNEL CAC, was null");
        rejects("{'basis':'BLENDED','spend':" + SPEND + ",'newCustomers':-1}", Cac.class, "",
                "invalid Cac: newCustomers must be >= 0, was -1");
        rejects("{'basis':'BLENDED','spend':" + SPEND + ",'newCustomers':600,'value':{'amount':1666.60,'currency':'CNY'}}",
                Cac.class, "/value", "Cac.value must equal the value computed from the inputs, Optional[CNY 1666.67], "
                        + "was Optional[CNY 1666.60]");
        rejects("{'method':'SIMPLE','arpu':{'amount':100.00,'currency':'CNY'},'grossMargin':1.5,'churnRate':0.2,"
                + "'discountRate':0,'cohortMargins':[]}", Ltv.class, "", "invalid Ltv: grossMargin must be in [0, 1], was 1.5");
        rejects("{'channels':{'SEM':{'basis':'BLENDED','spend':" + SPEND + ",'newCustomers':'6'}}}",
                io.kpikit.customer.CacTable.class, "/channels/SEM/newCustomers",
                "Cac.newCustomers must be a JSON number, was a string");
    }
}
