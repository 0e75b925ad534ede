package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ChannelSpendAccumulatorTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void primitivePathAndMoneyPathAgree() {
        ChannelSpendAccumulator primitive = new ChannelSpendAccumulator(CNY);
        int sem = primitive.register("SEM");
        assertEquals(0, sem);
        assertEquals(0, primitive.register("SEM"));
        primitive.add(sem, 100_000_000L, 420_000_000L); // CNY 1,000,000.00 and 4,200,000.00
        ChannelSpendAccumulator money = new ChannelSpendAccumulator(CNY);
        money.add("SEM", cny("1000000"), cny("4200000.00"));
        assertEquals(money.result(), primitive.result());
        assertEquals("1:4.2", primitive.result().row("SEM").roas().toNotation());
    }

    @Test
    void idsGrowBeyondTheInitialCapacity() {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(CNY);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, acc.register("c" + i));
            acc.add(i, i, 2L * i);
        }
        assertEquals(100, acc.channelCount());
        // Σ 0..99 = 4950 fen = CNY 49.50
        assertEquals(cny("49.50"), acc.result().totalCost());
        assertEquals(cny("99.00"), acc.result().totalRevenue());
    }

    @Test
    void mergeMatchesChannelsByNameNotId() {
        ChannelSpendAccumulator a = new ChannelSpendAccumulator(CNY);
        a.add("SEM", cny("1.00"), cny("4.00"));
        a.add("feed ads", cny("2.00"), cny("5.00"));
        ChannelSpendAccumulator b = new ChannelSpendAccumulator(CNY);
        b.add("feed ads", cny("3.00"), cny("1.00"));   // id 0 here, id 1 in a
        b.add("TV", cny("1.00"), cny("0.00"));
        a.merge(b);
        assertEquals(cny("5.00"), a.result().row("feed ads").cost());
        assertEquals(cny("6.00"), a.result().row("feed ads").revenue());
        assertEquals(cny("1.00"), a.result().row("TV").cost());
        assertEquals(3, a.channelCount());
        assertEquals(2, b.channelCount());
    }

    @Test
    void emptyAccumulatorIsTheIdentityOfMerge() {
        ChannelSpendAccumulator a = new ChannelSpendAccumulator(CNY);
        a.add("SEM", cny("1.00"), cny("4.00"));
        ChannelTable before = a.result();
        a.merge(new ChannelSpendAccumulator(CNY));
        assertEquals(before, a.result());
        ChannelSpendAccumulator empty = new ChannelSpendAccumulator(CNY);
        empty.merge(a);
        assertEquals(before, empty.result());
    }

    @Test
    void overflowIsAClearErrorAndLeavesTheTotalsUnchanged() {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(CNY);
        int sem = acc.register("SEM");
        acc.add(sem, Long.MAX_VALUE, 1);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> acc.add(sem, 1, 1));
        assertEquals("cost of channel \"SEM\" overflows a long of minor units: 9223372036854775807 + 1", e.getMessage());
        assertEquals(Money.ofMinor(1, CNY), acc.result().row("SEM").revenue());
    }

    @Test
    void invalidRecordsAreRejectedNamingTheChannel() {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(CNY);
        int sem = acc.register("SEM");
        assertEquals("costMinorUnits must be >= 0, was -1 (channel \"SEM\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(sem, -1, 0)).getMessage());
        assertEquals("revenueMinorUnits must be >= 0, was -5 (channel \"SEM\")",
                assertThrows(IllegalArgumentException.class, () -> acc.add(sem, 0, -5)).getMessage());
        assertEquals("channelId must be in [0, 1), was 1",
                assertThrows(IllegalArgumentException.class, () -> acc.add(1, 0, 0)).getMessage());
        // the message names the field and the channel; the cause says why (Money.toMinorUnits)
        IllegalArgumentException decimals = assertThrows(IllegalArgumentException.class,
                () -> acc.add("SEM", cny("0.005"), cny("1")));
        assertEquals("cost must be a whole number of minor units that fits a long, was CNY 0.005 (channel \"SEM\")",
                decimals.getMessage());
        assertEquals("amount must have at most 2 decimals, was CNY 0.005", decimals.getCause().getMessage());
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> acc.add("SEM", cny("1"), cny("100000000000000000000")));
        assertEquals("revenue must be a whole number of minor units that fits a long, was CNY 100000000000000000000"
                + " (channel \"SEM\")", tooLarge.getMessage());
        assertEquals("amount must fit a long of minor units, was CNY 100000000000000000000",
                tooLarge.getCause().getMessage());
        assertEquals("currency mismatch: CNY and USD (cost of channel \"TV\")",
                assertThrows(CurrencyMismatchException.class,
                        () -> acc.add("TV", Money.of("1", "USD"), Money.of("1", "USD"))).getMessage());
        assertEquals(1, acc.channelCount()); // failed adds registered nothing
        assertEquals("currency mismatch: CNY and USD (merging channel spend accumulators)",
                assertThrows(CurrencyMismatchException.class,
                        () -> acc.merge(new ChannelSpendAccumulator(Currency.getInstance("USD")))).getMessage());
    }

    @Test
    void currencyWithoutMinorUnitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelSpendAccumulator(Currency.getInstance("XAU")));
    }

    @Test
    void wholeUnitCurrencyCountsYen() {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(Currency.getInstance("JPY"));
        acc.add("SEM", Money.of("1000", "JPY"), Money.of("4800", "JPY"));
        assertEquals("1:4.8", acc.result().row("SEM").roas().toNotation());
    }

    @Test
    void serialisesAndKeepsAccumulating() throws Exception {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(CNY);
        acc.add("SEM", cny("1.00"), cny("4.00"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        ChannelSpendAccumulator copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ChannelSpendAccumulator) in.readObject();
        }
        assertEquals(acc.result(), copy.result());
        copy.add("SEM", cny("1.00"), cny("0.80"));
        assertEquals("1:2.4", copy.result().row("SEM").roas().toNotation());
    }
}
