package io.kpikit.json.shape;

import static io.kpikit.json.JsonTesting.json;
import static io.kpikit.json.JsonTesting.read;
import static io.kpikit.json.JsonTesting.readRaw;
import static io.kpikit.json.JsonTesting.rejects;
import static io.kpikit.json.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.market.Hhi;
import io.kpikit.market.Market;
import io.kpikit.market.Player;
import io.kpikit.market.ShareShift;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketShapesTest {

    private static Market market(long own, long a, long b) {
        return Market.of(List.of(new Player("own", BigDecimal.valueOf(own)), new Player("A", BigDecimal.valueOf(a)),
                new Player("B", BigDecimal.valueOf(b))));
    }

    @Test
    void writesAMarketWithSharesAndHhi() {
        // shares 40/100, 30/100, 20/100, 10/100; HHI = 1600 + 900 + 400 + 100 = 3000, above 1800
        Market m = Market.of(List.of(new Player("A", new BigDecimal("40")), new Player("B", new BigDecimal("30")),
                new Player("C", new BigDecimal("20")), new Player("D", new BigDecimal("10"))));
        String text = write(m);
        assertEquals(json("{'players':[{'name':'A','sales':40},{'name':'B','sales':30},{'name':'C','sales':20},"
                + "{'name':'D','sales':10}],'total':100,'shares':{'A':{'value':0.4,'numerator':40,'denominator':100},"
                + "'B':{'value':0.3,'numerator':30,'denominator':100},'C':{'value':0.2,'numerator':20,'denominator':100},"
                + "'D':{'value':0.1,'numerator':10,'denominator':100}},"
                + "'cr4':{'value':1,'numerator':100,'denominator':100},"
                + "'hhi':{'value':3000,'numerator':30000000,'denominator':10000},"
                + "'concentration':'HIGHLY_CONCENTRATED'}"), text);
        assertEquals(m, read(text, Market.class));
    }

    @Test
    void writesAndReadsTheShareTakenFromCompetitors() {
        // own 20% → 26% (+6 points), A 50% → 45% (−5), B 30% → 29% (−1): A gave 5, B gave 1
        ShareShift s = ShareShift.between(market(20, 50, 30), market(26, 45, 29), "own");
        String text = write(s);
        String start = json("{'own':'own','before':{'players':[{'name':'own','sales':20},{'name':'A','sales':50},");
        assertEquals(start, text.substring(0, start.length()));
        String own = json("'ownChange':{'before':{'value':0.2,'numerator':20,'denominator':100},"
                + "'after':{'value':0.26,'numerator':26,'denominator':100},"
                + "'points':{'value':6,'numerator':60000,'denominator':10000},");
        assertTrue(text.contains(own), text);
        assertEquals(6.0, s.takenFromCompetitors().doubleValue());
        // A's part = gain · loss / (D · Σloss) = 60000 · 50000 / (10000 · 60000) = 5 points
        String a = json("'takenPoints':{'value':5,'numerator':3000000000,'denominator':600000000}}");
        assertTrue(text.contains(a), text);
        assertEquals(s, readRaw(text, ShareShift.class));
    }

    @Test
    void readsAShareShiftFromItsMarketsAloneAndChecksTheFiguresGiven() {
        String markets = "'own':'own','before':{'players':[{'name':'own','sales':20},{'name':'A','sales':80}]},"
                + "'after':{'players':[{'name':'own','sales':30},{'name':'A','sales':70}]}";
        ShareShift s = read("{" + markets + "}", ShareShift.class);
        // own 20% → 30%: 10 points, all taken from A
        assertEquals(10.0, s.takenFromCompetitors().doubleValue());
        rejects("{" + markets + ",'takenFromCompetitors':{'numerator':5,'denominator':1}}", ShareShift.class,
                "/takenFromCompetitors", "ShareShift.takenFromCompetitors must equal the value computed from the inputs");
        rejects("{'own':'X'," + markets.substring("'own':'own',".length()) + "}", ShareShift.class, "",
                "invalid ShareShift: player must be in at least one of the two markets, was \"X\"");
    }

    @Test
    void writesAndReadsAnHhiWithTheSharesItCameFrom() {
        // 60% and 40%: 3600 + 1600 = 5200, kept as 10,000 · 5200 / 100²
        Hhi hhi = Hhi.of(List.of(new BigDecimal("60"), new BigDecimal("40")));
        String text = write(hhi);
        assertEquals(json("{'shares':[60,40],'ratio':{'value':5200,'numerator':52000000,'denominator':10000},"
                + "'concentration':'HIGHLY_CONCENTRATED'}"), text);
        assertEquals(hhi, readRaw(text, Hhi.class));
        assertEquals(hhi, read("{'shares':[60,40]}", Hhi.class));
        rejects("{'shares':[60,40],'concentration':'UNCONCENTRATED'}", Hhi.class, "/concentration",
                "Hhi.concentration must equal the value computed from the inputs");
        rejects("{'shares':[60,-40]}", Hhi.class, "", "invalid Hhi: shares[1] must be >= 0, was -40");
        rejects("{'ratio':{'numerator':1,'denominator':1}}", Hhi.class, "");
    }

    @Test
    void rejectsBadInputWithThePointerAndCoresMessage() {
        rejects("{'players':[{'name':'A','sales':1},{'name':'A','sales':2}]}", Market.class, "",
                "invalid Market: player names must be distinct, was \"A\" twice");
        rejects("{'players':[{'name':'A','sales':1},{'name':'B','sales':-2}]}", Market.class, "/players/1",
                "invalid Player: sales must be >= 0, was -2");
        rejects("{'players':[{'name':'A','sales':1}],'concentration':'UNCONCENTRATED'}", Market.class, "/concentration",
                "Market.concentration must equal the value computed from the inputs, Optional[HIGHLY_CONCENTRATED], "
                        + "was Optional[UNCONCENTRATED]");
    }
}
