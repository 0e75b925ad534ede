package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Split-and-merge equals one pass, in any grouping and order; line totals are exact sums of postings. */
class PostingAccumulatorProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final int PERIODS = 4;

    /** One random long per posting: line 0..6, period 0..3, amount in cents (either sign). */
    private static Posting decode(long v) {
        int line = (int) Math.floorMod(v, 7);
        int period = (int) Math.floorMod(v / 7, PERIODS);
        long cents = (v / 28) % 1_000_000_000_000L;
        return new Posting("line-" + line, period, Money.ofMinor(cents, CNY));
    }

    @Test
    void anySplitMergedInAnyOrderEqualsOnePass() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(0, 60), integers().between(1, 6), longs().all())
                .checkAssert((raw, parts, seed) -> {
                    List<Posting> postings = raw.stream().map(PostingAccumulatorProperties::decode).toList();
                    LedgerActuals onePass = LedgerActuals.of(CNY, PERIODS, postings);

                    Random random = new Random(seed);
                    List<PostingAccumulator> partitions = new ArrayList<>();
                    for (int i = 0; i < parts; i++) {
                        partitions.add(new PostingAccumulator(CNY, PERIODS));
                    }
                    for (Posting p : postings) {
                        partitions.get(random.nextInt(parts)).add(p);
                    }
                    Collections.shuffle(partitions, random);
                    // merge pairwise in a random tree shape, not only left to right
                    while (partitions.size() > 1) {
                        int i = random.nextInt(partitions.size() - 1);
                        PostingAccumulator merged = partitions.get(i).merge(partitions.get(i + 1));
                        partitions.remove(i + 1);
                        partitions.set(i, merged);
                    }
                    assertEquals(onePass, partitions.get(0).result());
                });
    }

    @Test
    void lineTotalsAreExactSumsOfTheirPostings() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 60))
                .checkAssert(raw -> {
                    List<Posting> postings = raw.stream().map(PostingAccumulatorProperties::decode).toList();
                    LedgerActuals a = LedgerActuals.of(CNY, PERIODS, postings);
                    for (String line : a.lineIds()) {
                        BigDecimal expected = BigDecimal.ZERO;
                        for (Posting p : postings) {
                            if (p.lineId().equals(line)) {
                                expected = expected.add(p.amount().amount());
                            }
                        }
                        assertEquals(Money.of(expected, CNY), a.actual(line));
                        assertEquals(a.actual(line), Money.total(CNY, a.actualsByPeriod(line)));
                    }
                });
    }
}
