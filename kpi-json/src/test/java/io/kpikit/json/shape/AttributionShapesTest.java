package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.ChannelCredit;
import io.kpikit.attribution.Conversion;
import io.kpikit.attribution.JourneyAccumulator;
import io.kpikit.attribution.Journeys;
import io.kpikit.attribution.MarkovChain;
import io.kpikit.attribution.MarkovModel;
import io.kpikit.attribution.ModelComparison;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import io.kpikit.attribution.ShapleyValues;
import io.kpikit.attribution.Touchpoint;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
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
        // read back through Attribution.restore
        assertEquals(RuleBasedModel.lastTouch().attribute(PATHS), read(text, Attribution.class));
    }

    @Test
    void writesEveryPathOfAPathSetAndShapleyValues() {
        String pathsText = write(PATHS);
        assertEquals(json("{'currency':'CNY','channels':['Search','Email','Social'],'size':2,'totalConversions':4.0,"
                + "'totalNulls':11.0,'totalValue':{'amount':380.00,'currency':'CNY'},'hasTouchAges':false,"
                + "'paths':[{'path':['Search','Email'],'conversions':3.0,'value':300.00,'nulls':7.0,'touchAges':null},"
                + "{'path':['Social','Search'],'conversions':1.0,'value':80.00,'nulls':4.0,'touchAges':null}]}"), pathsText);
        assertEquals(PATHS, read(pathsText, PathSet.class));
        // the derived fields may be left out, and touch ages when there are none
        assertEquals(PATHS, read("{'currency':'CNY','hasTouchAges':false,'paths':[{'path':['Search','Email'],"
                + "'conversions':3,'value':300.00,'nulls':7},{'path':['Social','Search'],'conversions':1,"
                + "'value':80,'nulls':4}]}", PathSet.class));
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

    /** The JSON of {@link #PATHS}, with single quotes. */
    private static String pathsJson() {
        return write(PATHS).replace('"', '\'');
    }

    @Test
    void aPathSetWhoseTotalsDisagreeWithItsPathsIsRejected() {
        String paths = pathsJson();
        rejects(paths.replace("'totalValue':{'amount':380.00", "'totalValue':{'amount':381.00"), PathSet.class,
                "/totalValue", "PathSet.totalValue must equal the value computed from the inputs, CNY 380.00, was CNY 381.00");
        rejects(paths.replace("'totalConversions':4.0", "'totalConversions':5.0"), PathSet.class, "/totalConversions",
                "PathSet.totalConversions must equal the value computed from the inputs, 4.0, was 5.0");
        rejects(paths.replace("'totalNulls':11.0", "'totalNulls':11.5"), PathSet.class, "/totalNulls",
                "PathSet.totalNulls must equal the value computed from the inputs, 11.0, was 11.5");
        rejects(paths.replace("'size':2", "'size':3"), PathSet.class, "/size",
                "PathSet.size must equal the value computed from the inputs, 2, was 3");
        rejects(paths.replace("'channels':['Search','Email','Social']", "'channels':['Email','Search','Social']"),
                PathSet.class, "/channels", "PathSet.channels must equal the value computed from the inputs");
        // the total is in the set's currency
        rejects(paths.replace("'currency':'CNY','channels'", "'currency':'USD','channels'"), PathSet.class,
                "/totalValue", "PathSet.totalValue must equal the value computed from the inputs, USD 380.00, was CNY 380.00");
    }

    @Test
    void aPathSetWithAnInvalidPathIsRejectedWithCoresMessage() {
        String paths = pathsJson();
        rejects(paths.replace("'value':80.00", "'value':80.001"), PathSet.class, "",
                "invalid PathSet: value must have at most 2 decimal places in CNY, was 80.001 (path 1)");
        rejects(paths.replace("'conversions':1.0,'value':80.00", "'conversions':0,'value':80.00"), PathSet.class, "",
                "invalid PathSet: value must be 0 on a path without conversions, was 80.00 (path 1)");
        rejects(paths.replace("'path':['Social','Search']", "'path':[]"), PathSet.class, "",
                "invalid PathSet: path must have at least one channel, was empty (path 1)");
        rejects(paths.replace("'nulls':4.0", "'nulls':-4.0"), PathSet.class, "",
                "invalid PathSet: nulls must be a finite number >= 0, was -4.0 (path 1)");
        rejects(paths.replace("'nulls':4.0,'touchAges':null", "'nulls':4.0,'touchAges':[1.0,2.0]"), PathSet.class, "",
                "invalid PathSet: paths[1].touchAges must be null when hasTouchAges is false, was [1.0, 2.0]");
        rejects(paths.replace("'hasTouchAges':false", "'hasTouchAges':true"), PathSet.class, "",
                "invalid PathSet: paths[0].touchAges must be given when hasTouchAges is true, was null");
        rejects(paths.replace("'nulls':4.0,", "'nulls':4.0,'weight':1,"), PathSet.class, "/paths/1/weight", "weight");
        rejects(paths.replace("'value':80.00,", ""), PathSet.class, "/paths/1",
                "PathEntry is missing the required field \"value\"");
        rejects(paths.replace("'value':80.00", "'value':'80.00'"), PathSet.class, "/paths/1/value",
                "PathEntry.value must be a JSON number");
    }

    @Test
    void aPathSetWithTouchAgesReadsBackEqual() {
        PathSet timed = PathSet.builderWithTouchAges(Currency.getInstance("CNY"))
                .add(List.of("Search", "Email"), List.of(172800.0, 3600.0), 1, new BigDecimal("99.00"), 0)
                .add(List.of("Email"), List.of(0.0), 0, BigDecimal.ZERO, 1)
                .build();
        String text = write(timed);
        assertEquals(json("{'path':['Search','Email'],'conversions':1.0,'value':99.00,'nulls':0.0,"
                + "'touchAges':[172800.0,3600.0]}"), text.substring(text.indexOf("{\"path\""), text.indexOf("},{") + 1));
        assertEquals(timed, read(text, PathSet.class));
        rejects(text.replace('"', '\'').replace("'touchAges':[0.0]", "'touchAges':[-1.0]"), PathSet.class, "",
                "invalid PathSet: touchAges[0] must be a finite number >= 0, was -1.0 (path 1)");
        rejects(text.replace('"', '\'').replace("'touchAges':[0.0]", "'touchAges':null"), PathSet.class, "",
                "invalid PathSet: paths[1].touchAges must be given when hasTouchAges is true, was null");
    }

    @Test
    void anAttributionWhoseFiguresDoNotReconcileIsRejected() {
        String text = write(RuleBasedModel.lastTouch().attribute(PATHS)).replace('"', '\'');
        rejects(text.replace("'totalValue':{'amount':380.00", "'totalValue':{'amount':381.00"), Attribution.class, "",
                "invalid Attribution: totalValue must be the sum of the credits' values, CNY 380.00, was CNY 381.00");
        rejects(text.replace("'totalConversions':4.0", "'totalConversions':4.5"), Attribution.class, "",
                "invalid Attribution: totalConversions must be the sum of the credits' conversions, 4.0");
        rejects(text.replace("'conversions':3.0", "'conversions':2.0"), Attribution.class, "",
                "invalid Attribution: totalConversions must be the sum of the credits' conversions, 3.0");
        rejects(text.replace("'model':'last_touch'", "'model':''"), Attribution.class, "",
                "invalid Attribution: model must not be blank, was \"\"");
        rejects(text.replace("'channel':'Social'", "'channel':'Email'"), Attribution.class, "",
                "invalid Attribution: credits[2].channel must be distinct, was \"Email\" twice");
        rejects(text.replace("'value':0.75,", "'value':0.7,"), Attribution.class, "/credits/1/share/value",
                "Ratio.value must equal numerator/denominator = 0.75, was 0.7");
        rejects(text.replace("'value':0.75,'numerator':3.0,'denominator':4.0", "'value':0.5,'numerator':2.0,"
                + "'denominator':4.0"), Attribution.class, "", "invalid Attribution: credits[1].share must be"
                + " conversions / totalConversions, 3.0/4.0 = 0.75 (channel \"Email\"), was 2.0/4.0 = 0.5");
    }

    @Test
    void aComparisonReadsBackAndATamperedAttributionInsideItHasItsPointer() {
        ModelComparison comparison = ModelComparison.of(PATHS, List.of(RuleBasedModel.firstTouch(),
                RuleBasedModel.lastTouch(), MarkovModel.ofOrder(1)));
        String text = write(comparison);
        assertEquals(comparison, read(text, ModelComparison.class));
        String quoted = text.replace('"', '\'');
        // last touch credits Email with 300.00 of the 380.00; 301.00 breaks the sum
        rejects(quoted.replace("'channel':'Email','conversions':3.0,'value':{'amount':300.00",
                "'channel':'Email','conversions':3.0,'value':{'amount':301.00"), ModelComparison.class, "/attributions/1",
                "invalid Attribution: totalValue must be the sum of the credits' values, CNY 381.00, was CNY 380.00");
        rejects(quoted.replace("'models':['first_touch','last_touch','markov_order1']",
                "'models':['first_touch','markov_order1','last_touch']"), ModelComparison.class, "/models",
                "ModelComparison.models must equal the value computed from the inputs");
        rejects(quoted.replace("'channels':['Search','Email','Social']", "'channels':['Search','Email']"),
                ModelComparison.class, "", "invalid ModelComparison: attributions[0] must credit exactly the channels"
                + " [Search, Email] (model \"first_touch\"), was [Search, Email, Social]");
    }

    @Test
    void journeysReadBack() {
        Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(7), Currency.getInstance("CNY"));
        acc.add(new Touchpoint("u1", "Search", t0));
        acc.add(new Conversion("u1", t0.plus(Duration.ofHours(48)), Money.parse("CNY 120.00")));
        acc.add(new Conversion("u2", t0, Money.parse("CNY 30.00")));
        Journeys journeys = acc.result();
        String text = write(journeys);
        assertEquals(journeys, read(text, Journeys.class));
        rejects(text.replace('"', '\'').replace("'unattributedConversions':1", "'unattributedConversions':0"),
                Journeys.class, "", "invalid Journeys: unattributedValue must be zero when unattributedConversions is 0,"
                + " was CNY 30.00");
    }

    /**
     * 2 × (A > B) converting (CNY 200.00), 1 × (A) not, order 1: start → A 3, A → B 2,
     * A → null 1, B → conversion 2 worth 200. P = 2/3, V = 2/3 · 100; removing A or B leaves no
     * route, so both removal effects are 1 and each channel gets 1 conversion and CNY 100.00.
     */
    private static final PathSet TWO_STEPS = PathSet.builder(Currency.getInstance("CNY"))
            .add(List.of("A", "B"), 2, new BigDecimal("200.00"), 0)
            .add(List.of("A"), 0, BigDecimal.ZERO, 1)
            .build();

    @Test
    void aFittedMarkovChainIsWrittenWithItsInputsAndReadBackEqual() {
        MarkovChain chain = MarkovModel.ofOrder(1).fit(TWO_STEPS);
        String text = write(chain);
        assertTrue(text.startsWith(json("{'order':1,'channels':['A','B'],'stateWeights':["
                + "{'channels':['A'],'startWeight':3.0,'conversionWeight':0.0,'nullWeight':1.0,'conversionValue':0.0},"
                + "{'channels':['B'],'startWeight':0.0,'conversionWeight':2.0,'nullWeight':0.0,'conversionValue':200.0}],"
                + "'edges':[{'from':0,'to':1,'weight':2.0}],'totalConversions':2.0,"
                + "'totalValue':{'amount':200.00,'currency':'CNY'},'states':['A','B'],"
                + "'transitions':[{'from':'(start)','to':'A','weight':3.0,'probability':1.0},"
                + "{'from':'A','to':'B','weight':2.0,'probability':0.6666666666666666},"
                + "{'from':'A','to':'(null)','weight':1.0,'probability':0.3333333333333333},"
                + "{'from':'B','to':'(conversion)','weight':2.0,'probability':1.0}],"
                + "'conversionProbability':0.6666666666666666,")), text);
        assertEquals(chain, read(text, MarkovChain.class));
        // the derived fields may be left out: the inputs alone give the chain back
        MarkovChain fromInputs = read("{'order':1,'channels':['A','B'],'stateWeights':["
                + "{'channels':['A'],'startWeight':3,'conversionWeight':0,'nullWeight':1,'conversionValue':0},"
                + "{'channels':['B'],'startWeight':0,'conversionWeight':2,'nullWeight':0,'conversionValue':200}],"
                + "'edges':[{'from':0,'to':1,'weight':2}],'totalConversions':2,"
                + "'totalValue':{'amount':200.00,'currency':'CNY'}}", MarkovChain.class);
        assertEquals(chain, fromInputs);
        assertEquals(chain.removalEffects(), fromInputs.removalEffects());
        assertEquals(Money.parse("CNY 100.00"), fromInputs.attribution().value("A"));
    }

    @Test
    void aTamperedDerivedFigureOfAMarkovChainIsRejectedWithItsPointer() {
        String text = write(MarkovModel.ofOrder(1).fit(TWO_STEPS)).replace('"', '\'');
        rejects(text.replace("'probability':0.6666666666666666", "'probability':0.6666666666666667"),
                MarkovChain.class, "/transitions", "MarkovChain.transitions must equal the value computed from the inputs");
        rejects(text.replace("'conversionProbability':0.6666666666666666", "'conversionProbability':0.6666666666666667"),
                MarkovChain.class, "/conversionProbability", "MarkovChain.conversionProbability must equal the value"
                + " computed from the inputs, 0.6666666666666666, was 0.6666666666666667");
        // a removal effect of 1/2 for A, stated consistently (A removed would leave P⁻ᴬ = 1/3)
        rejects(text.replace("'removalEffects':[{'channel':'A','conversions':{'value':1,'numerator':0.6666666666666666",
                "'removalEffects':[{'channel':'A','conversions':{'value':0.5,'numerator':0.3333333333333333"),
                MarkovChain.class, "/removalEffects", "MarkovChain.removalEffects must equal the value computed from the"
                + " inputs");
        rejects(text.replace("'expectedValue':66.66666666666667", "'expectedValue':66.66666666666666"),
                MarkovChain.class, "/expectedValue", "MarkovChain.expectedValue must equal the value computed from"
                + " the inputs, 66.66666666666667, was 66.66666666666666");
        rejects(text.replace("'states':['A','B']", "'states':['B','A']"), MarkovChain.class, "/states",
                "MarkovChain.states must equal the value computed from the inputs, [A, B], was [B, A]");
        rejects(text.replace("'model':'markov_order1'", "'model':'markov_order2'"), MarkovChain.class, "/attribution",
                "MarkovChain.attribution must equal the value computed from the inputs");
    }

    @Test
    void aMarkovChainWithInvalidInputsIsRejectedWithCoresMessage() {
        String text = write(MarkovModel.ofOrder(1).fit(TWO_STEPS)).replace('"', '\'');
        rejects(text.replace("'edges':[{'from':0,'to':1", "'edges':[{'from':0,'to':5"), MarkovChain.class, "",
                "invalid MarkovChain: edges[0].to must be a state index in [0, 2), was 5");
        rejects(text.replace("'order':1", "'order':0"), MarkovChain.class, "", "invalid MarkovChain: order must be >= 1,"
                + " was 0");
        rejects(text.replace("'channels':['B'],'startWeight':0.0", "'channels':['C'],'startWeight':0.0"),
                MarkovChain.class, "", "invalid MarkovChain: states[1].channels[0] must be one of [A, B], was \"C\"");
        rejects(text.replace("'nullWeight':1.0", "'nullWeight':-1.0"), MarkovChain.class, "/stateWeights/0",
                "invalid State: nullWeight must be >= 0, was -1.0");
        rejects(text.replace("'conversionValue':200.0", "'conversionValue':201.0"), MarkovChain.class, "",
                "invalid MarkovChain: totalValue must be the sum of the states' conversionValue, 201.0");
    }
}
