package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Attribution#restore}: a stored attribution comes back equal, inconsistent figures are rejected. */
class AttributionRestoreTest {

    /** 3 × (Search > Email) worth 300.00 with 7 nulls, 1 × (Social > Search) worth 80.00 with 4. */
    static final PathSet PATHS = PathSet.builder(RandomPaths.CNY)
            .add(List.of("Search", "Email"), 3, new BigDecimal("300.00"), 7)
            .add(List.of("Social", "Search"), 1, new BigDecimal("80.00"), 4)
            .build();

    private static ChannelCredit credit(String channel, double conversions, String value, double total) {
        return new ChannelCredit(channel, conversions, Money.parse("CNY " + value), Ratio.of(conversions, total));
    }

    /** Last touch: Email closes 3 conversions (300.00), Search 1 (80.00), Social none. */
    private static List<ChannelCredit> lastTouch() {
        return List.of(credit("Search", 1, "80.00", 4), credit("Email", 3, "300.00", 4), credit("Social", 0, "0.00", 4));
    }

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void theStoredFiguresOfAModelsResultGiveItBack() {
        Attribution a = Attribution.restore("last_touch", lastTouch(), 4, Money.parse("CNY 380.00"));
        assertEquals(RuleBasedModel.lastTouch().attribute(PATHS), a);
        assertEquals(3.0, a.conversions("Email"));
        assertEquals(Money.parse("CNY 80.00"), a.value("Search"));
        assertEquals(List.of("Search", "Email", "Social"), a.channels());
        for (AttributionModel m : AttributionProperties.pathModels(PATHS)) {
            Attribution original = m.attribute(PATHS);
            assertEquals(original, Attribution.restore(original.model(), original.credits(),
                    original.totalConversions(), original.totalValue()), m.name());
        }
    }

    @Test
    void withoutConversionsEveryCreditIsZeroAndEveryShareUndefined() {
        PathSet none = PathSet.builder(RandomPaths.CNY).add(List.of("A", "B"), 0, BigDecimal.ZERO, 5).build();
        Attribution original = RuleBasedModel.linearPerTouch().attribute(none);
        // 0/0 shares, written as Ratio.of(0, 0) by the model and Ratio.of(0.0, 0.0) here: equal
        Attribution a = Attribution.restore("linear_per_touch", List.of(credit("A", 0, "0.00", 0),
                credit("B", 0, "0.00", 0)), 0, Money.parse("CNY 0.00"));
        assertEquals(original, a);
        assertEquals("credits[1].conversions must be 0 when totalConversions is 0, was 1.0E-10 (channel \"B\")",
                error(() -> Attribution.restore("m", List.of(credit("A", 0, "0.00", 0), credit("B", 1e-10, "0.00", 0)),
                        0, Money.parse("CNY 0.00"))));
        // no channels at all: the attribution of an empty path set
        Attribution empty = RuleBasedModel.firstTouch().attribute(PathSet.builder(RandomPaths.CNY).build());
        assertEquals(empty, Attribution.restore("first_touch", List.of(), 0, Money.parse("CNY 0.00")));
    }

    @Test
    void valuesMustAddUpToTheTotalToTheCent() {
        assertEquals("totalValue must be the sum of the credits' values, CNY 380.00, was CNY 380.01",
                error(() -> Attribution.restore("last_touch", lastTouch(), 4, Money.parse("CNY 380.01"))));
        assertEquals("credits[0].value must be >= 0, was CNY -80.00 (channel \"Search\")",
                error(() -> Attribution.restore("m", List.of(credit("Search", 1, "-80.00", 4), credit("Email", 3, "460.00", 4)),
                        4, Money.parse("CNY 380.00"))));
        assertEquals("credits[0].value must be whole minor units of CNY (at most 2 decimal places), was CNY 80.005"
                        + " (channel \"Search\")",
                error(() -> Attribution.restore("m", List.of(credit("Search", 1, "80.005", 4),
                        credit("Email", 3, "299.995", 4)), 4, Money.parse("CNY 380.00"))));
        assertEquals("totalValue must be whole minor units of CNY (at most 2 decimal places), was CNY 380.001",
                error(() -> Attribution.restore("m", lastTouch(), 4, Money.parse("CNY 380.001"))));
        assertEquals("totalValue must be >= 0, was CNY -1.00",
                error(() -> Attribution.restore("m", List.of(), 0, Money.parse("CNY -1.00"))));
        // trailing zeros are not extra precision
        assertEquals(Money.parse("CNY 380.00"), Attribution.restore("m", lastTouch(), 4,
                Money.parse("CNY 380.0000")).totalValue());
        assertThrows(CurrencyMismatchException.class,
                () -> Attribution.restore("m", lastTouch(), 4, Money.parse("USD 380.00")));
    }

    @Test
    void conversionsMustAddUpToTheTotalWithinTheTolerance() {
        // 1 + 3 + 0 = 4, stated 4.1
        assertEquals("totalConversions must be the sum of the credits' conversions, 4.0 (to within 1.0E-9 relative),"
                + " was 4.1", error(() -> Attribution.restore("m", List.of(credit("Search", 1, "80.00", 4.1),
                        credit("Email", 3, "300.00", 4.1)), 4.1, Money.parse("CNY 380.00"))));
        // the tolerance for a total of about 4 is 1e-9 × 4 = 4e-9: 3.9e-9 off is accepted, 4.1e-9 is not
        double total = 4 + 3.9e-9;
        Attribution close = Attribution.restore("m", List.of(credit("Search", 1, "80.00", total),
                credit("Email", 3, "300.00", total)), total, Money.parse("CNY 380.00"));
        assertEquals(total, close.totalConversions());
        double far = 4 + 4.1e-9;
        error(() -> Attribution.restore("m", List.of(credit("Search", 1, "80.00", far), credit("Email", 3, "300.00", far)),
                far, Money.parse("CNY 380.00")));
        assertEquals("totalConversions must be >= 0, was -4.0",
                error(() -> Attribution.restore("m", List.of(), -4, Money.parse("CNY 0.00"))));
        assertEquals("totalConversions must be a finite number, was NaN",
                error(() -> Attribution.restore("m", List.of(), Double.NaN, Money.parse("CNY 0.00"))));
    }

    @Test
    void sharesMustBeConversionsOverTheTotal() {
        List<ChannelCredit> credits = List.of(credit("Search", 1, "80.00", 4),
                new ChannelCredit("Email", 3, Money.parse("CNY 300.00"), Ratio.of(300, 380)));
        assertEquals("credits[1].share must be conversions / totalConversions, 3.0/4.0 = 0.75 (channel \"Email\"),"
                + " was 300/380 = 0.7894736842105263157894736842105263",
                error(() -> Attribution.restore("m", credits, 4, Money.parse("CNY 380.00"))));
        // 3/4 = 0.75 = 6/8, but the share keeps its numerator and denominator
        List<ChannelCredit> scaled = List.of(credit("Search", 1, "80.00", 4),
                new ChannelCredit("Email", 3, Money.parse("CNY 300.00"), Ratio.of(6, 8)));
        assertEquals("credits[1].share must be conversions / totalConversions, 3.0/4.0 = 0.75 (channel \"Email\"),"
                + " was 6/8 = 0.75", error(() -> Attribution.restore("m", scaled, 4, Money.parse("CNY 380.00"))));
    }

    @Test
    void modelAndChannelsAreChecked() {
        assertEquals("model must not be blank, was \" \"",
                error(() -> Attribution.restore(" ", lastTouch(), 4, Money.parse("CNY 380.00"))));
        assertEquals("credits[1].channel must be distinct, was \"Search\" twice",
                error(() -> Attribution.restore("m", List.of(credit("Search", 1, "80.00", 4),
                        credit("Search", 3, "300.00", 4)), 4, Money.parse("CNY 380.00"))));
        assertEquals("credits[0].channel must not be blank, was \"\"",
                error(() -> Attribution.restore("m", List.of(credit("", 4, "380.00", 4)), 4, Money.parse("CNY 380.00"))));
        assertThrows(NullPointerException.class, () -> Attribution.restore(null, lastTouch(), 4, Money.parse("CNY 380.00")));
        assertThrows(NullPointerException.class, () -> Attribution.restore("m", null, 4, Money.parse("CNY 380.00")));
        assertThrows(NullPointerException.class, () -> Attribution.restore("m", lastTouch(), 4, null));
    }
}
