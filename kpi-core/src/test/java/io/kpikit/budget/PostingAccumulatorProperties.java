package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
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
        int line = Math.floorMod(v, 7);
        int period = Math.floorMod(v / 7, PERIODS);
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

    /** Amounts near the ends of the long range mixed with refunds, on 2 lines × 2 periods so cells collide. */
    private static long[] nearTheRange(long v) {
        long small = Math.floorMod(v >> 5, 1000L);
        long amount = switch ((int) Math.floorMod(v >> 3, 4L)) {
            case 0 -> Long.MAX_VALUE - small;
            case 1 -> -(Long.MAX_VALUE - small); // a refund of a huge posting
            case 2 -> small - 500; // small postings and refunds
            default -> Long.MIN_VALUE + small;
        };
        return new long[] {Math.floorMod(v, 2L), Math.floorMod(v >> 1, 2L), amount};
    }

    @Test
    void nearTheLongRangeMergeEqualsOnePassAndTheExactSum() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(0, 12), integers().between(1, 4), longs().all())
                .checkAssert((raw, parts, seed) -> {
                    List<long[]> postings = raw.stream().map(PostingAccumulatorProperties::nearTheRange).toList();
                    PostingAccumulator onePass = new PostingAccumulator(CNY, 2);
                    Random random = new Random(seed);
                    List<PostingAccumulator> partitions = new ArrayList<>();
                    for (int i = 0; i < parts; i++) {
                        partitions.add(new PostingAccumulator(CNY, 2));
                    }
                    BigInteger[][] exact = {{BigInteger.ZERO, BigInteger.ZERO}, {BigInteger.ZERO, BigInteger.ZERO}};
                    for (long[] p : postings) {
                        String line = "line-" + p[0];
                        onePass.add(onePass.lineIndex(line), (int) p[1], p[2]);
                        PostingAccumulator part = partitions.get(random.nextInt(parts));
                        part.add(part.lineIndex(line), (int) p[1], p[2]);
                        exact[(int) p[0]][(int) p[1]] = exact[(int) p[0]][(int) p[1]].add(BigInteger.valueOf(p[2]));
                    }
                    Collections.shuffle(partitions, random);
                    PostingAccumulator merged = partitions.get(0);
                    for (int i = 1; i < parts; i++) {
                        merged = random.nextBoolean() ? merged.merge(partitions.get(i)) : partitions.get(i).merge(merged);
                    }
                    boolean fits = true;
                    for (BigInteger[] row : exact) {
                        for (BigInteger cell : row) {
                            fits &= cell.bitLength() < 64;
                        }
                    }
                    if (!fits) { // both fail alike, naming the same cell
                        String one = assertThrows(ArithmeticException.class, onePass::result).getMessage();
                        assertEquals(one, assertThrows(ArithmeticException.class, merged::result).getMessage());
                        return;
                    }
                    LedgerActuals a = onePass.result();
                    assertEquals(a, merged.result());
                    for (String line : a.lineIds()) {
                        int l = line.charAt(line.length() - 1) - '0';
                        for (int p = 0; p < 2; p++) {
                            assertEquals(exact[l][p].longValueExact(), a.actual(line, p).toMinorUnits());
                        }
                    }
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
