package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderAccumulatorProperties {

    /** Few distinct ids, so the same customer lands in several partitions. */
    private static final int MAX_ID = 15;

    @Test
    void anySplitMergedInAnyOrderEqualsOnePass() {
        qt().forAll(lists().of(integers().between(-MAX_ID, MAX_ID)).ofSizeBetween(0, 150),
                        integers().between(1, 8), longs().all())
                .checkAssert((ids, partitions, seed) -> {
                    OrderAccumulator onePass = new OrderAccumulator();
                    ids.forEach(onePass::add);

                    Random random = new Random(seed);
                    List<OrderAccumulator> parts = new ArrayList<>();
                    for (int p = 0; p < partitions; p++) {
                        parts.add(new OrderAccumulator());
                    }
                    for (int id : ids) {
                        OrderAccumulator part = parts.get(random.nextInt(partitions));
                        if (random.nextBoolean()) {
                            part.add(id);
                        } else {
                            part.add(id, 1);
                        }
                    }
                    // merge random pairs in random order, building a random tree of merges
                    while (parts.size() > 1) {
                        OrderAccumulator left = parts.remove(random.nextInt(parts.size()));
                        OrderAccumulator right = parts.remove(random.nextInt(parts.size()));
                        parts.add(left.merge(right));
                    }
                    OrderAccumulator merged = parts.get(0);

                    assertEquals(onePass.result(), merged.result());
                    for (long id = -MAX_ID; id <= MAX_ID; id++) {
                        assertEquals(onePass.ordersOf(id), merged.ordersOf(id), "orders of customer " + id);
                    }
                });
    }

    @Test
    void statsMatchTheDefinitionOfRepeatCustomers() {
        qt().forAll(lists().of(integers().between(-MAX_ID, MAX_ID)).ofSizeBetween(0, 150))
                .checkAssert(ids -> {
                    Map<Integer, Integer> orders = new HashMap<>();
                    ids.forEach(id -> orders.merge(id, 1, Integer::sum));
                    long repeat = orders.values().stream().filter(n -> n >= 2).count();
                    long[] asLongs = ids.stream().mapToLong(Integer::longValue).toArray();
                    OrderStats stats = OrderStats.of(asLongs);
                    assertEquals(new OrderStats(orders.size(), repeat, ids.size()), stats);
                    if (!ids.isEmpty()) {
                        double rate = stats.repurchaseRate().doubleValue();
                        assertEquals(true, rate >= 0 && rate <= 1, "rate " + rate);
                    }
                });
    }

    @Test
    void mergeWithBulkCountsEqualsAddingOrdersOneByOne() {
        qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 12))
                .checkAssert(countsPerCustomer -> {
                    OrderAccumulator bulk = new OrderAccumulator();
                    OrderAccumulator single = new OrderAccumulator();
                    for (int id = 0; id < countsPerCustomer.size(); id++) {
                        bulk.add(id, countsPerCustomer.get(id));
                        for (int k = 0; k < countsPerCustomer.get(id); k++) {
                            single.add(id);
                        }
                    }
                    assertEquals(single.result(), bulk.result());
                });
    }
}
