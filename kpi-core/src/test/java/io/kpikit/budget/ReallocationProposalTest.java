package io.kpikit.budget;

import static io.kpikit.budget.SeedBudget.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReallocationProposalTest {

    private static ChannelBudget channel(String name, String current, String roas, String min, String max) {
        return new ChannelBudget(name, cny(current), Ratio.of(new BigDecimal(roas), BigDecimal.ONE), cny(min), cny(max));
    }

    private static final List<ChannelBudget> CHANNELS = List.of(
            channel("feed-ads", "3000000", "4.8", "2000000", "3050000"),
            channel("sem", "2000000", "3.5", "1000000", "2500000"),
            channel("kol", "1500000", "2.0", "1000000", "2000000"),
            channel("offline", "1000000", "1.2", "800000", "1000000"),
            channel("pr", "2500000", "1.2", "2400000", "2500000"));

    @Test
    void boundsStopTheMoveAndTheShortfallIsReported() {
        // total 10,000,000; 10% = 1,000,000 requested. Donors: offline, pr (1.2, by name), kol; receivers: feed, sem.
        // offline -> feed 50,000 (feed full at 3,050,000); offline -> sem 150,000 (offline at min 800,000);
        // pr -> sem 100,000 (pr at min); kol -> sem 250,000 (sem full at 2,500,000);
        // next receiver is kol itself (2.0 = 2.0): stop. Moved 550,000, shortfall 450,000.
        ReallocationProposal p = ReallocationProposal.propose(CHANNELS, new BigDecimal("0.10"));
        assertEquals(cny("1000000"), p.requested());
        assertEquals(List.of(new Transfer("offline", "feed-ads", cny("50000")),
                new Transfer("offline", "sem", cny("150000")), new Transfer("pr", "sem", cny("100000")),
                new Transfer("kol", "sem", cny("250000"))), p.transfers());
        assertEquals(cny("550000"), p.moved());
        assertEquals(cny("450000"), p.shortfall());
        assertEquals(List.of(cny("50000"), cny("500000"), cny("-250000"), cny("-200000"), cny("-100000")),
                p.changes().stream().map(ChannelChange::change).toList());
        assertEquals(cny("10000000"), p.total());
        assertEquals(cny("1250000"), p.changes().get(2).to());
    }

    @Test
    void fullMoveWhenTheBoundsAllow() {
        // 5% = 500,000: 50,000 + 150,000 + 100,000 as above, then kol -> sem 200,000
        ReallocationProposal p = ReallocationProposal.propose(CHANNELS, new BigDecimal("0.05"));
        assertEquals(cny("500000"), p.moved());
        assertTrue(p.shortfall().isZero());
        assertEquals(cny("1300000"), p.changes().get(2).to());
    }

    @Test
    void requestedAmountIsRoundedHalfEvenToTheCent() {
        // total 100.01 x 0.5 = 50.005 -> 50.00 (half-even keeps the even 0)
        List<ChannelBudget> two = List.of(channel("a", "50.01", "1", "0", "100.01"),
                channel("b", "50.00", "2", "0", "100.01"));
        ReallocationProposal p = ReallocationProposal.propose(two, new BigDecimal("0.5"));
        assertEquals(cny("50.00"), p.requested());
        assertEquals(cny("0.01"), p.changes().get(0).to());
        assertEquals(cny("100.00"), p.changes().get(1).to());
    }

    @Test
    void equalRoasMovesNothing() {
        List<ChannelBudget> tied = List.of(channel("a", "100", "2", "0", "200"), channel("b", "100", "2.00", "0", "200"));
        ReallocationProposal p = ReallocationProposal.propose(tied, new BigDecimal("0.10"));
        assertTrue(p.transfers().isEmpty());
        assertEquals(cny("20"), p.shortfall());
    }

    @Test
    void roasComparesExactlyFromNumeratorAndDenominator() {
        // 0.333...3 (35 threes) < 1/3, but both have the same 34-digit decimal value: a comparison of
        // the decimal views would call it a tie and move nothing
        ChannelBudget third = new ChannelBudget("third", cny("10"), Ratio.of(1, 3), cny("0"), cny("20"));
        ChannelBudget below = new ChannelBudget("below", cny("10"),
                Ratio.of(new BigDecimal("0.33333333333333333333333333333333333"), BigDecimal.ONE), cny("0"), cny("20"));
        assertTrue(third.roas().toBigDecimal().compareTo(below.roas().toBigDecimal()) == 0);
        ReallocationProposal p = ReallocationProposal.propose(List.of(third, below), new BigDecimal("0.25"));
        assertEquals(List.of(new Transfer("below", "third", cny("5.00"))), p.transfers()); // 20 x 0.25
    }

    @Test
    void validation() {
        assertEquals("current must be in [0, 5], was CNY 6 (channel \"a\")", assertThrows(IllegalArgumentException.class,
                () -> channel("a", "6", "1", "0", "5")).getMessage());
        assertEquals("min must be >= 0, was CNY -1 (channel \"a\")", assertThrows(IllegalArgumentException.class,
                () -> channel("a", "1", "1", "-1", "5")).getMessage());
        IllegalArgumentException undefined = assertThrows(IllegalArgumentException.class,
                () -> new ChannelBudget("a", cny("1"), Ratio.of(1, 0), cny("0"), cny("1")));
        assertTrue(undefined.getMessage().startsWith("roas must be defined"), undefined.getMessage());
        assertEquals("share must be <= 1, was 1.5", assertThrows(IllegalArgumentException.class,
                () -> ReallocationProposal.propose(CHANNELS, new BigDecimal("1.5"))).getMessage());
        assertEquals("channel must be unique, was \"a\" twice", assertThrows(IllegalArgumentException.class,
                () -> ReallocationProposal.propose(List.of(channel("a", "1", "1", "0", "1"),
                        channel("a", "1", "2", "0", "1")), BigDecimal.ONE)).getMessage());
    }

    @Test
    void aChannelInAnotherCurrencyIsNamed() {
        ChannelBudget usd = new ChannelBudget("us-search", Money.of("100", "USD"), Ratio.of(2, 1), Money.of("0", "USD"),
                Money.of("200", "USD"));
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> ReallocationProposal.propose(
                List.of(channel("sem", "100", "1", "0", "200"), usd), new BigDecimal("0.1")));
        assertEquals("currency mismatch: CNY and USD (channel \"us-search\" is in USD, expected CNY, the currency of"
                + " channel \"sem\")", e.getMessage());
    }

    @Test
    void aProposalKeepsItsChannelsAndIsRebuiltFromThem() {
        ReallocationProposal p = ReallocationProposal.propose(CHANNELS, new BigDecimal("0.10"));
        assertEquals(CHANNELS, p.channels());
        ReallocationProposal again = ReallocationProposal.propose(p.channels(), p.share());
        assertEquals(p.changes(), again.changes());
        assertEquals(p.transfers(), again.transfers());
        assertEquals(p.requested(), again.requested());
        assertThrows(UnsupportedOperationException.class, () -> p.channels().clear());
    }
}
