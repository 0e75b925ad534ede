package io.kpikit.customer;

import static io.kpikit.ValueContract.assertValueSemantics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text of the customer-economics results. */
class ValueSemanticsTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void npsIsEqualByItsThreeCounts() {
        assertValueSemantics(Nps.of(50, 30, 20), Nps.of(50, 30, 20),
                Nps.of(51, 30, 20),
                Nps.of(50, 31, 20),
                Nps.of(50, 30, 21));
    }

    @Test
    void cacIsEqualByBasisChannelSpendAndCustomers() {
        assertValueSemantics(Cac.blended(usd("1000"), 10), Cac.blended(usd("1000.00"), 10),
                Cac.paid(usd("1000"), 10),
                Cac.channel("SEM", usd("1000"), 10, RoundingMode.HALF_EVEN),
                Cac.blended(usd("1001"), 10),
                Cac.blended(usd("1000"), 11));
        assertValueSemantics(Cac.channel("SEM", usd("1000"), 10, RoundingMode.HALF_EVEN),
                Cac.channel("SEM", usd("1000"), 10, RoundingMode.HALF_EVEN),
                Cac.channel("feed", usd("1000"), 10, RoundingMode.HALF_EVEN));
    }

    @Test
    void averageRevenueIsEqualByKindRevenueAndCount() {
        assertValueSemantics(AverageRevenue.aov(usd("1000"), 8), AverageRevenue.aov(usd("1000.00"), 8),
                AverageRevenue.arpu(usd("1000"), 8),
                AverageRevenue.aov(usd("1001"), 8),
                AverageRevenue.aov(usd("1000"), 9));
    }

    @Test
    void ltvIsEqualByMethodAndInputs() {
        // decimals compare numerically, like money: a margin of 0.50 is the margin 0.5
        assertValueSemantics(Ltv.simple(usd("100"), 0.5, 0.2),
                Ltv.simple(usd("100.00"), new BigDecimal("0.50"), new BigDecimal("0.200"), RoundingMode.HALF_EVEN),
                Ltv.simple(usd("101"), 0.5, 0.2),
                Ltv.simple(usd("100"), 0.6, 0.2),
                Ltv.simple(usd("100"), 0.5, 0.25),
                Ltv.discounted(usd("100"), 0.5, 0.2, 0.1));
        assertValueSemantics(Ltv.cohort(List.of(usd("300"), usd("200")), 10, 0.1),
                Ltv.cohort(List.of(usd("300"), usd("200")), 10, new BigDecimal("0.10"), RoundingMode.HALF_EVEN),
                Ltv.cohort(List.of(usd("300"), usd("201")), 10),
                Ltv.cohort(List.of(usd("300"), usd("200")), 11));
    }

    @Test
    void cacTablesAreEqualByChannelsInOrder() {
        Map<String, Money> spend = new LinkedHashMap<>();
        spend.put("SEM", usd("1000"));
        spend.put("feed", usd("300"));
        Map<String, Long> customers = new LinkedHashMap<>();
        customers.put("SEM", 10L);
        customers.put("feed", 3L);
        Map<String, Long> moreCustomers = new LinkedHashMap<>(customers);
        moreCustomers.put("feed", 4L);
        assertValueSemantics(CacTable.of(spend, customers), CacTable.of(new LinkedHashMap<>(spend), customers),
                CacTable.of(spend, moreCustomers),
                CacTable.of(Map.of("SEM", usd("1000")), Map.of("SEM", 10L)));
    }

    @Test
    void texts() {
        // 1,000 ÷ 10 = 100.00 per customer
        assertEquals("CAC of \"SEM\" USD 100.00 = USD 1000 / 10 new customers\n"
                        + "total: BLENDED CAC USD 100.00 = USD 1000 / 10 new customers",
                CacTable.of(Map.of("SEM", usd("1000")), Map.of("SEM", 10L)).toString());
        OrderAccumulator acc = new OrderAccumulator();
        acc.add(7).add(7).add(9);
        assertEquals("OrderAccumulator[OrderStats[customers=2, repeatCustomers=1, orders=3]]", acc.toString());
    }
}
