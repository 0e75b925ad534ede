package io.kpikit.json.deser;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import org.junit.jupiter.api.Test;

class PointChangeDeserializerTest {

    private static final String BEFORE = "{'value':0.2,'numerator':20,'denominator':100}";
    private static final String AFTER = "{'value':0.26,'numerator':26,'denominator':100}";

    @Test
    void writesShareFrom20To26PercentWithItsDerivedChanges() {
        PointChange p = PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
        // points = 100·(26·100 − 20·100)/(100·100) = 60000/10000 = 6
        // relative = (26·100 − 20·100)/(|20|·|100|) = 600/2000 = 0.3
        String text = write(p);
        assertEquals(json("{'before':" + BEFORE + ",'after':" + AFTER
                + ",'points':{'value':6,'numerator':60000,'denominator':10000}"
                + ",'relative':{'value':0.3,'numerator':600,'denominator':2000}}"), text);
        assertEquals(p, read(text, PointChange.class));
    }

    @Test
    void rebuildsTheDerivedChangesWhenOnlyTheRatesAreGiven() {
        PointChange p = read("{'before':" + BEFORE + ",'after':" + AFTER + "}", PointChange.class);
        assertEquals(6.0, p.points().doubleValue());
        assertEquals(0.3, p.relative().doubleValue());
    }

    @Test
    void roundTripsAChangeFromAnUndefinedRate() {
        PointChange p = PointChange.between(Ratio.of(0, 0), Ratio.of(26, 100));
        PointChange back = read(write(p), PointChange.class);
        assertEquals(p, back);
        assertEquals("rate before is undefined: 0/0 is undefined", back.points().undefinedReason().orElseThrow());
    }

    @Test
    void rejectsDerivedChangesThatDisagreeWithTheRates() {
        // +5 points stated where the rates give +6
        rejects("{'before':" + BEFORE + ",'after':" + AFTER
                + ",'points':{'numerator':5,'denominator':1}}", PointChange.class, "/points",
                "PointChange.points must equal the change computed from before and after, 60000/10000 = 6, was 5/1 = 5");
    }

    @Test
    void pointsIntoTheNestedRatio() {
        rejects("{'before':{'value':0.3,'numerator':20,'denominator':100},'after':" + AFTER + "}",
                PointChange.class, "/before/value", "Ratio.value must equal numerator/denominator = 0.2, was 0.3");
        rejects("{'before':" + BEFORE + ",'after':0.26}", PointChange.class, "/after",
                "PointChange.after must be a JSON object (Ratio), was a number");
        rejects("{'before':" + BEFORE + "}", PointChange.class, "",
                "PointChange is missing the required field \"after\"");
        rejects("{'before':" + BEFORE + ",'after':null}", PointChange.class, "/after",
                "PointChange.after must not be null");
    }
}
