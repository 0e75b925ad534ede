package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.funnel.Funnel;
import io.kpikit.funnel.FunnelDefinition;
import io.kpikit.funnel.FunnelExclusion;
import io.kpikit.funnel.FunnelStage;
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
        assertEquals(json("{'zScore':1.883108942886774,'pValue':0.05968560553242614,'reason':null}"),
                write(TwoProportionZTest.of(50, 1000, 70, 1000)));
        assertEquals(json("{'probabilityBBeatsA':0.9698531786991816,'reason':null}"),
                write(BayesianAbTest.of(50, 1000, 70, 1000)));
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
