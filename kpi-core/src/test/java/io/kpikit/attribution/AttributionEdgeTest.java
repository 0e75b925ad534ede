package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameter limits, sub-second half-lives and currency checks of attribution the main examples do not reach. */
class AttributionEdgeTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    /** One user: search at 0 s, email at 1.5 s, a conversion of 300.00 at 1.5 s. */
    private static PathSet searchThenEmail() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        acc.add(new Touchpoint("u", "search", T0));
        acc.add(new Touchpoint("u", "email", T0.plusMillis(1500)));
        acc.add(new Conversion("u", T0.plusMillis(1500), Money.of("300.00", "CNY")));
        return acc.result().paths();
    }

    @Test
    void positionSharesAreCheckedEachAndTogether() {
        assertEquals("lastShare must be in [0, 1], was -0.1", message(() -> RuleBasedModel.positionBased(0.4, -0.1)));
        assertEquals("firstShare must be in [0, 1], was 1.01", message(() -> RuleBasedModel.positionBased(1.01, 0)));
        assertEquals("position_based(0,1)", RuleBasedModel.positionBased(0, 1).name());
        assertEquals("position_based(1,0)", RuleBasedModel.positionBased(1, 0).toString());
        assertEquals("position_based(0.4,0.6)", RuleBasedModel.positionBased(0.4, 0.6).name());
    }

    @Test
    void aSubSecondHalfLifeCountsItsNanoseconds() {
        // half-life 1.5 s: email (age 0) weighs 1, search (age 1.5 s) weighs 1/2, so 300.00 splits 100.00 / 200.00
        Attribution a = RuleBasedModel.timeDecay(Duration.ofMillis(1500)).attribute(searchThenEmail());
        assertEquals("time_decay(PT1.5S)", a.model());
        assertEquals(Money.of("100.00", "CNY"), a.value("search"));
        assertEquals(Money.of("200.00", "CNY"), a.value("email"));
        assertEquals("halfLife must be > 0, was PT0S", message(() -> RuleBasedModel.timeDecay(Duration.ZERO)));
        assertEquals("halfLife must be > 0, was PT-1S", message(() -> RuleBasedModel.timeDecay(Duration.ofSeconds(-1))));
    }

    @Test
    void shapleyLimits() {
        ShapleyModel rate = ShapleyModel.rateBased();
        assertEquals(rate.name(), rate.withExactLimit(0).name());
        assertEquals(rate.name(), rate.withExactLimit(25).toString());
        assertEquals("limit must be in [0, 25], was 26", message(() -> rate.withExactLimit(26)));
        assertEquals("limit must be in [0, 25], was -1", message(() -> rate.withExactLimit(-1)));
        assertEquals(rate.name(), rate.withSampling(2, 7).name());
        assertEquals("count must be >= 2, was 1", message(() -> rate.withSampling(1, 7)));
    }

    @Test
    void spendInAnotherCurrencyIsRejected() {
        Attribution a = RuleBasedModel.firstTouch().attribute(searchThenEmail());
        assertThrows(CurrencyMismatchException.class, () -> a.withSpend(Map.of("search", Money.of("10", "USD"))));
        assertTrue(a.toString().startsWith("Attribution[first_touch, [ChannelCredit[channel=search, conversions=1.0, "
                + "value=CNY 300.00"), a.toString());
    }

    @Test
    void journeysMergeOnlyWithTheSameLookbackAndCurrency() {
        JourneyAccumulator month = new JourneyAccumulator(Duration.ofDays(30), CNY);
        assertEquals("other must have lookback PT720H and currency CNY, was PT168H and CNY",
                message(() -> month.merge(new JourneyAccumulator(Duration.ofDays(7), CNY))));
        assertEquals("other must have lookback PT720H and currency CNY, was PT720H and USD",
                message(() -> month.merge(new JourneyAccumulator(Duration.ofDays(30), Currency.getInstance("USD")))));
    }
}
