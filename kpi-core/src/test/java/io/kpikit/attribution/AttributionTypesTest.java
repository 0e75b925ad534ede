package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record checks, accessors and texts of the attribution types that the main examples do not reach. */
class AttributionTypesTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void recordsRejectNegativeOrNonFiniteNumbers() {
        Money zero = Money.of("0", "CNY");
        Ratio half = Ratio.of(1, 2);
        assertEquals("conversions must be a finite number >= 0, was -1.0 (channel \"A\")",
                message(() -> new ChannelCredit("A", -1, zero, half)));
        assertEquals("conversions must be a finite number >= 0, was NaN (channel \"A\")",
                message(() -> new ChannelCredit("A", Double.NaN, zero, half)));
        assertEquals("conversions must be a finite number >= 0, was Infinity (channel \"A\")",
                message(() -> new ChannelCredit("A", Double.POSITIVE_INFINITY, zero, half)));
        PathSet empty = PathSet.builder(CNY).build();
        assertEquals("unattributedConversions must be >= 0, was -1", message(() -> new Journeys(empty, -1, zero)));
        assertEquals(0, new Journeys(empty, 0, zero).unattributedConversions());
        assertEquals("unattributedValue must be >= 0, was CNY -1.00",
                message(() -> new Journeys(empty, 1, Money.parse("CNY -1.00"))));
        assertEquals("unattributedValue must be zero when unattributedConversions is 0, was CNY 5.00",
                message(() -> new Journeys(empty, 0, Money.parse("CNY 5.00"))));
        assertThrows(io.kpikit.core.CurrencyMismatchException.class,
                () -> new Journeys(empty, 1, Money.parse("USD 5.00")));
        assertEquals(Money.parse("CNY 5.00"), new Journeys(empty, 1, Money.parse("CNY 5.00")).unattributedValue());
        assertEquals("Shapley value must be finite, was NaN (channel \"A\")",
                message(() -> new ShapleyValue("A", 1, 0, Double.NaN, 0)));
    }

    @Test
    void texts() {
        PathSet p = PathSet.builder(CNY).add("Search > Email", " > ", 1, new BigDecimal("100.00"), 1).build();
        assertEquals("PathSet[1 paths, 2 channels, conversions 1.0, value CNY 100.00]", p.toString());
        // one converting and one null path through the same chain: P(conversion) = 1/2
        MarkovChain chain = MarkovModel.ofOrder(1).fit(p);
        assertEquals(2, chain.stateCount());
        assertEquals("MarkovChain[order 1, 2 states, P=0.5]", chain.toString());
        assertEquals(2, MarkovModel.ofOrder(2).order());
        assertEquals("markov_order2", MarkovModel.ofOrder(2).toString());
    }

    @Test
    void comparisonCsvQuotesChannelsThatNeedIt() {
        PathSet q = PathSet.builder(CNY).add(List.of("Search, paid", "Email \"news\""), 1, new BigDecimal("100.00"), 0)
                .build();
        ModelComparison mc = ModelComparison.of(q, List.of(RuleBasedModel.firstTouch()));
        assertEquals(List.of("Search, paid", "Email \"news\""), mc.channels());
        assertEquals("channel,first_touch conversions,first_touch value\n"
                + "\"Search, paid\",1.0,100.00\n"
                + "\"Email \"\"news\"\"\",0.0,0.00\n", mc.toCsv());
        assertEquals("ModelComparison[2 channels × [first_touch]]", mc.toString());
    }
}
