package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Laws of the reallocation: the total is kept to the cent, bounds hold, money only flows from lower
 * to higher ROAS, and a shortfall only happens when no further move is allowed.
 */
class ReallocationProposalProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    /** Decodes one random long per channel: ROAS in tenths 0..3.0 (many ties), min, current, max in cents. */
    private static List<ChannelBudget> channels(List<Long> seeds) {
        List<ChannelBudget> out = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long s = seeds.get(i);
            long roasTenths = Math.floorMod(s, 31);
            long min = Math.floorMod(s / 31, 50_000);
            long current = min + Math.floorMod(s / 1_550_000, 80_000);
            long max = current + Math.floorMod(s / 7_000_000_000L, 60_000);
            out.add(new ChannelBudget("c" + i, Money.ofMinor(current, CNY),
                    Ratio.of(BigDecimal.valueOf(roasTenths, 1), BigDecimal.ONE), Money.ofMinor(min, CNY),
                    Money.ofMinor(max, CNY)));
        }
        return out;
    }

    @Test
    void totalKeptBoundsRespectedAndMoneyFlowsUphill() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 8), integers().between(0, 100))
                .checkAssert((seeds, percent) -> {
                    List<ChannelBudget> in = channels(seeds);
                    ReallocationProposal p = ReallocationProposal.propose(in, BigDecimal.valueOf(percent, 2));
                    Money before = Money.total(CNY, in.stream().map(ChannelBudget::current).toList());
                    assertEquals(before, p.total());
                    assertEquals(p.requested(), p.moved().plus(p.shortfall()));
                    assertFalse(p.shortfall().isNegative());
                    for (int i = 0; i < in.size(); i++) {
                        Money to = p.changes().get(i).to();
                        assertFalse(to.isLessThan(in.get(i).min()), "below min: " + p);
                        assertFalse(to.isGreaterThan(in.get(i).max()), "above max: " + p);
                    }
                    for (int a = 0; a < in.size(); a++) {
                        for (int b = 0; b < in.size(); b++) {
                            if (p.changes().get(a).change().isNegative() && p.changes().get(b).change().isPositive()) {
                                assertTrue(roas(in.get(a)) < roas(in.get(b)), "downhill: " + p);
                            }
                        }
                    }
                });
    }

    @Test
    void aShortfallMeansNoAllowedMoveIsLeft() {
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 8), integers().between(0, 100))
                .checkAssert((seeds, percent) -> {
                    List<ChannelBudget> in = channels(seeds);
                    ReallocationProposal p = ReallocationProposal.propose(in, BigDecimal.valueOf(percent, 2));
                    if (p.shortfall().isZero()) {
                        return;
                    }
                    for (int a = 0; a < in.size(); a++) {
                        for (int b = 0; b < in.size(); b++) {
                            boolean canGive = p.changes().get(a).to().isGreaterThan(in.get(a).min());
                            boolean canTake = p.changes().get(b).to().isLessThan(in.get(b).max());
                            assertFalse(canGive && canTake && roas(in.get(a)) < roas(in.get(b)),
                                    "a move from " + in.get(a).channel() + " to " + in.get(b).channel() + " was left: " + p);
                        }
                    }
                });
    }

    @Test
    void shufflingTheChannelsGivesTheSameProposal() {
        // roas in tenths 0..3.0 over up to 8 channels: ties are common, and must be broken by name, not input order
        qt().forAll(lists().of(longs().all()).ofSizeBetween(1, 8), integers().between(0, 100), longs().all())
                .checkAssert((seeds, percent, seed) -> {
                    List<ChannelBudget> in = channels(seeds);
                    List<ChannelBudget> shuffled = new ArrayList<>(in);
                    Collections.shuffle(shuffled, new Random(seed));
                    BigDecimal share = BigDecimal.valueOf(percent, 2);
                    ReallocationProposal p = ReallocationProposal.propose(in, share);
                    ReallocationProposal q = ReallocationProposal.propose(shuffled, share);
                    assertEquals(p.transfers(), q.transfers());
                    assertEquals(byChannel(p), byChannel(q)); // changes follow the input order, so compare by name
                    assertEquals(p.requested(), q.requested());
                });
    }

    private static Map<String, ChannelChange> byChannel(ReallocationProposal p) {
        Map<String, ChannelChange> out = new TreeMap<>();
        p.changes().forEach(c -> out.put(c.channel(), c));
        return out;
    }

    private static double roas(ChannelBudget c) {
        return c.roas().doubleValue(); // tenths: exact enough to order
    }
}
