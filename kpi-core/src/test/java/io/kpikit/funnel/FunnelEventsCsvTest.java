package io.kpikit.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelEventsCsvTest {

    private static final FunnelDefinition VISIT_CART_ORDER = FunnelDefinition.of(List.of("visit", "cart", "order"));

    /**
     * Rows out of order on purpose: u1's order comes first in the file, u1's cart is given in
     * +08:00 (17:30+08:00 = 09:30Z), u2 has an event that is not a step.
     * u1: visit 09:00, cart 09:30, order 10:00 (value 50.00): reaches order.
     * u2: visit 09:00, cart 09:05: reaches cart. u3: visit only.
     */
    private static final String EVENTS = "event,user_id,timestamp,value\n"
            + "order,u1,2024-03-01T10:00:00Z,50.00\n"
            + "visit,u2,2024-03-01T09:00:00Z,\n"
            + "visit,u1,2024-03-01T09:00:00Z,\n"
            + "\n"
            + "cart,u1,2024-03-01T17:30:00+08:00,\n"
            + "scroll,u2,2024-03-01T09:01:00Z,\n"
            + "cart,u2,2024-03-01T09:05:00.000Z,0\n"
            + "visit,\"u3, guest\",2024-03-02T00:00:00Z,\n";

    private static EventFunnel read(String csv, FunnelDefinition d) {
        return FunnelEventsCsv.read(new StringReader(csv), d);
    }

    private static String error(String csv) {
        return assertThrows(IllegalArgumentException.class, () -> read(csv, VISIT_CART_ORDER)).getMessage();
    }

    @Test
    void rowsInAnyOrderAreGroupedPerUserAndSortedByTime() {
        EventFunnel f = read(EVENTS, VISIT_CART_ORDER);
        // visit: u1, u2, u3 = 3; cart: u1, u2 = 2; order: u1 = 1
        assertEquals(List.of(3L, 2L, 1L), f.users());
        assertEquals(0, new BigDecimal("50").compareTo(f.values().get(2)));
        // the same rows as FunnelEvents, counted by the in-memory path
        assertEquals(EventFunnel.of(VISIT_CART_ORDER, List.of(
                FunnelEvent.of("u1", "order", 1_709_287_200_000L, 50),
                FunnelEvent.of("u2", "visit", 1_709_283_600_000L),
                FunnelEvent.of("u1", "visit", 1_709_283_600_000L),
                FunnelEvent.of("u1", "cart", 1_709_285_400_000L),
                FunnelEvent.of("u2", "cart", 1_709_283_900_000L),
                FunnelEvent.of("u3, guest", "visit", 1_709_337_600_000L))), f);
    }

    @Test
    void theDefinitionsWindowApplies() {
        // within 45 minutes of the visit: u1's order at +60 minutes no longer counts
        EventFunnel f = read(EVENTS, VISIT_CART_ORDER.withConversionWindow(Duration.ofMinutes(45)));
        assertEquals(List.of(3L, 2L, 0L), f.users());
    }

    @Test
    void headerErrors() {
        assertEquals("line 1: header must name the columns user_id,event,timestamp and optionally value, was empty",
                error(""));
        assertEquals("line 1: column must be one of user_id, event, timestamp, value, was \"time\"",
                error("user_id,event,time\n"));
        assertEquals("line 1: header must have columns user_id, event and timestamp, was \"user_id,event\"",
                error("user_id,event\nu1,visit\n"));
        assertEquals("line 1: column names must be unique, was \"event\" twice", error("user_id,event,event,timestamp\n"));
    }

    @Test
    void rowErrorsNameTheLineAndTheValue() {
        String head = "user_id,event,timestamp,value\nu1,visit,2024-03-01T09:00:00Z,\n";
        assertEquals("line 3: timestamp must be an ISO-8601 instant such as 2024-03-01T09:30:00Z, was \"1709285400000\"",
                error(head + "u1,cart,1709285400000,\n"));
        assertEquals("line 3: timestamp must be in whole milliseconds, was \"2024-03-01T09:00:00.0001Z\"",
                error(head + "u1,cart,2024-03-01T09:00:00.0001Z,\n"));
        assertEquals("line 3: timestamp must not be before 1970-01-01T00:00:00Z, was \"1969-12-31T23:59:59Z\"",
                error(head + "u1,cart,1969-12-31T23:59:59Z,\n"));
        assertEquals("line 3: value must have at most 6 decimal places and magnitude at most 1000000000,"
                + " was 0.0000001", error(head + "u1,order,2024-03-01T10:00:00Z,0.0000001\n"));
        assertEquals("line 3: value must be a decimal number, was \"NaN\"", error(head + "u1,order,2024-03-01T10:00:00Z,NaN\n"));
        assertEquals("line 3: row must have 4 fields, was 3", error(head + "u1,order,2024-03-01T10:00:00Z\n"));
        assertEquals("line 3: user_id must not be empty, was \"\"", error(head + ",order,2024-03-01T10:00:00Z,\n"));
        assertEquals("line 3: quoted field must be closed, was \"\"u1,order,2024-03-01T10:00:00Z,\"",
                error(head + "\"u1,order,2024-03-01T10:00:00Z,\n"));
        // a row of an event the funnel ignores is checked too
        assertEquals("line 3: timestamp must be an ISO-8601 instant such as 2024-03-01T09:30:00Z, was \"soon\"",
                error(head + "u1,scroll,soon,\n"));
    }
}
