package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.CNY;
import static io.kpikit.review.ReviewFixtures.FY2024;
import static io.kpikit.review.ReviewFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link ReviewDocument}'s own checks at their edges: the currency's minor unit, unique KPI
 * names, the sum of the channels' new customers (at most {@link Long#MAX_VALUE}, channels
 * without the count skipped) and the gross margin's decimals.
 */
class ReviewDocumentLimitsTest {

    private static final long MAX = Long.MAX_VALUE;

    private static void assertRejected(String field, String message, Executable build) {
        ReviewInputException e = assertThrows(ReviewInputException.class, build);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static ChannelInput channel(String name, Long newCustomers) {
        return new ChannelInput(name, cny("10"), cny("20"), null, newCustomers);
    }

    private static ReviewDocument channels(ChannelInput... channels) {
        return ReviewFixtures.with(null, null, List.of(channels), null, null, null, null);
    }

    private static ReviewDocument margin(String margin) {
        return ReviewFixtures.with(null, null, null, new CustomerInput(10, 1, 1, null, null, new BigDecimal(margin), null,
                null, null), null, null, null);
    }

    @Test
    void theCurrencyNeedsAMinorUnit() {
        assertRejected("currency", "currency must have a minor unit (ISO 4217 digits), was XAU", () -> new ReviewDocument(
                "Acme", FY2024, Currency.getInstance("XAU"), null, null, null, null, null, null, null));
        assertEquals(Currency.getInstance("JPY"), new ReviewDocument("Acme", FY2024, Currency.getInstance("JPY"), null,
                null, null, null, null, null, null).currency());
    }

    @Test
    void kpiNamesAreUnique() {
        assertRejected("kpis/2/name", "kpi names must be unique, was \"a\" twice", () -> ReviewFixtures.with(List.of(
                ReviewFixtures.level("a", "1", "1", null), ReviewFixtures.level("b", "1", "1", null),
                ReviewFixtures.level("a", "1", "1", null)), null, null, null, null, null, null));
    }

    @Test
    void newCustomersOfAllChannelsMaySumToLongMaxValue() {
        // (MAX - 1) + 1 = MAX, with a channel without the count between
        assertEquals(3, channels(channel("a", MAX - 1), channel("b", null), channel("c", 1L)).channels().size());
        assertRejected("channels/3/newCustomers", "newCustomers of all channels must sum to at most " + MAX + ", was 1"
                + " (channel \"d\")", () -> channels(channel("a", MAX - 1), channel("b", null), channel("c", 1L),
                        channel("d", 1L)));
    }

    @Test
    void aGrossMarginHasAtMost62DecimalsInCny() {
        // CNY has 2 minor digits: ARPU (scale 2) × margin (scale 62) has scale 64, an amount's limit
        String sixtyTwo = "0." + "0".repeat(61) + "5";
        assertEquals(new BigDecimal(sixtyTwo), margin(sixtyTwo).customers().grossMargin());
        // 63 decimals whose last is a zero count as 62
        assertEquals(new BigDecimal(sixtyTwo + "0"), margin(sixtyTwo + "0").customers().grossMargin());
        String sixtyThree = "0." + "0".repeat(62) + "5";
        assertRejected("customers/grossMargin", "grossMargin must have at most 62 decimal places (so that ARPU in CNY"
                + " × grossMargin is an amount, at most 64), was 5E-63", () -> margin(sixtyThree));
        assertEquals(CNY, margin("0.5").currency());
    }
}
