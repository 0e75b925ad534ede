package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChannelSpendAccumulatorProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final String[] CHANNELS = {"SEM", "feed ads", "short video", "industry summit", "TV", "OOH"};

    /** A record encoded as a long: channel index, cost fen and revenue fen drawn from it. */
    private static void add(ChannelSpendAccumulator acc, long record) {
        Random r = new Random(record);
        String channel = CHANNELS[r.nextInt(CHANNELS.length)];
        long cost = r.nextInt(5) == 0 ? 0 : r.nextInt(100_000_000);
        long revenue = r.nextInt(100_000_000);
        if (r.nextBoolean()) {
            acc.add(channel, Money.ofMinor(cost, CNY), Money.ofMinor(revenue, CNY));
        } else {
            acc.add(acc.register(channel), cost, revenue);
        }
    }

    @Test
    void anySplitMergedInAnyOrderEqualsOnePass() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(0, 30), integers().between(1, 5), longs().all())
                .checkAssert((records, partitions, shuffleSeed) -> {
                    ChannelSpendAccumulator onePass = new ChannelSpendAccumulator(CNY);
                    records.forEach(rec -> add(onePass, rec));

                    Random random = new Random(shuffleSeed);
                    List<ChannelSpendAccumulator> parts = new ArrayList<>();
                    for (int i = 0; i < partitions; i++) {
                        parts.add(new ChannelSpendAccumulator(CNY));
                    }
                    for (long rec : records) {
                        add(parts.get(random.nextInt(partitions)), rec);
                    }
                    Collections.shuffle(parts, random);
                    // merge as a random binary tree: repeatedly merge two random neighbours
                    while (parts.size() > 1) {
                        int i = random.nextInt(parts.size() - 1);
                        parts.get(i).merge(parts.remove(i + 1));
                    }
                    assertEquals(onePass.result(), parts.get(0).result());
                });
    }

    @Test
    void sharesSumToOneAndNoOutputIsNaN() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 20))
                .checkAssert(records -> {
                    ChannelSpendAccumulator acc = new ChannelSpendAccumulator(CNY);
                    records.forEach(rec -> add(acc, rec));
                    ChannelTable t = acc.result();
                    BigDecimal spend = BigDecimal.ZERO;
                    double spendDouble = 0;
                    for (ChannelRow row : t.rows()) {
                        if (!t.totalCost().isZero()) {
                            spend = spend.add(row.spendShare().numerator());
                            spendDouble += row.spendShare().doubleValue();
                            assertEquals(0, row.spendShare().denominator().compareTo(t.totalCost().amount()));
                        }
                        assertTrue(Double.isFinite(row.roas().ratio().orElse(0)));
                        assertTrue(Double.isFinite(row.roi().ratio().orElse(0)));
                        assertTrue(Double.isFinite(row.revenueShare().orElse(0)));
                        assertEquals(row.cost().isZero(), !row.roas().isDefined());
                    }
                    if (!t.totalCost().isZero()) {
                        assertEquals(0, spend.compareTo(t.totalCost().amount()));
                        assertEquals(1.0, spendDouble, 1e-12);
                    }
                    assertEquals(t.rows().size(), t.ranking(ChannelRanking.ROAS).size());
                });
    }
}
