package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.budget.LineKind;
import io.kpikit.core.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blended and paid CAC, each with its spend, and LTV:CAC from the printed amounts. */
class CacFiguresTest {

    /** Cost lines a 600 → 500 and b 400 → 450 (cost actual 950); a revenue line that must not count. */
    private static final BudgetInput BUDGET = new BudgetInput(null, null, List.of(
            ReviewFixtures.cost("a", "600.00", "500.00"), ReviewFixtures.cost("b", "400.00", "450.00"),
            new BudgetLineInput("c", null, LineKind.REVENUE, cny("1000.00"), cny("2000.00"), null, null, null)));

    /** X 300 for 20 new customers, Y 200 for 5, Z 100 without a count. */
    private static final List<ChannelInput> CHANNELS = List.of(
            new ChannelInput("X", cny("300.00"), cny("900.00"), null, 20L),
            new ChannelInput("Y", cny("200.00"), cny("500.00"), null, 5L),
            new ChannelInput("Z", cny("100.00"), cny("100.00"), null, null));

    /** 100 at the start, 50 new, 3 lost: 147 at the end; revenue 14,700: ARPU 100; margin 0.5; churn 0.03. */
    private static CustomerInput customers(String acquisitionSpend) {
        return new CustomerInput(100, 50, 3, null, cny("14700.00"), dec("0.5"),
                acquisitionSpend == null ? null : cny(acquisitionSpend), null, null);
    }

    private static ReviewReport report(CustomerInput c, BudgetInput budget, List<ChannelInput> channels) {
        return ReviewReport.of(ReviewFixtures.with(null, budget, channels, c, null, null, null));
    }

    private static List<String> warnings(ReviewReport r) {
        return r.warnings().stream().filter(w -> w.section().equals("customers"))
                .map(w -> w.item() + "|" + w.message()).toList();
    }

    @Test
    void blendedUsesTheBudgetsCostActualAndPaidTheChannelsThatCountNewCustomers() {
        CustomerSection s = report(customers(null), BUDGET, CHANNELS).customers();
        // blended: cost actual 500 + 450 = 950 over all 50 new customers = 19.00 (the revenue line is left out)
        assertEquals(cny("19.00"), s.blendedCac().value());
        assertEquals(cny("950.00"), s.blendedCac().amount());
        assertEquals(50, s.blendedCac().count());
        assertEquals("budget cost actual", s.blendedCacSpend());
        // paid: X and Y spent 300 + 200 = 500 for 20 + 5 = 25 customers = 20.00; Z reports no count
        assertEquals(cny("20.00"), s.paidCac().value());
        assertEquals(cny("500.00"), s.paidCac().amount());
        assertEquals(25, s.paidCac().count());
        assertEquals("channels [X, Y]", s.paidCacSpend());
        // never the hybrid of all channel spend over all new customers: 600 / 50 = 12.00
        assertTrue(!s.blendedCac().value().equals(cny("12.00")) && !s.paidCac().value().equals(cny("12.00")));
    }

    @Test
    void ltvToCacShowsTheLtvAndTheCacAsPrinted() {
        CustomerSection s = report(customers(null), BUDGET, CHANNELS).customers();
        // LTV = 100 × 0.5 ÷ 0.03 = 1666.666… printed 1666.67
        assertEquals(cny("1666.67"), s.ltv().value());
        Ratio blended = s.ltvToBlendedCac();
        assertEquals(0, dec("1666.67").compareTo(blended.numerator()), blended::toString);
        assertEquals(0, dec("19.00").compareTo(blended.denominator()), blended::toString);
        // 1666.67 / 20.00 = 83.3335
        assertEquals(0, dec("83.3335").compareTo(s.ltvToPaidCac().toBigDecimal()), s.ltvToPaidCac()::toString);
        assertEquals(0, dec("20.00").compareTo(s.ltvToPaidCac().denominator()));
    }

    @Test
    void acquisitionSpendWinsOverTheBudgetAndTheLeftOutChannelIsWarnedAbout() {
        ReviewReport r = report(customers("1000.00"), BUDGET, CHANNELS);
        // 1,000 / 50 = 20.00
        assertEquals(cny("20.00"), r.customers().blendedCac().value());
        assertEquals("acquisitionSpend", r.customers().blendedCacSpend());
        assertEquals(List.of("paidCac|paid CAC covers only the channels that report newCustomers [X, Y]; left out: [Z]"),
                warnings(r));
    }

    @Test
    void withoutBudgetOrAcquisitionSpendOnlyThePaidCacIsGiven() {
        List<ChannelInput> counted = CHANNELS.subList(0, 2);
        ReviewReport r = report(customers(null), null, counted);
        assertNull(r.customers().blendedCac());
        assertNull(r.customers().blendedCacSpend());
        assertNull(r.customers().ltvToBlendedCac());
        assertEquals("channels", r.customers().paidCacSpend());
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void neitherCacWellDefinedIsWarnedAbout() {
        // channels without counts, no budget, no acquisition spend
        ReviewReport r = report(customers(null), null, CHANNELS.subList(2, 3));
        assertNull(r.customers().blendedCac());
        assertNull(r.customers().paidCac());
        assertEquals(List.of("cac|no CAC is well defined: blended CAC needs customers.acquisitionSpend or a budget with"
                + " cost lines, and new customers; paid CAC needs channels with newCustomers"), warnings(r));
        // a budget whose cost actual is negative after refunds gives no blended CAC either
        BudgetInput refunds = new BudgetInput(null, null, List.of(ReviewFixtures.cost("a", "10.00", "-5.00")));
        ReviewReport negative = report(customers(null), refunds, null);
        assertEquals("blendedCac|no blended CAC: the budget's cost actual total is negative, was CNY -5.00",
                warnings(negative).get(0));
    }
}
