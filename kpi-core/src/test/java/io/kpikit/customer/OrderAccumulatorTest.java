package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrderAccumulatorTest {

    @Test
    void aCustomerWithOrdersInTwoPartitionsIsARepeatCustomerAfterTheMerge() {
        OrderAccumulator north = new OrderAccumulator().add(1).add(2).add(2);
        OrderAccumulator south = new OrderAccumulator().add(1).add(3);
        // alone, each partition has one repeat customer at most: north {1:1, 2:2}, south {1:1, 3:1}
        assertEquals(new OrderStats(2, 1, 3), north.result());
        assertEquals(new OrderStats(2, 0, 2), south.result());
        // merged: {1:2, 2:2, 3:1} -> 3 customers, 2 repeat, 5 orders; 2/3
        OrderStats merged = north.merge(south).result();
        assertEquals(new OrderStats(3, 2, 5), merged);
        assertEquals(2.0 / 3, merged.repurchaseRate().doubleValue(), 1e-15);
        assertEquals(5.0 / 3, merged.ordersPerCustomer().doubleValue(), 1e-15);
        assertEquals(2, north.ordersOf(1));
        assertEquals(0, north.ordersOf(99));
        assertEquals(new OrderStats(2, 0, 2), south.result()); // the argument is unchanged
    }

    @Test
    void addWithACountAndEdgeCases() {
        OrderAccumulator acc = new OrderAccumulator().add(7, 3).add(8, 1).add(9, 0);
        // 9 with zero orders is not a customer: {7:3, 8:1}
        assertEquals(new OrderStats(2, 1, 4), acc.result());
        assertEquals("orders must be >= 0, was -1 (customer 42)",
                assertThrows(IllegalArgumentException.class, () -> acc.add(42, -1)).getMessage());
        assertEquals(new OrderStats(2, 1, 4), acc.result()); // a rejected add changes nothing
    }

    @Test
    void anyLongIsACustomerIdIncludingZeroAndTheExtremes() {
        OrderStats s = OrderStats.of(0, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        assertEquals(new OrderStats(4, 2, 6), s);
    }

    @Test
    void perCustomerCountsAboveIntRangeStayExact() {
        // 2,147,483,647 + 10 = 2,147,483,657: one customer, a repeat customer
        OrderAccumulator acc = new OrderAccumulator().add(5, Integer.MAX_VALUE).add(5, 10);
        assertEquals(Integer.MAX_VALUE + 10L, acc.ordersOf(5));
        assertEquals(new OrderStats(1, 1, Integer.MAX_VALUE + 10L), acc.result());
        // 3,000,000,000 orders of customer 7, not capped at 2,147,483,647; merged twice = 6e9
        OrderAccumulator big = new OrderAccumulator().add(7L, 3_000_000_000L);
        assertEquals(3_000_000_000L, big.ordersOf(7));
        assertEquals(new OrderStats(1, 1, 3_000_000_000L), big.result());
        OrderAccumulator other = new OrderAccumulator().add(7L, 3_000_000_000L);
        assertEquals(6_000_000_000L, big.merge(other).ordersOf(7));
        assertEquals(6_000_000_000L, big.result().orders());
    }

    @Test
    void overflowIsAnErrorNamingTheCustomerAndChangesNothing() {
        OrderAccumulator acc = new OrderAccumulator().add(7L, Long.MAX_VALUE);
        ArithmeticException one = assertThrows(ArithmeticException.class, () -> acc.add(7));
        assertEquals("orders must fit a long, overflowed adding 1 order(s) of customer 7 to "
                + Long.MAX_VALUE + " orders", one.getMessage());
        ArithmeticException other = assertThrows(ArithmeticException.class, () -> acc.add(8, 2));
        assertEquals("orders must fit a long, overflowed adding 2 order(s) of customer 8 to "
                + Long.MAX_VALUE + " orders", other.getMessage());
        ArithmeticException merged = assertThrows(ArithmeticException.class,
                () -> acc.merge(new OrderAccumulator().add(7)));
        assertEquals("orders must fit a long, overflowed merging 1 order(s) into " + Long.MAX_VALUE
                + " orders", merged.getMessage());
        assertEquals(Long.MAX_VALUE, acc.ordersOf(7));
        assertEquals(new OrderStats(1, 1, Long.MAX_VALUE), acc.result());
    }

    @Test
    void emptyIsTheIdentityAndSelfMergeCountsTwice() {
        OrderAccumulator acc = new OrderAccumulator().add(1).add(2);
        assertEquals(new OrderStats(2, 0, 2), acc.merge(new OrderAccumulator()).result());
        assertEquals(new OrderStats(2, 0, 2), new OrderAccumulator().merge(acc).result());
        assertEquals(new OrderStats(2, 2, 4), acc.merge(acc).result());
        OrderStats empty = new OrderAccumulator().result();
        assertEquals(new OrderStats(0, 0, 0), empty);
        assertFalse(empty.repurchaseRate().isDefined());
    }

    @Test
    void manyCustomersGrowTheTable() {
        OrderAccumulator acc = new OrderAccumulator();
        for (long id = 0; id < 100_000; id++) {
            acc.add(id * 7919);
        }
        for (long id = 0; id < 100_000; id += 4) {
            acc.add(id * 7919);
        }
        // 100,000 customers; every fourth (25,000) ordered twice; 125,000 orders
        assertEquals(new OrderStats(100_000, 25_000, 125_000), acc.result());
        assertEquals(2, acc.ordersOf(4 * 7919));
        assertEquals(1, acc.ordersOf(5 * 7919));
    }

    @Test
    void aSizedAccumulatorAllocatesNothingPerOrder() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        OrderAccumulator acc = new OrderAccumulator(8_000); // 16,384 slots, room for 8,192 customers
        acc.add(0);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 3; round++) {
            for (long id = 0; id < 8_000; id++) {
                acc.add(id * 1_000_003L);
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // 24,000 orders of 8,000 customers and no resize: no bytes per order (one resize, to
        // 32,768 slots of 16 bytes, would allocate 512 KB)
        assertTrue(allocated < 1_000, "bytes allocated by 24,000 adds: " + allocated);
        assertEquals(new OrderStats(8_000, 8_000, 24_001), acc.result());
    }

    @Test
    void aSizeHintChangesNothingButTheStartingTable() {
        OrderAccumulator hinted = new OrderAccumulator(2);
        OrderAccumulator plain = new OrderAccumulator();
        for (long id = 0; id < 100; id++) {
            hinted.add(id % 40);    // 100 orders, customers 0..39: more than the hint of 2
            plain.add(id % 40);
        }
        // customers 0..19 ordered 3 times (id, id + 40, id + 80), 20..39 twice: 40 customers, all repeat
        assertEquals(new OrderStats(40, 40, 100), hinted.result());
        assertEquals(plain.result(), hinted.result());
        assertEquals(new OrderStats(0, 0, 0), new OrderAccumulator(0).result());
        assertEquals("expectedCustomers must be in [0, 536870912], was -1",
                assertThrows(IllegalArgumentException.class, () -> new OrderAccumulator(-1)).getMessage());
        assertEquals("expectedCustomers must be in [0, 536870912], was 536870913",
                assertThrows(IllegalArgumentException.class, () -> new OrderAccumulator(536_870_913)).getMessage());
    }

    @Test
    void serialisationKeepsEveryCustomer() throws IOException, ClassNotFoundException {
        OrderAccumulator acc = new OrderAccumulator();
        LongStream.range(0, 1000).forEach(id -> acc.add(id, id % 3 + 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        OrderAccumulator copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (OrderAccumulator) in.readObject();
        }
        assertEquals(acc.result(), copy.result());
        assertEquals(3, copy.ordersOf(998)); // 998 % 3 + 1
        copy.add(0);
        assertEquals(2, copy.ordersOf(0));
    }

    @Test
    void collectorWorksOnParallelStreams() {
        // ids 0..9999, each ordering (id % 2) + 1 times: 10,000 customers, 5,000 repeat, 15,000 orders
        OrderStats s = LongStream.range(0, 10_000).flatMap(id -> LongStream.range(0, id % 2 + 1).map(k -> id))
                .boxed().parallel().collect(OrderAccumulator.toOrderStats());
        assertEquals(new OrderStats(10_000, 5_000, 15_000), s);
    }

    @Test
    void statsRejectInconsistentCounts() {
        assertEquals("repeatCustomers must be <= customers (2), was 3",
                assertThrows(IllegalArgumentException.class, () -> new OrderStats(2, 3, 10)).getMessage());
        assertEquals("orders must be >= customers + repeatCustomers (2 + 1), was 2",
                assertThrows(IllegalArgumentException.class, () -> new OrderStats(2, 1, 2)).getMessage());
        assertEquals("customers must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> new OrderStats(-1, 0, 0)).getMessage());
    }
}
