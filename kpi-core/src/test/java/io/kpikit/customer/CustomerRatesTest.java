package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerRatesTest {

    @Test
    void retentionExcludesNewCustomers() {
        // (950 − 100) / 1000 = 0.85
        assertEquals(0.85, CustomerRates.retention(1000, 950, 100).doubleValue());
        assertEquals(1.0, CustomerRates.retention(1000, 1000, 0).doubleValue());
    }

    @Test
    void churnIsLostOverStart() {
        // 150 / 1000 = 0.15, and with no new customers and end = 1000 − 150, retention = 1 − churn
        assertEquals(0.15, CustomerRates.churn(1000, 150).doubleValue());
        assertEquals(0.85, CustomerRates.retention(1000, 850, 0).doubleValue());
    }

    @Test
    void theSeedsTwelvePercentIsTheNewCustomerShare() {
        // 600 new of 5,000 customers = 12%
        assertEquals("12%", CustomerRates.newCustomerShare(600, 5000).toPercentString(0, RoundingMode.HALF_EVEN));
        // growth of the base from 4,700 to 5,000 is 300 / 4,700 = 6.38%, a different number
        assertEquals("6.38%", CustomerRates.growthRate(4700, 5000).toPercentString(2, RoundingMode.HALF_EVEN));
        assertEquals(-0.1, CustomerRates.growthRate(5000, 4500).doubleValue());
    }

    @Test
    void repurchaseFromCounts() {
        // 300 of 1,200 ordering customers ordered again: 25%
        assertEquals(0.25, CustomerRates.repurchase(300, 1200).doubleValue());
    }

    @Test
    void emptyBasesAreUndefinedWithAReason() {
        assertEquals(Optional.of("customersAtStart is zero: retention of an empty base is undefined"),
                CustomerRates.retention(0, 5, 5).undefinedReason());
        assertEquals(Optional.of("customersAtStart is zero: churn of an empty base is undefined"),
                CustomerRates.churn(0, 0).undefinedReason());
        assertEquals(Optional.of("customersAtStart is zero: growth from a zero base is undefined"),
                CustomerRates.growthRate(0, 10).undefinedReason());
        assertFalse(CustomerRates.repurchase(0, 0).isDefined());
        assertFalse(CustomerRates.newCustomerShare(0, 0).isDefined());
    }

    @Test
    void inconsistentCountsAreRejectedWithFieldsAndValues() {
        assertEquals("customersAtEnd - newCustomers must be >= 0, was 90 - 100 = -10",
                assertThrows(IllegalArgumentException.class, () -> CustomerRates.retention(1000, 90, 100)).getMessage());
        assertEquals("customersAtEnd - newCustomers must be <= customersAtStart (1000), was 1200 - 100 = 1100",
                assertThrows(IllegalArgumentException.class,
                        () -> CustomerRates.retention(1000, 1200, 100)).getMessage());
        assertEquals("lostCustomers must be <= customersAtStart (100), was 101",
                assertThrows(IllegalArgumentException.class, () -> CustomerRates.churn(100, 101)).getMessage());
        assertEquals("customersWithRepeatOrders must be <= customersWithOrders (5), was 6",
                assertThrows(IllegalArgumentException.class, () -> CustomerRates.repurchase(6, 5)).getMessage());
        assertEquals("newCustomers must be <= totalCustomers (5000), was 5001",
                assertThrows(IllegalArgumentException.class,
                        () -> CustomerRates.newCustomerShare(5001, 5000)).getMessage());
        assertEquals("customersAtStart must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> CustomerRates.growthRate(-1, 5)).getMessage());
        assertEquals("lostCustomers must be >= 0, was -2",
                assertThrows(IllegalArgumentException.class, () -> CustomerRates.churn(5, -2)).getMessage());
    }
}
