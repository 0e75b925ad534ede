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
    void overflowIsAnErrorNamingTheCell() {
        PostingAccumulator acc = new PostingAccumulator(CNY, 3);
        int sem = acc.lineIndex("sem");
        acc.add(sem, 2, Long.MAX_VALUE);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> acc.add(sem, 2, 1));
        assertEquals("total of line \"sem\" in period 2 must fit a long of minor units, overflowed adding a posting",
                e.getMessage());
        assertEquals(Money.ofMinor(Long.MAX_VALUE, CNY), acc.result().actual("sem", 2)); // cell unchanged
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
