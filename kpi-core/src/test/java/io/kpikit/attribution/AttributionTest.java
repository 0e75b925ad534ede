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
}
