package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.growth.Cagr;
import io.kpikit.growth.Change;
import io.kpikit.growth.ComparisonPeriod;
import io.kpikit.growth.GrowthContribution;
import io.kpikit.growth.IndexSeries;
import io.kpikit.growth.Trend;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrowthShapesTest {

    @Test
    void writesAYearOverYearChange() {
        // 100 → 115: difference 15, relative 15/100 = 0.15
        Change c = Change.between(100, 115).withPeriod(ComparisonPeriod.YEAR_OVER_YEAR);
        String text = write(c);
        assertEquals(json("{'period':'YEAR_OVER_YEAR','previous':100,'current':115,'difference':15,"
                + "'relative':{'value':0.15,'numerator':15,'denominator':100},'negativeBase':false}"), text);
        assertEquals(c, read(text, Change.class));
        assertEquals(c, read("{'period':'YEAR_OVER_YEAR','previous':100,'current':115}", Change.class));
    }

    @Test
    void writesTheContributionOfEachSegment() {
        // online 60 → 75 and offline 40 → 42: total 100 → 117; online adds 15/100, offline 2/100
        Map<String, BigDecimal> before = new LinkedHashMap<>();
        before.put("online", BigDecimal.valueOf(60));
        before.put("offline", BigDecimal.valueOf(40));
        Map<String, BigDecimal> after = new LinkedHashMap<>();
        after.put("online", BigDecimal.valueOf(75));
        after.put("offline", BigDecimal.valueOf(42));
        GrowthContribution g = GrowthContribution.between(before, after);
        String text = write(g);
        String online = "{'segment':'online','change':{'period':'PERIOD_OVER_PERIOD','previous':60,'current':75,"
                + "'difference':15,'relative':{'value':0.25,'numerator':15,'denominator':60},'negativeBase':false},"
                + "'contribution':{'value':0.15,'numerator':15,'denominator':100},'inPrevious':true,'inCurrent':true}";
        assertEquals(json("{'segments':[" + online), text.substring(0, json("{'segments':[" + online).length()));
        String end = "'sumOfContributions':{'value':0.17,'numerator':17,'denominator':100}}";
        assertEquals(json(end), text.substring(text.length() - json(end).length()));
        assertEquals(g, read(text, GrowthContribution.class));
    }

    @Test
    void writesCagrAndAnIndexSeries() {
        // (121/100)^(1/2) − 1 = 0.1 up to the last bit of a double
        String cagr = write(Cagr.of(new BigDecimal("100"), new BigDecimal("121"), 2));
        assertEquals(json("{'start':100,'end':121,'periods':2,'rate':{'value':0.09999999999999999}}"), cagr);
        // 80, 100, 115 indexed to the second period: 80, 100, 115
        assertEquals(json("{'inputs':[80,100,115],'basePeriod':1,'base':100,"
                + "'values':[{'value':80},{'value':100},{'value':115}]}"),
                write(IndexSeries.of(java.util.List.of(new BigDecimal("80"), new BigDecimal("100"),
                        new BigDecimal("115")), 1)));
        // a trend carries its points: 10, 12, 14, 16 has slope 2, intercept 10, R² 1
        String trend = write(Trend.of(10, 12, 14, 16));
        assertEquals(json("{'x':[0.0,1.0,2.0,3.0],'y':[10.0,12.0,14.0,16.0],'size':4,'slope':{'value':2.0},"
                + "'intercept':{'value':10.0},'rSquared':{'value':1.0},'reason':null}"), trend);
        assertEquals(trend, write(read(trend.replace('"', '\''), Trend.class)));
    }

    @Test
    void readsATrendFromItsPointsAndChecksTheFit() {
        // 100, 110, 130 in 2021, 2022, 2024: slope 10 per year, R² 1
        Trend t = read("{'x':[2021,2022,2024],'y':[100,110,130]}", Trend.class);
        assertEquals(10.0, t.slope().doubleValue(), 1e-9);
        rejects("{'x':[0,1,2,3],'y':[10,12,14,16],'slope':{'value':3.0}}", Trend.class, "/slope",
                "Trend.slope must equal the value computed from the inputs");
        rejects("{'x':[0,1],'y':[10,12,14]}", Trend.class, "",
                "invalid Trend: x and y must have equal lengths, were 2 and 3");
        rejects(json("{'x':[0,1],'y':[10,'12']}"), Trend.class, "/y/1");
        // an undefined fit is read back with its reason
        assertEquals(java.util.Optional.of("x values are all equal: the slope is 0/0"),
                read("{'x':[1,1],'y':[10,12],'reason':'x values are all equal: the slope is 0/0'}", Trend.class)
                        .undefinedReason());
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        rejects("{'inputs':[80,100,115],'basePeriod':5}", IndexSeries.class, "",
                "invalid IndexSeries: basePeriod must be in [0, 2], was 5");
        rejects("{'inputs':[80,'100'],'basePeriod':0}", IndexSeries.class, "/inputs/1",
                "IndexSeries.inputs[1] must be a JSON number, was a string");
        rejects("{'segments':[{'segment':'x','change':{'period':'PERIOD_OVER_PERIOD','previous':0,'current':0},"
                + "'contribution':{'numerator':0,'denominator':0},'inPrevious':false,'inCurrent':false}]}",
                GrowthContribution.class, "/segments/0",
                "invalid SegmentContribution: segment must be present in a period, was in neither (segment \"x\")");
        rejects("{'period':'YOY','previous':100,'current':115}", Change.class, "/period",
                "Change.period must be one of [PERIOD_OVER_PERIOD, YEAR_OVER_YEAR, QUARTER_OVER_QUARTER, "
                        + "MONTH_OVER_MONTH, WEEK_OVER_WEEK], was \"YOY\"");
        rejects("{'start':100,'end':121,'periods':2,'rate':{'value':0.2}}", Cagr.class, "/rate",
                "Cagr.rate must equal the value computed from the inputs");
    }
}
