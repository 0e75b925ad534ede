package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void spendGivesRoasAndCostPerAttributedConversion() {
        // last touch on the sample: Search 4 conversions CNY 400.00, Direct 3 conversions CNY 150.00
        Attribution a = RuleBasedModel.lastTouch().attribute(RuleBasedModelTest.sample());
        List<ChannelReturn> rows = a.withSpend(Map.of("Search", Money.parse("CNY 100.00"),
                "Direct", Money.parse("CNY 10.00"), "Email", Money.parse("CNY 5.00")));
        assertEquals(List.of("Search", "Email", "Direct"), rows.stream().map(ChannelReturn::channel).toList());
        ChannelReturn search = rows.get(0);
        assertEquals(4.0, search.roas().doubleValue());                // 400 / 100
        assertEquals(Optional.of(Money.parse("CNY 25.00")), search.costPerConversionMoney()); // 100 / 4
        ChannelReturn direct = rows.get(2);
        assertEquals(15.0, direct.roas().doubleValue());               // 150 / 10
        assertEquals(Optional.of(Money.parse("CNY 3.33")), direct.costPerConversionMoney()); // 10 / 3
        ChannelReturn email = rows.get(1);                              // no credit under last touch
        assertEquals(0.0, email.roas().doubleValue());
        assertFalse(email.costPerConversion().isDefined());
        assertEquals(Optional.empty(), email.costPerConversionMoney());
    }

    @Test
    void spendIsValidated() {
        Attribution a = RuleBasedModel.lastTouch().attribute(RuleBasedModelTest.sample());
        assertEquals("channel must be one of [Search, Email, Social, Direct, Display], was \"TV\"",
                assertThrows(IllegalArgumentException.class,
                        () -> a.withSpend(Map.of("TV", Money.parse("CNY 1.00")))).getMessage());
        assertEquals("spend must be >= 0, was CNY -1.00 (channel \"Search\")",
                assertThrows(IllegalArgumentException.class,
                        () -> a.withSpend(Map.of("Search", Money.parse("CNY -1.00")))).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> a.withSpend(Map.of("Search", Money.parse("USD 1.00"))));
    }

    @Test
    void creditsAreListedInChannelOrder() {
        Attribution a = RuleBasedModel.firstTouch().attribute(RuleBasedModelTest.sample());
        assertEquals(List.of("Search", "Email", "Social", "Direct", "Display"), a.channels());
        assertEquals(7, a.totalConversions());
        assertEquals(Money.parse("CNY 550.00"), a.totalValue());
        assertEquals(a, RuleBasedModel.firstTouch().attribute(RuleBasedModelTest.sample()));
    }

    @Test
    void aTieForTheLastCentGoesToTheChannelNameThatSortsFirst() {
        Money total = Money.parse("CNY 2605.21");
        // 260521 fen / 4 = 65130.25 each: one spare fen; weights equal up to their last bits tie
        double third = 0.1 + 0.2; // 0.30000000000000004
        List<Money> a = Attribution.allocateByName(total, new double[] {0.3, third, 0.3, 0.3},
                List.of("ch2", "ch1", "ch3", "ch0"));
        assertEquals(List.of(Money.parse("CNY 651.30"), Money.parse("CNY 651.30"), Money.parse("CNY 651.30"),
                Money.parse("CNY 651.31")), a);
        List<Money> b = Attribution.allocateByName(total, new double[] {0.3, 0.3, third, 0.3},
                List.of("ch0", "ch3", "ch1", "ch2"));
        assertEquals(Money.parse("CNY 651.31"), b.get(0));
        // a clearly larger remainder still wins: 2/3 of a fen beats 1/3
        List<Money> c = Attribution.allocateByName(Money.parse("CNY 0.01"), new double[] {1, 2},
                List.of("a", "b"));
        assertEquals(List.of(Money.parse("CNY 0.00"), Money.parse("CNY 0.01")), c);
    }
}
