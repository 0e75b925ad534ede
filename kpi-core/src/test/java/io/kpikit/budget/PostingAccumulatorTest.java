package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingAccumulatorTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void sumsPerLineAndPeriodWithRefunds() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 12);
        int sem = acc.lineIndex("sem");
        acc.add(sem, 0, 150_000_00L); // CNY 150,000.00 in January
        acc.add(sem, 0, 25_50L); // + 25.50
        acc.add("sem", 1, cny("-2000.00")); // refund in February
        acc.add(new Posting("kol", 11, cny("99.9"))); // scale 1 fits the cent
        LedgerActuals a = acc.result();
        assertEquals(cny("150025.50"), a.actual("sem", 0));
        assertEquals(cny("-2000.00"), a.actual("sem", 1));
        assertEquals(cny("148025.50"), a.actual("sem")); // 150,025.50 - 2,000.00
        assertEquals(cny("99.90"), a.actual("kol"));
        assertEquals(List.of("kol", "sem"), a.lineIds());
        assertEquals(12, a.actualsByPeriod("sem").size());
        assertEquals(cny("0"), a.actualsByPeriod("sem").get(5));
    }

    @Test
    void mergeMatchesLinesByName() {
        PostingAccumulator left = new PostingAccumulator(CNY, 2);
        left.add("a", 0, cny("1.00"));
        left.add("b", 1, cny("2.00"));
        PostingAccumulator right = new PostingAccumulator(CNY, 2);
        right.add("b", 1, cny("3.00")); // "b" is index 0 here, index 1 on the left
        right.add("c", 0, cny("4.00"));
        LedgerActuals merged = left.merge(right).result();
        assertEquals(cny("5.00"), merged.actual("b", 1));
        assertEquals(cny("1.00"), merged.actual("a"));
        assertEquals(cny("4.00"), merged.actual("c"));
        assertEquals(cny("3.00"), right.result().actual("b")); // the merged-in side is unchanged
        assertEquals(merged, left.merge(new PostingAccumulator(CNY, 2)).result()); // empty is the identity
    }

    @Test
    void preRegisteredLinesReadZeroAndUnknownLinesFail() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 1, List.of("sem", "kol"));
        assertEquals(0, acc.lineIndex("sem"));
        assertEquals(1, acc.lineIndex("kol"));
        LedgerActuals a = acc.result();
        assertEquals(cny("0"), a.actual("kol"));
        assertEquals("line id must be one the ledger saw, was \"se m\"",
                assertThrows(IllegalArgumentException.class, () -> a.actual("se m")).getMessage());
        assertEquals("line id must be unique, was \"x\" twice", assertThrows(IllegalArgumentException.class,
                () -> new PostingAccumulator(CNY, 1, List.of("x", "x"))).getMessage());
    }

    @Test
    void overflowIsJudgedOnTheFinalTotalNamingTheCell() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 3);
        int sem = acc.lineIndex("sem");
        acc.add(sem, 2, Long.MAX_VALUE);
        acc.add(sem, 2, 1); // MAX + 1 passes through, exactly
        ArithmeticException e = assertThrows(ArithmeticException.class, acc::result);
        assertEquals("total of line \"sem\" in period 2 must fit a long of minor units, was 9223372036854775808",
                e.getMessage());
        acc.add(sem, 2, -2); // a refund brings it back: MAX + 1 - 2 = MAX - 1
        assertEquals(Money.ofMinor(Long.MAX_VALUE - 1, CNY), acc.result().actual("sem", 2));
        // below the range too: MIN - 1
        PostingAccumulator low = new PostingAccumulator(CNY, 1);
        low.add(low.lineIndex("x"), 0, Long.MIN_VALUE);
        low.add(0, 0, -1);
        assertEquals("total of line \"x\" in period 0 must fit a long of minor units, was -9223372036854775809",
                assertThrows(ArithmeticException.class, low::result).getMessage());
    }

    @Test
    void oneCellNearTheLongRangeIsIndependentOfOrderAndPartitioning() {
        // postings MAX, 1, -2 to one cell: the exact total is MAX - 1, whatever the order or grouping
        PostingAccumulator onePass = new PostingAccumulator(CNY, 1);
        int x = onePass.lineIndex("x");
        onePass.add(x, 0, Long.MAX_VALUE);
        onePass.add(x, 0, 1);
        onePass.add(x, 0, -2);
        PostingAccumulator left = new PostingAccumulator(CNY, 1);
        left.add(left.lineIndex("x"), 0, Long.MAX_VALUE);
        left.add(0, 0, -2);
        PostingAccumulator right = new PostingAccumulator(CNY, 1);
        right.add(right.lineIndex("x"), 0, 1);
        assertEquals(Money.ofMinor(Long.MAX_VALUE - 1, CNY), onePass.result().actual("x"));
        assertEquals(onePass.result(), left.merge(right).result());
    }

    @Test
    void mergeNearTheRangeLeavesEveryCellExact() {
        // m1 {a: 5, b: MAX} + m2 {a: 7, b: 1, c: 3}: b is MAX + 1 for now, a and c are exact
        PostingAccumulator m1 = new PostingAccumulator(CNY, 1);
        m1.add(m1.lineIndex("a"), 0, 5);
        m1.add(m1.lineIndex("b"), 0, Long.MAX_VALUE);
        PostingAccumulator m2 = new PostingAccumulator(CNY, 1);
        m2.add(m2.lineIndex("a"), 0, 7);
        m2.add(m2.lineIndex("b"), 0, 1);
        m2.add(m2.lineIndex("c"), 0, 3);
        m1.merge(m2);
        assertThrows(ArithmeticException.class, m1::result);
        PostingAccumulator refund = new PostingAccumulator(CNY, 1);
        refund.add(refund.lineIndex("b"), 0, -10);
        LedgerActuals a = m1.merge(refund).result();
        assertEquals(cny("0.12"), a.actual("a")); // 5 + 7 cents
        assertEquals(Money.ofMinor(Long.MAX_VALUE - 9, CNY), a.actual("b")); // MAX + 1 - 10
        assertEquals(cny("0.03"), a.actual("c"));
    }

    @Test
    void aRejectedMergeChangesNothing() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 2);
        acc.add("a", 0, cny("1"));
        PostingAccumulator other = new PostingAccumulator(CNY, 3);
        other.add("b", 0, cny("1"));
        LedgerActuals before = acc.result();
        assertThrows(IllegalArgumentException.class, () -> acc.merge(other));
        assertEquals(1, acc.lineCount());
        assertEquals(before, acc.result());
    }

    @Test
    void periodsAndCapacityAreBounded() {
        assertEquals("periods must be <= 10000, was 10001", assertThrows(IllegalArgumentException.class,
                () -> new PostingAccumulator(CNY, 10_001)).getMessage());
        assertEquals("periods must be <= 10000, was 2147483647", assertThrows(IllegalArgumentException.class,
                () -> new PostingAccumulator(CNY, Integer.MAX_VALUE)).getMessage());
        List<String> many = java.util.stream.IntStream.range(0, 300_000).mapToObj(i -> "l" + i).toList();
        assertEquals("lines × periods must be at most 2147483639, was 300000 × 10000",
                assertThrows(IllegalArgumentException.class, () -> new PostingAccumulator(CNY, 10_000, many))
                        .getMessage());
        assertEquals(10_000, new PostingAccumulator(CNY, PostingAccumulator.MAX_PERIODS).periods());
    }

    @Test
    void convenienceAddChecksCurrencyScaleAndPeriod() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 12);
        IllegalArgumentException scale = assertThrows(IllegalArgumentException.class,
                () -> acc.add("sem", 0, cny("1.005")));
        assertEquals("amount must have at most 2 decimals, was CNY 1.005 (posting to line \"sem\" in period 0)",
                scale.getMessage());
        assertEquals("amount must have at most 2 decimals, was CNY 1.005", scale.getCause().getMessage());
        assertEquals(0, acc.lineCount()); // the rejected posting registered nothing
        CurrencyMismatchException c = assertThrows(CurrencyMismatchException.class,
                () -> acc.add("sem", 0, Money.of("1", "USD")));
        assertEquals("currency mismatch: CNY and USD (posting to line \"sem\")", c.getMessage());
        assertEquals("period must be in [0, 12), was 12", assertThrows(IndexOutOfBoundsException.class,
                () -> acc.add("sem", 12, cny("1"))).getMessage());
        assertEquals("line must be in [0, 0), was 0", assertThrows(IndexOutOfBoundsException.class,
                () -> acc.add(0, 0, 1L)).getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> acc.add("sem", 3, cny("100000000000000000000")));
        assertEquals("amount must fit a long of minor units, was CNY 100000000000000000000 (posting to line \"sem\""
                + " in period 3)", range.getMessage());
        assertEquals(ArithmeticException.class, range.getCause().getClass());
        acc.add("sem", 0, cny("1.2300")); // trailing zeros beyond the cent are fine
        assertEquals(cny("1.23"), acc.result().actual("sem"));
    }

    @Test
    void mergeRejectsDifferentCurrencyOrPeriods() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 12);
        assertThrows(CurrencyMismatchException.class,
                () -> acc.merge(new PostingAccumulator(Currency.getInstance("USD"), 12)));
        assertEquals("periods of the merged accumulator must be 12, was 4", assertThrows(IllegalArgumentException.class,
                () -> acc.merge(new PostingAccumulator(CNY, 4))).getMessage());
        assertEquals("periods must be > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> new PostingAccumulator(CNY, 0)).getMessage());
    }

    @Test
    void growsPastItsInitialCapacity() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 5);
        for (int i = 0; i < 1000; i++) {
            acc.add("line" + i, i % 5, Money.ofMinor(i, CNY));
        }
        LedgerActuals a = acc.result();
        assertEquals(1000, a.lineIds().size());
        assertEquals(Money.ofMinor(999, CNY), a.actual("line999", 4));
    }

    @Test
    void serializesAndKeepsAccumulating() throws Exception {
        PostingAccumulator acc = new PostingAccumulator(CNY, 2);
        acc.add("sem", 1, cny("10.00"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        PostingAccumulator copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PostingAccumulator) in.readObject();
        }
        copy.add("sem", 1, cny("5.00"));
        assertEquals(cny("15.00"), copy.result().actual("sem"));
        assertTrue(copy.result().toString().contains("CNY, 2 periods, 1 lines"));
    }

    @Test
    void ofIsOnePass() {
        LedgerActuals a = LedgerActuals.of(CNY, 2, List.of(new Posting("a", 0, cny("1")), new Posting("a", 1, cny("2"))));
        assertEquals(cny("3.00"), a.actual("a"));
    }

    @Test
    void actualsFeedAReport() {
        LedgerActuals ledger = LedgerActuals.of(CNY, 12, List.of(new Posting("kol", 0, cny("1000000")),
                new Posting("kol", 6, cny("320000"))));
        BudgetLine kol = SeedBudget.cost("kol", "online/kol", "1500000", "0").withActual(ledger.actual("kol"));
        assertEquals(-0.12, kol.variance().variancePercent().doubleValue()); // 1,320,000 / 1,500,000 - 1
    }
}
