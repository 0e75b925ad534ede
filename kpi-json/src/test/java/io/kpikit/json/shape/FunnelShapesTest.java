package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.funnel.EventFunnel;
import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelComparison;
import io.kpikit.funnel.FunnelDefinition;
import io.kpikit.funnel.FunnelEvent;
import io.kpikit.funnel.FunnelExclusion;
import io.kpikit.funnel.FunnelStage;
import io.kpikit.funnel.MinimumSample;
import io.kpikit.funnel.StepComparison;
import io.kpikit.funnel.TimeToConvert;
import io.kpikit.stats.BayesianAbTest;
import io.kpikit.stats.TwoProportionZTest;
import io.kpikit.stats.WilsonInterval;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelShapesTest {

    @Test
    void writesTheSeedFunnelOf50000OrdersFromAMillionVisits() {
        // 50,000 / 1,000,000 = 5%; 950,000 drop off (95%); 95% Wilson interval 5% ± 1.96·√(0.05·0.95/10⁶)
        Funnel f = Funnel.of(List.of(new FunnelStage("visit", 1_000_000), new FunnelStage("order", 50_000)));
        String text = write(f);
        String interval = "{'successes':50000,'trials':1000000,'confidence':0.95,"
                + "'estimate':{'value':0.05,'numerator':50000,'denominator':1000000},"
                + "'lower':0.04957456172546828,'upper':0.05042889557418929,'reason':null}";
        String rate = "{'value':0.05,'numerator':50000,'denominator':1000000}";
        assertEquals(json("{'stages':[{'name':'visit','count':1000000},{'name':'order','count':50000}],"
                + "'strict':true,'confidence':0.95,'steps':[{'index':1,'from':'visit','to':'order',"
                + "'entrants':1000000,'conversions':50000,'stepConversion':" + rate + ",'overallConversion':" + rate
                + ",'dropOff':950000,'dropOffRate':{'value':0.95,'numerator':950000,'denominator':1000000},"
                + "'stepInterval':" + interval + ",'overallInterval':" + interval + "}],"
                + "'overallConversion':" + rate + ",'overallInterval':" + interval + ",'bottleneck':1}"), text);
        assertEquals(f, read(text, Funnel.class));
    }

    @Test
    void writesAFunnelDefinitionWithItsWindowsAsIsoDurations() {
        FunnelDefinition d = FunnelDefinition.of(List.of("visit", "cart", "order"))
                .withConversionWindow(Duration.ofDays(7))
                .withStepWindow(2, Duration.ofHours(1))
                .withExclusion(new FunnelExclusion("refund", 1, 2));
        String text = write(d);
        assertEquals(json("{'steps':['visit','cart','order'],'order':'ORDERED','conversionWindow':'PT168H',"
                + "'stepWindows':[null,'PT1H'],'exclusions':[{'event':'refund','fromStep':1,'toStep':2}],"
                + "'breakdownProperty':null,'breakdownAttribution':'FIRST_TOUCH'}"), text);
        assertEquals(d, read(text, FunnelDefinition.class));
    }

    @Test
    void writesTheStatisticsTestsAndKeepsADomainReason() {
        // 1 of 4: estimate 0.25
        assertEquals(json("{'successes':1,'trials':4,'confidence':0.95,'estimate':{'value':0.25,'numerator':1,"
                + "'denominator':4},'lower':0.04558726080970055,'upper':0.6993581574175981,'reason':null}"),
                write(WilsonInterval.of(1, 4)));
        WilsonInterval suppressed = WilsonInterval.undefined(1, 4, 0.95, "sample below the minimum");
        assertEquals(suppressed, read(write(suppressed), WilsonInterval.class));
        String counts = "'successesA':50,'trialsA':1000,'successesB':70,'trialsB':1000";
        TwoProportionZTest z = TwoProportionZTest.of(50, 1000, 70, 1000);
        assertEquals(json("{" + counts + ",'zScore':1.883108942886774,'pValue':0.05968560553242614,'reason':null}"),
                write(z));
        assertEquals(z, read(write(z).replace('"', '\''), TwoProportionZTest.class));
        BayesianAbTest bayes = BayesianAbTest.of(50, 1000, 70, 1000);
        assertEquals(json("{" + counts + ",'probabilityBBeatsA':0.9698531786991816,'reason':null}"), write(bayes));
        assertEquals(bayes, read("{" + counts + "}", BayesianAbTest.class));
    }

    @Test
    void readsTheTestsFromTheirCountsAndChecksTheFigures() {
        String counts = "'successesA':50,'trialsA':1000,'successesB':70,'trialsB':1000";
        rejects("{" + counts + ",'pValue':0.05}", TwoProportionZTest.class, "/pValue",
                "TwoProportionZTest.pValue must equal the value computed from the inputs, "
                        + "OptionalDouble[0.05968560553242614], was OptionalDouble[0.05]");
        rejects("{" + counts + ",'probabilityBBeatsA':0.5}", BayesianAbTest.class, "/probabilityBBeatsA",
                "BayesianAbTest.probabilityBBeatsA must equal the value computed from the inputs");
        // a rate above 1 (a non-strict funnel counted in events) is read with its domain reason
        String events = "{'successesA':12,'trialsA':10,'successesB':9,'trialsB':10,'reason':'rate above 1'}";
        assertEquals(TwoProportionZTest.undefined(12, 10, 9, 10, "rate above 1"), read(events, TwoProportionZTest.class));
        assertEquals(BayesianAbTest.undefined(12, 10, 9, 10, "rate above 1"), read(events, BayesianAbTest.class));
        rejects("{'successesA':12,'trialsA':10,'successesB':9,'trialsB':10}", TwoProportionZTest.class, "",
                "invalid TwoProportionZTest: ");
        rejects("{'successesA':-1,'trialsA':10,'successesB':9,'trialsB':10,'reason':'x'}", BayesianAbTest.class, "",
                "invalid BayesianAbTest: ");
        // counts whose exact Bayesian sum would take billions of terms are refused quickly
        rejects("{'successesA':2000000000,'trialsA':4000000000,'successesB':2000000000,'trialsB':4000000000}",
                BayesianAbTest.class, "", "invalid BayesianAbTest: min(successesA, trialsA - successesA, successesB, "
                        + "trialsB - successesB) must be < 1000000 for kpi-json to recompute the Bayesian test, "
                        + "was 2000000000");
    }

    @Test
    void readsAFunnelComparisonFromItsFunnelsAndMinimum() {
        // A 1000 → 50, B 1000 → 75; a minimum of 60 conversions flags A
        Funnel a = Funnel.of(List.of(new FunnelStage("visit", 1000), new FunnelStage("order", 50)));
        Funnel b = Funnel.of(List.of(new FunnelStage("visit", 1000), new FunnelStage("order", 75)));
        FunnelComparison c = FunnelComparison.between(a, b, new MinimumSample(30, 60));
        String text = write(c);
        assertEquals(c, read(text.replace('"', '\''), FunnelComparison.class));
        String funnels = "'a':{'stages':[{'name':'visit','count':1000},{'name':'order','count':50}],'strict':true,"
                + "'confidence':0.95},'b':{'stages':[{'name':'visit','count':1000},{'name':'order','count':75}],"
                + "'strict':true,'confidence':0.95},'minimum':{'minEntrants':30,'minOutcomes':60}";
        assertEquals(c, read("{" + funnels + "}", FunnelComparison.class));
        // the overall step's warning is checked against the minimum
        String overall = write(c.overall()).replace('"', '\'');
        rejects("{" + funnels + ",'overall':" + overall.replace("'sampleWarning':'below minimum sample: A has 50 "
                + "conversions (< 60)'", "'sampleWarning':null").replace("'belowMinimumSample':true",
                "'belowMinimumSample':false") + "}", FunnelComparison.class, "/overall",
                "FunnelComparison.overall must equal the value computed from the inputs");
        // a step read on its own: its figures are checked, its warning is kept as written
        StepComparison step = read(overall, StepComparison.class);
        assertEquals(c.overall(), step);
        rejects(overall.replace("'entrantsB':1000", "'entrantsB':900"), StepComparison.class, "/absoluteLift",
                "StepComparison.absoluteLift must equal the value computed from the inputs");
    }

    @Test
    void readsAnEventFunnelAndItsTimesThroughRestore() {
        // u1 visits; u2 visits, orders 2 min later for 30.00
        List<FunnelEvent> events = List.of(new FunnelEvent("u1", "visit", 0, 0, java.util.Map.of()),
                new FunnelEvent("u2", "visit", 0, 0, java.util.Map.of()),
                new FunnelEvent("u2", "order", 120_000, 30, java.util.Map.of()));
        EventFunnel f = EventFunnel.of(FunnelDefinition.of(List.of("visit", "order")), events);
        String text = write(f);
        String time = "{'from':'visit','to':'order','count':1,'totalMillis':120000,"
                + "'mean':{'value':120000,'numerator':120000,'denominator':1},'median':'PT2M','p90':'PT2M','reason':null}";
        assertEquals(json("{'steps':['visit','order'],'users':[2,1],'values':[0.000000,30.000000],'breakdown':{},"
                + "'times':[" + time + "]}"), text);
        assertEquals(f, read(text.replace('"', '\''), EventFunnel.class));
        rejects(text.replace("\"users\":[2,1]", "\"users\":[1,2]").replace('"', '\''), EventFunnel.class, "",
                "invalid EventFunnel: users[1] must be <= users[0] = 1, was 2");
        rejects(time.replace("'totalMillis':120000", "'totalMillis':100000"), TimeToConvert.class, "",
                "invalid TimeToConvert: totalMillis must be >= 120000 for 1 duration with median 120000 and p90 120000, "
                        + "was 100000");
        // the median is compared in full: a sub-millisecond part is not dropped silently
        rejects(time.replace("'median':'PT2M','p90':'PT2M'", "'median':'PT2M0.0005S','p90':'PT2M0.0005S'"),
                TimeToConvert.class, "/median", "TimeToConvert.median must equal the value computed from the inputs");
        rejects("{'from':'visit','to':'order','count':1,'totalMillis':120000}", TimeToConvert.class, "",
                "invalid TimeToConvert: median must be a duration when count is 1 (null means no user reached both "
                        + "steps), was null");
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        rejects("{'stages':[{'name':'visit','count':10},{'name':'order','count':20}],'strict':true,'confidence':0.95}",
                Funnel.class, "", "invalid Funnel: ");
        rejects("{'stages':[{'name':'visit','count':-1}],'strict':true,'confidence':0.95}",
                Funnel.class, "/stages/0", "invalid FunnelStage: ");
        String definition = "{'steps':['visit','order'],'order':'ORDERED','conversionWindow':'PT1H',"
                + "'stepWindows':[],'exclusions':[],'breakdownAttribution':'FIRST_TOUCH'}";
        rejects(definition, FunnelDefinition.class, "",
                "invalid FunnelDefinition: stepWindows must have one entry per step after the first (1), was 0");
        rejects(definition.replace("'PT1H'", "'7 days'"), FunnelDefinition.class, "/conversionWindow",
                "FunnelDefinition.conversionWindow must be an ISO-8601 duration such as \"PT24H\", was \"7 days\"");
        rejects("{'successes':5,'trials':4,'confidence':0.95}", WilsonInterval.class, "", "invalid WilsonInterval: ");
        rejects("{'successes':1,'trials':4,'confidence':0.95,'lower':0.5}", WilsonInterval.class, "/lower",
                "WilsonInterval.lower must equal the value computed from the inputs, OptionalDouble[0.04558726080970055], "
                        + "was OptionalDouble[0.5]");
    }
}
