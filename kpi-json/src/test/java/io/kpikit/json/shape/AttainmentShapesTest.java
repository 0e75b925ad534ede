package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.attainment.Attainment;
import io.kpikit.attainment.FeasibilityRule;
import io.kpikit.attainment.GrowthTarget;
import io.kpikit.attainment.Pacing;
import io.kpikit.attainment.Profile;
import io.kpikit.attainment.Scorecard;
import io.kpikit.attainment.ScorecardKpi;
import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttainmentShapesTest {

    @Test
    void writesSalesAt98PercentOfTheGrowthTarget() {
        // target +20% on a base of 100: level 120; actual 117.6 is 117.6/120 = 98%
        // (level attainment uses the default convention, the relative gap 1 + (117.6 − 120)/120)
        GrowthTarget target = GrowthTarget.of(new BigDecimal("100"), new BigDecimal("0.20"), Direction.HIGHER_IS_BETTER);
        assertEquals(json("{'base':100,'targetGrowth':0.20,'direction':'HIGHER_IS_BETTER','targetLevel':120.00}"),
                write(target));
        Attainment level = target.levelAttainment(new BigDecimal("117.6"));
        String text = write(level);
        assertEquals(json("{'actual':117.6,'target':120.00,'direction':'HIGHER_IS_BETTER','convention':'RELATIVE_GAP',"
                + "'ratio':{'value':0.98,'numerator':117.60,'denominator':120.00}}"), text);
        assertEquals(level, read(text, Attainment.class));
    }

    @Test
    void writesPacingHalfWayThroughTheYear() {
        // target 1,200, YTD 540 after 6 of 12 equal months: expected 600, pace 0.9, projected 1,080
        Pacing p = Pacing.of(new BigDecimal("1200"), new BigDecimal("540"), Profile.equal(12), 6,
                Direction.HIGHER_IS_BETTER);
        String text = write(p);
        assertEquals(json("{'target':1200,'yearToDate':540,'elapsedShare':{'value':0.5,'numerator':6,'denominator':12},"
                + "'direction':'HIGHER_IS_BETTER','expectedToDate':600,"
                + "'pace':{'value':0.9,'numerator':540,'denominator':600},"
                + "'projected':{'value':1080,'numerator':540,'denominator':0.5},'onTrack':false}"), text);
        assertEquals(text, write(read(text, Pacing.class)));
    }

    @Test
    void writesAScorecardWithItsScores() {
        // 0.6 × min(1.5, cap 1.2) + 0.4 × 0.9 = 0.72 + 0.36 = 1.08
        Scorecard card = Scorecard.of(ScorecardKpi.of("sales", Ratio.of(150, 100), 0.6).withCap(1.2),
                ScorecardKpi.of("cac", Ratio.of(90, 100), 0.4));
        String text = write(card);
        String kpis = "{'kpis':[{'name':'sales','attainment':{'value':1.5,'numerator':150,'denominator':100},"
                + "'weight':0.6,'floor':null,'cap':1.2},"
                + "{'name':'cac','attainment':{'value':0.9,'numerator':90,'denominator':100},'weight':0.4,"
                + "'floor':null,'cap':null}],'normalised':false,'weights':[0.6,0.4],"
                + "'score':{'composite':{'value':1.08},'lines':[{'name':'sales',";
        assertEquals(json(kpis), text.substring(0, json(kpis).length()));
        assertEquals(text, write(read(text, Scorecard.class)));
        assertEquals(json("{'form':'factor','amount':2.0}"), write(FeasibilityRule.DEFAULT));
        assertEquals(FeasibilityRule.margin(0.1), read("{'form':'margin','amount':0.1}", FeasibilityRule.class));
    }

    @Test
    void writesWhetherAScorecardWasNormalisedEvenWhenItsWeightsAlreadySumToOne() {
        // 0.6 + 0.4 = 1, but the card was built with normalised(): it says so, and reads back as such
        Scorecard card = Scorecard.normalised(ScorecardKpi.of("sales", Ratio.of(150, 100), 0.6),
                ScorecardKpi.of("cac", Ratio.of(90, 100), 0.4));
        String text = write(card);
        assertEquals(true, text.contains(json("'normalised':true")), text);
        assertEquals(true, read(text, Scorecard.class).isNormalised());
        // a margin rule: its form and amount from core's accessors
        assertEquals(json("{'form':'margin','amount':0.1}"), write(FeasibilityRule.margin(0.1)));
        assertEquals(FeasibilityRule.factor(1.5), read(write(FeasibilityRule.factor(1.5)), FeasibilityRule.class));
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        String sales = "{'name':'sales','attainment':{'numerator':150,'denominator':100},'weight':0.6}";
        rejects("{'kpis':[" + sales + "],'normalised':false}", Scorecard.class, "",
                "invalid Scorecard: weights must sum to 1 (within 1e-9), was 0.6");
        rejects("{'kpis':[" + sales + "," + sales.replace("'weight':0.6", "'weight':-1") + "],'normalised':true}",
                Scorecard.class, "/kpis/1", "invalid ScorecardKpi: weight must be a finite number >= 0, was -1.0 (kpi \"sales\")");
        rejects("{'kpis':[" + sales.replace("'numerator':150", "'value':2,'numerator':150") + "],'normalised':true}",
                Scorecard.class, "/kpis/0/attainment/value", "Ratio.value must equal numerator/denominator = 1.5, was 2");
        rejects("{'form':'ratio','amount':2}", FeasibilityRule.class, "",
                "invalid FeasibilityRule: form must be \"factor\" or \"margin\", was \"ratio\"");
        rejects("{'target':1,'yearToDate':1,'elapsedShare':{'numerator':3,'denominator':2},'direction':'HIGHER_IS_BETTER'}",
                Pacing.class, "", "invalid Pacing: elapsedShare must be a share in [0, 1] with a positive denominator, "
                        + "was 3/2 = 1.5");
        rejects("{'actual':1,'target':2,'direction':'HIGHER_IS_BETTER','convention':'RATIO',"
                + "'ratio':{'numerator':1,'denominator':3}}", Attainment.class, "/ratio",
                "Attainment.ratio must equal the value computed from the inputs, 1/2 = 0.5, was 1/3 = 0.3333333333333333333333333333333333");
    }
}
