package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkovModelTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    /*
     * A > B > A > B > … (300,000 touches, ends in B)  1 conversion (CNY 300), 0 nulls → weight 1
     * C                                                1 conversion (CNY  60), 1 null  → weight 2
     *
     * A → B 150,000 times, B → A 149,999 times, B → conversion once:
     * p(A → B) = 1, p(B → A) = 149,999/150,000, p(B → conversion) = 1/150,000.
     * start → A 1/3, start → C 2/3; C → conversion 1/2, C → null 1/2.
     * A and B only leave to conversion, so h(A) = h(B) = 1; h(C) = 1/2; P = 1/3 + 2/3 · 1/2 = 2/3.
     * Removing any one channel drops one of the two routes: P⁻ᴬ = P⁻ᴮ = 1/3 (C alone),
     * P⁻ᶜ = 1/3 (A, B alone), so every RE = 1/2 and each channel gets 2/3 of 2 conversions.
     * Value: V = 1/3 · 300 + 2/3 · 1/2 · 60 = 120; V⁻ᴬ = V⁻ᴮ = 20, V⁻ᶜ = 100;
     * value RE(A) = RE(B) = 5/6, RE(C) = 1/6 → CNY 360 split 5 : 5 : 1 = 163.636.., 163.636..,
     * 32.727..; C's remainder .727 wins the first of the two spare cents.
     * The chain cycles 150,000 times on average before it leaves A ⇄ B, which an iterative
     * solver cannot follow; the two-state component is solved directly.
     */
    @Test
    void aLongAlternatingPathIsSolvedExactly() {
        List<String> alternating = new java.util.ArrayList<>(300_000);
        for (int i = 0; i < 150_000; i++) {
            alternating.add("A");
            alternating.add("B");
        }
        PathSet paths = PathSet.builder(CNY)
                .add(alternating, 1, new BigDecimal("300"), 0)
                .add(List.of("C"), 1, new BigDecimal("60"), 1)
                .build();
        MarkovChain chain = MarkovModel.ofOrder(1).fit(paths);
        assertEquals(149_999.0 / 150_000, chain.transitionProbability("B", "A"), 1e-16);
        assertEquals(2.0 / 3, chain.conversionProbability(), 1e-12 * 2 / 3);
        assertEquals(120, chain.expectedValue(), 1e-12 * 120);
        for (String c : List.of("A", "B", "C")) {
            assertEquals(0.5, chain.removalEffect(c).conversions().doubleValue(), 1e-12, c);
            assertEquals(2.0 / 3, chain.attribution().conversions(c), 1e-11, c);
        }
        assertEquals(5.0 / 6, chain.removalEffect("A").value().doubleValue(), 1e-12);
        assertEquals(5.0 / 6, chain.removalEffect("B").value().doubleValue(), 1e-12);
        assertEquals(1.0 / 6, chain.removalEffect("C").value().doubleValue(), 1e-12);
        assertEquals(Money.parse("CNY 32.73"), chain.attribution().value("C"));
        assertEquals(Money.parse("CNY 327.27"), chain.attribution().value("A").plus(chain.attribution().value("B")));
    }

    /*
     * A > B   2 conversions (CNY 200), 1 null   → weight 3
     * B       1 conversion  (CNY  60), 2 nulls  → weight 3
     * A       0 conversions,           2 nulls  → weight 2
     *
     * start → A 5/8, start → B 3/8; A → B 3/5, A → null 2/5; B → conversion 3/6, B → null 3/6.
     * h(B) = 1/2, h(A) = 3/5 · 1/2 = 3/10, P = 5/8 · 3/10 + 3/8 · 1/2 = 3/8.
     * Without A (start → A goes to null): P = 3/8 · 1/2 = 3/16, RE(A) = 1 − (3/16)/(3/8) = 1/2.
     * Without B: nothing reaches conversion, P = 0, RE(B) = 1.
     * Normalised 1/3 : 2/3 of 3 conversions → A 1, B 2.
     * Value: μ(B) = 260/3; visits x(B) = 3/8 + 5/8 · 3/5 = 3/4; V = 3/4 · 1/2 · 260/3 = 32.5
     * (= CNY 260 over 8 journeys). Without A x(B) = 3/8, V = 16.25, value RE(A) = 1/2;
     * without B V = 0, value RE(B) = 1. CNY 260.00 split 1 : 2 → 86.67 (remainder .67 wins the
     * cent) and 173.33.
     */
    private static PathSet twoChannels() {
        return PathSet.builder(CNY)
                .add("A > B", " > ", 2, new BigDecimal("200"), 1)
                .add("B", " > ", 1, new BigDecimal("60"), 2)
                .add("A", " > ", 0, BigDecimal.ZERO, 2)
                .build();
    }

    @Test
    void twoChannelChainSolvedByHand() {
        MarkovChain chain = MarkovModel.ofOrder(1).fit(twoChannels());
        assertEquals(List.of("A", "B"), chain.states());
        assertEquals(5.0 / 8, chain.transitionProbability(MarkovChain.START, "A"), 1e-15);
        assertEquals(3.0 / 5, chain.transitionProbability("A", "B"), 1e-15);
        assertEquals(2.0 / 5, chain.transitionProbability("A", MarkovChain.NULL), 1e-15);
        assertEquals(0.5, chain.transitionProbability("B", MarkovChain.CONVERSION), 1e-15);
        assertEquals(0, chain.transitionProbability("B", "A"));
        assertEquals(3.0 / 8, chain.conversionProbability(), 1e-14);
        assertEquals(32.5, chain.expectedValue(), 1e-12);
        assertEquals(0.5, chain.removalEffect("A").conversions().doubleValue(), 1e-12);
        assertEquals(1.0, chain.removalEffect("B").conversions().doubleValue(), 1e-12);
        assertEquals(0.5, chain.removalEffect("A").value().doubleValue(), 1e-12);
        assertEquals(1.0, chain.removalEffect("B").value().doubleValue(), 1e-12);
        Attribution a = chain.attribution();
        assertEquals(1.0, a.conversions("A"), 1e-12);
        assertEquals(2.0, a.conversions("B"), 1e-12);
        assertEquals(Money.parse("CNY 86.67"), a.value("A"));
        assertEquals(Money.parse("CNY 173.33"), a.value("B"));
        assertEquals(a, MarkovModel.ofOrder(1).attribute(twoChannels()));
        // start→A, start→B, A→B, A→null, B→conversion, B→null
        assertEquals(6, chain.transitions().size());
    }

    /*
     * A       1 conversion (CNY 100), 1 null
     * B       1 conversion (CNY  20), 1 null
     * A > B   1 conversion (CNY  30), 1 null
     * start → A 4/6, start → B 2/6; A → B 2/4, A → conversion 1/4, A → null 1/4;
     * B → conversion 2/4, B → null 2/4.
     * h(B) = 1/2, h(A) = 1/4 + 1/2 · 1/2 = 1/2, P = 1/2.
     * Without A: P = 1/3 · 1/2 = 1/6, RE(A) = 2/3. Without B: P = 2/3 · 1/4 = 1/6, RE(B) = 2/3.
     * Conversions split equally: 1.5 each.
     * Value: μ(A) = 100, μ(B) = 50/2 = 25; x(A) = 2/3, x(B) = 1/3 + 2/3 · 1/2 = 2/3;
     * V = 2/3 · 1/4 · 100 + 2/3 · 1/2 · 25 = 25. Without A: V = 1/3 · 1/2 · 25 = 25/6,
     * RE(A) = 5/6. Without B: V = 2/3 · 1/4 · 100 = 50/3, RE(B) = 1/3.
     * CNY 150.00 split 5 : 2 → 107.142.. and 42.857..; the cent goes to B (.71 > .29).
     */
    @Test
    void valueRemovalEffectsDifferFromConversionOnes() {
        PathSet paths = PathSet.builder(CNY)
                .add("A", " > ", 1, new BigDecimal("100"), 1)
                .add("B", " > ", 1, new BigDecimal("20"), 1)
                .add("A > B", " > ", 1, new BigDecimal("30"), 1)
                .build();
        MarkovChain chain = MarkovModel.ofOrder(1).fit(paths);
        assertEquals(0.5, chain.conversionProbability(), 1e-14);
        assertEquals(2.0 / 3, chain.removalEffect("A").conversions().doubleValue(), 1e-12);
        assertEquals(2.0 / 3, chain.removalEffect("B").conversions().doubleValue(), 1e-12);
        assertEquals(5.0 / 6, chain.removalEffect("A").value().doubleValue(), 1e-12);
        assertEquals(1.0 / 3, chain.removalEffect("B").value().doubleValue(), 1e-12);
        assertEquals(1.5, chain.attribution().conversions("A"), 1e-12);
        assertEquals(Money.parse("CNY 107.14"), chain.attribution().value("A"));
        assertEquals(Money.parse("CNY 42.86"), chain.attribution().value("B"));
    }

    @Test
    void higherOrderStatesAreKGramsWithRepeatsMerged() {
        PathSet paths = PathSet.builder(CNY)
                .add("A > A > A > B", " > ", 1, BigDecimal.ZERO, 0)
                .add("C", " > ", 0, BigDecimal.ZERO, 1)
                .add("A > B > A > B", " > ", 0, BigDecimal.ZERO, 1)
                .build();
        MarkovChain chain = MarkovModel.ofOrder(2).fit(paths);
        // grams A>A, A>A, A>B → merged to A>A, A>B; C is shorter than 2 → one state;
        // A>B, B>A, A>B is a cycle through B>A
        assertEquals(List.of("A > A", "A > B", "C", "B > A"), chain.states());
        assertEquals(1.0, chain.transitionProbability("A > A", "A > B"));
        // A>B leaves with weight 1 to conversion, 1 to B>A, 1 to null
        assertEquals(1.0 / 3, chain.transitionProbability("A > B", "B > A"), 1e-15);
        assertEquals(1.0 / 3, chain.transitionProbability("A > B", MarkovChain.CONVERSION), 1e-15);
        // h(A>B) = 1/3 + 1/3 · h(B>A) and h(B>A) = h(A>B), so h(A>B) = 1/2 = h(A>A);
        // start goes 1/3 each to A>A, A>B, C: P = 1/3 · 1/2 + 1/3 · 1/2 = 1/3
        assertEquals(1.0 / 3, chain.conversionProbability(), 1e-14);
        // C is on no converting path: removal changes nothing
        assertEquals(0.0, chain.removalEffect("C").conversions().doubleValue(), 1e-12);
        assertEquals(1.0, chain.removalEffect("A").conversions().doubleValue(), 1e-12);
        assertEquals(2, chain.order());
    }

    @Test
    void noConversionsGiveUndefinedRemovalEffects() {
        PathSet paths = PathSet.builder(CNY).add("A > B", " > ", 0, BigDecimal.ZERO, 4).build();
        MarkovChain chain = MarkovModel.ofOrder(1).fit(paths);
        assertEquals(0, chain.conversionProbability());
        assertFalse(chain.removalEffect("A").conversions().isDefined());
        assertEquals(0, chain.attribution().conversions("B"));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertEquals("order must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> MarkovModel.ofOrder(0)).getMessage());
        MarkovChain chain = MarkovModel.ofOrder(1).fit(twoChannels());
        assertEquals("channel must be one of [A, B], was \"Z\"",
                assertThrows(IllegalArgumentException.class, () -> chain.removalEffect("Z")).getMessage());
        assertEquals("markov_order3", MarkovModel.ofOrder(3).name());
    }

    @Test
    void manyChannelsUseTheTrieKeysAndAgreeWithFewerStates() {
        // 40 channels at order 13: (41)^13 does not fit 62 bits, so states are interned by trie
        PathSet.Builder b = PathSet.builder(CNY);
        for (int i = 0; i < 40; i++) {
            b.add("c" + i + " > c" + ((i + 1) % 40), " > ", i % 3, BigDecimal.ZERO, 1);
        }
        PathSet paths = b.build();
        Attribution high = MarkovModel.ofOrder(13).attribute(paths);
        // every path is shorter than 13, so each path is one state: like order 2
        Attribution two = MarkovModel.ofOrder(2).attribute(paths);
        for (String c : paths.channels()) {
            assertEquals(two.conversions(c), high.conversions(c), 1e-9);
        }
    }
}
