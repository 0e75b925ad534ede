package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.ChannelCredit;
import io.kpikit.attribution.Conversion;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import io.kpikit.attribution.ShapleyValues;
import io.kpikit.core.Money;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionShapesTest {

    private static final PathSet PATHS = PathSet.builder(Currency.getInstance("CNY"))
            .add(List.of("Search", "Email"), 3, new BigDecimal("300.00"), 7)
            .add(List.of("Social", "Search"), 1, new BigDecimal("80.00"), 4)
            .build();

    @Test
    void writesALastTouchAttributionAsOneObjectPerChannel() {
        // last touch: Email closes 3 conversions worth 300.00, Search 1 worth 80.00, Social none
        String text = write(RuleBasedModel.lastTouch().attribute(PATHS));
        assertEquals(json("{'model':'last_touch','totalConversions':4.0,'totalValue':{'amount':380.00,'currency':'CNY'},"
                + "'credits':[{'channel':'Search','conversions':1.0,'value':{'amount':80.00,'currency':'CNY'},"
                + "'share':{'value':0.25,'numerator':1.0,'denominator':4.0}},"
                + "{'channel':'Email','conversions':3.0,'value':{'amount':300.00,'currency':'CNY'},"
                + "'share':{'value':0.75,'numerator':3.0,'denominator':4.0}},"
                + "{'channel':'Social','conversions':0.0,'value':{'amount':0.00,'currency':'CNY'},"
                + "'share':{'value':0,'numerator':0.0,'denominator':4.0}}]}"), text);
        // attributions are written, not read: core builds them only by running a model
        assertThrows(UncheckedIOException.class, () -> read(text, Attribution.class));
    }

    @Test
    void writesThePathSetSummaryAndShapleyValues() {
        assertEquals(json("{'channels':['Search','Email','Social'],'size':2,'totalConversions':4.0,'totalNulls':11.0,"
                + "'totalValue':{'amount':380.00,'currency':'CNY'},'hasTouchAges':false,"
                + "'paths':[{'path':['Search','Email'],'conversions':3.0,'nulls':7.0},"
                + "{'path':['Social','Search'],'conversions':1.0,'nulls':4.0}]}"), write(PATHS));
        ShapleyValues values = ShapleyModel.rateBased().values(PATHS);
        String text = write(values);
        assertEquals(json("{'values':[{'channel':'Search','conversions':0.25,'conversionsStandardError':0.0,"
                + "'value':23.0,'valueStandardError':0.0},"), text.substring(0, json("{'values':[{'channel':'Search',"
                + "'conversions':0.25,'conversionsStandardError':0.0,'value':23.0,'valueStandardError':0.0},").length()));
        assertEquals(values, read(text, ShapleyValues.class));
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        rejects("{'channel':'SEM','conversions':-1,'value':{'amount':1.00,'currency':'CNY'},"
                + "'share':{'numerator':1,'denominator':2}}", ChannelCredit.class, "",
                "invalid ChannelCredit: conversions must be a finite number >= 0, was -1.0");
        rejects("{'user':'u1','time':'2024-03-01','value':{'amount':1.00,'currency':'CNY'}}", Conversion.class, "/time",
                "Conversion.time must be an ISO-8601 instant");
        rejects("{'user':'u1','time':'2024-03-01T10:00:00Z','value':{'amount':-1.00,'currency':'CNY'}}",
                Conversion.class, "", "invalid Conversion: value must be >= 0, was CNY -1.00 (user \"u1\")");
        assertEquals(new Conversion("u1", Instant.parse("2024-03-01T10:00:00Z"), Money.of("99.00", "CNY")),
                read("{'user':'u1','time':'2024-03-01T10:00:00Z','value':{'amount':99.00,'currency':'CNY'}}",
                        Conversion.class));
    }
}
