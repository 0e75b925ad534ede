package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacTest {

    @Test
    void blendedCacOfTheSeed() {
        // 1,200,000 CNY / 400 customers = 3,000 CNY
        Cac cac = Cac.blended(Money.parse("CNY 1200000"), 400);
        assertEquals(Money.parse("CNY 3000.00"), cac.value());
        assertEquals(2, cac.value().amount().scale());
        assertEquals(Money.parse("CNY 1200000"), cac.spend());
        assertEquals(400, cac.newCustomers());
        assertEquals(Cac.Basis.BLENDED, cac.basis());
        assertEquals(Optional.empty(), cac.channel());
        assertEquals("BLENDED CAC CNY 3000.00 = CNY 1200000 / 400 new customers", cac.toString());
    }

    @Test
    void paidCacIsNamedSeparatelyAndHigherThanBlended() {
        // paid: 1,000,000 / 250 = 4,000; blended over all 400 customers: 1,200,000 / 400 = 3,000
        Cac paid = Cac.paid(Money.parse("CNY 1000000"), 250);
        assertEquals(Cac.Basis.PAID, paid.basis());
        assertEquals(Money.parse("CNY 4000"), paid.value());
        assertTrue(paid.value().isGreaterThan(Cac.blended(Money.parse("CNY 1200000"), 400).value()));
    }

    @Test
    void roundsHalfEvenByDefaultAndHonoursTheCallersMode() {
        // 0.25 / 2 = 0.125: HALF_EVEN gives 0.12 (even), HALF_UP and CEILING give 0.13
        assertEquals(Money.parse("CNY 0.12"), Cac.blended(Money.parse("CNY 0.25"), 2).value());
        assertEquals(Money.parse("CNY 0.13"), Cac.blended(Money.parse("CNY 0.25"), 2, RoundingMode.HALF_UP).value());
        assertEquals(Money.parse("CNY 0.13"), Cac.paid(Money.parse("CNY 0.25"), 2, RoundingMode.CEILING).value());
        // 100 / 3 = 33.333... -> 33.33
        assertEquals(Money.parse("CNY 33.33"), Cac.blended(Money.parse("CNY 100"), 3).value());
    }

    @Test
    void zeroNewCustomersIsUndefinedNotZeroNorInfinite() {
        Cac cac = Cac.paid(Money.parse("CNY 500"), 0);
        assertFalse(cac.isDefined());
        assertEquals(Optional.of("new customers is zero: CAC of CNY 500 spend is undefined"), cac.undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, cac::value);
        assertEquals("new customers is zero: CAC of CNY 500 spend is undefined", e.getMessage());
        assertEquals(Optional.empty(), cac.toOptional());
        assertEquals(Money.parse("CNY -1"), cac.orElse(Money.parse("CNY -1")));
        assertEquals("PAID CAC undefined: CNY 500 / 0 new customers", cac.toString());
    }

    @Test
    void rejectsNegativeInputsNamingTheFieldAndValue() {
        IllegalArgumentException spend = assertThrows(IllegalArgumentException.class,
                () -> Cac.blended(Money.parse("CNY -1"), 3));
        assertEquals("spend must be >= 0, was CNY -1", spend.getMessage());
        IllegalArgumentException customers = assertThrows(IllegalArgumentException.class,
                () -> Cac.channel("search", Money.parse("CNY 1"), -3, RoundingMode.HALF_EVEN));
        assertEquals("newCustomers must be >= 0, was -3 (channel \"search\")", customers.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> Cac.channel(" ", Money.parse("CNY 1"), 3, RoundingMode.HALF_EVEN));
        assertEquals("channel must not be blank, was \" \"", blank.getMessage());
        assertThrows(NullPointerException.class, () -> Cac.blended(null, 1));
    }

    @Test
    void equalityIsOnBasisInputsAndValue() {
        assertEquals(Cac.blended(Money.parse("CNY 300"), 3), Cac.blended(Money.parse("CNY 300.00"), 3));
        assertEquals(Cac.blended(Money.parse("CNY 300"), 3).hashCode(),
                Cac.blended(Money.parse("CNY 300.00"), 3).hashCode());
        assertFalse(Cac.blended(Money.parse("CNY 300"), 3).equals(Cac.paid(Money.parse("CNY 300"), 3)));
    }

    @Test
    void tablePerChannelKeepsOrderAndTotalsAsSpendOverCustomers() {
        Map<String, Money> spend = new LinkedHashMap<>();
        spend.put("search", Money.parse("CNY 300000"));
        spend.put("social", Money.parse("CNY 200000"));
        spend.put("organic", Money.parse("CNY 0"));
        Map<String, Long> customers = Map.of("search", 150L, "social", 50L, "organic", 0L);
        CacTable t = CacTable.of(spend, customers);
        assertEquals(List.of("search", "social", "organic"), List.copyOf(t.channels()));
        // 300,000 / 150 = 2,000; 200,000 / 50 = 4,000
        assertEquals(Money.parse("CNY 2000"), t.get("search").value());
        assertEquals(Money.parse("CNY 4000"), t.get("social").value());
        assertEquals(Optional.of("social"), t.get("social").channel());
        assertEquals(Cac.Basis.CHANNEL, t.get("social").basis());
        assertFalse(t.get("organic").isDefined());
        // total 500,000 / 200 = 2,500, not the mean of 2,000 and 4,000
        assertEquals(Money.parse("CNY 2500"), t.total().value());
        assertEquals(t, CacTable.of(spend, customers));
        assertEquals(t.get("search"), t.asMap().get("search"));
    }

    @Test
    void tableRejectsUnknownAndMissingChannelsAndMixedCurrencies() {
        Map<String, Money> spend = Map.of("search", Money.parse("CNY 100"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CacTable.of(spend, Map.of("search", 1L, "tv", 2L)));
        assertEquals("newCustomersByChannel names channel \"tv\" that spendByChannel does not have; channels are [search]",
                unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CacTable.of(spend, Map.of()));
        assertEquals("newCustomersByChannel must have channel \"search\" of spendByChannel, was missing",
                missing.getMessage());
        IllegalArgumentException get = assertThrows(IllegalArgumentException.class,
                () -> CacTable.of(spend, Map.of("search", 1L)).get("tv"));
        assertEquals("channel must be one of [search], was \"tv\"", get.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CacTable.of(Map.of(), Map.of()));
        Map<String, Money> mixed = new LinkedHashMap<>();
        mixed.put("a", Money.parse("CNY 1"));
        mixed.put("b", Money.parse("USD 1"));
        assertThrows(CurrencyMismatchException.class, () -> CacTable.of(mixed, Map.of("a", 1L, "b", 1L)));
    }

    @Test
    void keepsTheRoundingModeSoItCanBeRebuilt() {
        // 0.25 / 2 = 0.125: HALF_UP gives 0.13; the mode is kept with the value
        Cac up = Cac.blended(Money.parse("CNY 0.25"), 2, RoundingMode.HALF_UP);
        assertEquals(RoundingMode.HALF_UP, up.roundingMode());
        assertEquals(up, Cac.blended(up.spend(), up.newCustomers(), up.roundingMode()));
        assertEquals(RoundingMode.HALF_EVEN, Cac.blended(Money.parse("CNY 0.25"), 2).roundingMode());
        // an undefined CAC keeps its mode too
        assertEquals(RoundingMode.FLOOR, Cac.channel("sem", Money.parse("CNY 5"), 0, RoundingMode.FLOOR).roundingMode());
        // a table's CACs and its total share the table's mode
        CacTable t = CacTable.of(Map.of("sem", Money.parse("CNY 0.25")), Map.of("sem", 2L), RoundingMode.CEILING);
        assertEquals(RoundingMode.CEILING, t.roundingMode());
        assertEquals(RoundingMode.CEILING, t.get("sem").roundingMode());
        assertEquals(Money.parse("CNY 0.13"), t.total().value());
        assertEquals(RoundingMode.HALF_EVEN, CacTable.of(Map.of("sem", Money.parse("CNY 1")), Map.of("sem", 1L))
                .roundingMode());
    }
}
