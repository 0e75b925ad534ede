package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MarkovChain#restore}: a stored chain comes back equal, invalid inputs are rejected. */
class MarkovChainRestoreTest {

    /*
     * 2 × (A > B) converting (CNY 200.00 in all), 1 × (A) not converting, order 1:
     * states [A], [B]; start → A weight 2 + 1 = 3; A → B 2, A → null 1; B → conversion 2, value 200.
     * h(B) = 1, h(A) = 2/3, P = 2/3; removing A or B leaves no route: P⁻ᴬ = P⁻ᴮ = 0, both RE = 1,
     * so each gets 2 · 1/2 = 1 conversion and CNY 100.00. V = 2/3 · 100 (value per conversion of B).
     */
    private static final PathSet PATHS = PathSet.builder(RandomPaths.CNY)
            .add(List.of("A", "B"), 2, new BigDecimal("200.00"), 0)
            .add(List.of("A"), 0, BigDecimal.ZERO, 1)
            .build();

    private static final List<String> CHANNELS = List.of("A", "B");

    private static MarkovChain.State a() {
        return new MarkovChain.State(List.of("A"), 3, 0, 1, 0);
    }

    private static MarkovChain.State b() {
        return new MarkovChain.State(List.of("B"), 0, 2, 0, 200);
    }

    private static final List<MarkovChain.Edge> EDGES = List.of(new MarkovChain.Edge(0, 1, 2));
    private static final Money TOTAL = Money.parse("CNY 200.00");

    private static MarkovChain restore(List<MarkovChain.State> states, List<MarkovChain.Edge> edges) {
        return MarkovChain.restore(1, CHANNELS, states, edges, 2, TOTAL);
    }

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void theHandCheckedChainRestoresEqualToTheFittedOne() {
        MarkovChain fitted = MarkovModel.ofOrder(1).fit(PATHS);
        assertEquals(CHANNELS, fitted.channels());
        assertEquals(List.of(a(), b()), fitted.stateWeights());
        assertEquals(EDGES, fitted.edges());
        MarkovChain restored = restore(List.of(a(), b()), EDGES);
        assertEquals(fitted, restored);
        assertEquals(fitted.hashCode(), restored.hashCode());
        assertEquals(2.0 / 3, restored.conversionProbability());
        assertEquals(2.0 / 3 * 100, restored.expectedValue(), 1e-12);
        assertEquals(fitted.states(), restored.states());
        assertEquals(fitted.transitions(), restored.transitions());
        assertEquals(fitted.removalEffects(), restored.removalEffects());
        assertEquals(Ratio.of(2.0 / 3, 2.0 / 3), restored.removalEffect("A").conversions());
        assertEquals(fitted.attribution(), restored.attribution());
        assertEquals(1.0, restored.attribution().conversions("A"));
        assertEquals(Money.parse("CNY 100.00"), restored.attribution().value("B"));
        assertEquals("markov_order1", restored.attribution().model());
    }

    @Test
    void chainsOfOtherInputsAreNotEqual() {
        MarkovChain chain = restore(List.of(a(), b()), EDGES);
        assertNotEquals(chain, restore(List.of(new MarkovChain.State(List.of("A"), 4, 0, 1, 0), b()), EDGES));
        assertNotEquals(chain, restore(List.of(a(), b()), List.of(new MarkovChain.Edge(0, 1, 3))));
        // totals within 1e-9 of the weights, as a fit's may be, but not the same
        assertNotEquals(chain, MarkovChain.restore(1, CHANNELS, List.of(a(), b()), EDGES, 2 + 1e-12, TOTAL));
        assertNotEquals(chain, MarkovChain.restore(1, List.of("A", "B", "C"), List.of(a(), b()), EDGES, 2, TOTAL));
        // a stored -0.0 is the 0.0 a fit sums to
        assertEquals(chain, restore(List.of(new MarkovChain.State(List.of("A"), 3, -0.0, 1, -0.0), b()), EDGES));
    }

    @Test
    void aChainWithoutStatesOrChannelsRestores() {
        PathSet empty = PathSet.builder(RandomPaths.CNY).build();
        assertEquals(MarkovModel.ofOrder(2).fit(empty),
                MarkovChain.restore(2, List.of(), List.of(), List.of(), 0, Money.parse("CNY 0.00")));
        PathSet unused = PathSet.builder(RandomPaths.CNY).add(List.of("A"), 0, BigDecimal.ZERO, 0).build();
        assertEquals(MarkovModel.ofOrder(1).fit(unused),
                MarkovChain.restore(1, List.of("A"), List.of(), List.of(), 0, Money.parse("CNY 0")));
    }

    @Test
    void restoredTotalsAreHeldAsAFitHoldsThem() {
        // a path set keeps its total value at the currency's scale and sums conversions from 0.0
        MarkovChain chain = MarkovChain.restore(1, CHANNELS, List.of(a(), b()), EDGES, 2, Money.parse("CNY 200"));
        assertEquals(new BigDecimal("200.00"), chain.attribution().totalValue().amount());
        assertEquals(new BigDecimal("100.00"), chain.attribution().value("A").amount());
        MarkovChain empty = MarkovChain.restore(1, List.of("A"), List.of(), List.of(), -0.0, Money.parse("CNY 0"));
        assertEquals(0L, Double.doubleToRawLongBits(empty.attribution().totalConversions()));
        assertEquals(new BigDecimal("0.00"), empty.attribution().totalValue().amount());
    }

    @Test
    void invalidOrderChannelsAndStatesAreRejectedNamingFieldAndValue() {
        assertEquals("order must be >= 1, was 0",
                error(() -> MarkovChain.restore(0, CHANNELS, List.of(a(), b()), EDGES, 2, TOTAL)));
        assertEquals("channels[1] must not be blank, was \" \"",
                error(() -> MarkovChain.restore(1, List.of("A", " "), List.of(), List.of(), 0, TOTAL)));
        assertEquals("channels[1] must be distinct, was \"A\" twice",
                error(() -> MarkovChain.restore(1, List.of("A", "A"), List.of(), List.of(), 0, TOTAL)));
        assertEquals("channels[0] must not start or end with white space, was \" A\"",
                error(() -> MarkovChain.restore(1, List.of(" A"), List.of(), List.of(), 0, TOTAL)));
        assertEquals("startWeight must be >= 0, was -1.0",
                error(() -> new MarkovChain.State(List.of("A"), -1, 0, 1, 0)));
        assertEquals("nullWeight must be a finite number, was NaN",
                error(() -> new MarkovChain.State(List.of("A"), 1, 0, Double.NaN, 0)));
        assertEquals("conversionValue must be a finite number, was Infinity",
                error(() -> new MarkovChain.State(List.of("A"), 1, 1, 0, Double.POSITIVE_INFINITY)));
        assertEquals("channels must have at least one channel, was []",
                error(() -> new MarkovChain.State(List.of(), 1, 0, 1, 0)));
        assertEquals("states[1].channels must be distinct, was [A] as states[0]",
                error(() -> restore(List.of(a(), a()), List.of())));
        assertEquals("states[1].channels must have 1 to 1 channels (the order), was [A, B]",
                error(() -> restore(List.of(a(), new MarkovChain.State(List.of("A", "B"), 0, 2, 0, 200)), EDGES)));
        assertEquals("states[1].channels[0] must be one of [A, B], was \"C\"",
                error(() -> restore(List.of(a(), new MarkovChain.State(List.of("C"), 0, 2, 0, 200)), EDGES)));
        assertEquals("states[1].conversionValue must be 0 when conversionWeight is 0, was 200.0",
                error(() -> restore(List.of(a(), new MarkovChain.State(List.of("B"), 0, 0, 2, 200)), EDGES)));
        assertEquals("states[1] must have a positive weight leaving it (edges, conversionWeight and nullWeight),"
                + " was 0.0 (channels [B])",
                error(() -> restore(List.of(a(), new MarkovChain.State(List.of("B"), 0, 0, 0, 0)), EDGES)));
    }

    @Test
    void invalidEdgesAreRejectedNamingFieldAndValue() {
        List<MarkovChain.State> states = List.of(a(), b());
        assertEquals("weight must be >= 0, was -2.0", error(() -> new MarkovChain.Edge(0, 1, -2)));
        assertEquals("from must be >= 0, was -1", error(() -> new MarkovChain.Edge(-1, 1, 2)));
        assertEquals("to must be >= 0, was -1", error(() -> new MarkovChain.Edge(0, -1, 2)));
        assertEquals("edges[0].to must be a state index in [0, 2), was 5",
                error(() -> restore(states, List.of(new MarkovChain.Edge(0, 5, 2)))));
        assertEquals("edges[0].from must be a state index in [0, 2), was 2",
                error(() -> restore(states, List.of(new MarkovChain.Edge(2, 1, 2)))));
        assertEquals("edges[0].to must differ from from (consecutive equal states are one state), was 0",
                error(() -> restore(states, List.of(new MarkovChain.Edge(0, 0, 2)))));
        assertEquals("edges[1] must be the only edge from 0 to 1, was a second one",
                error(() -> restore(states, List.of(new MarkovChain.Edge(0, 1, 1), new MarkovChain.Edge(0, 1, 1)))));
        assertEquals("edges[1].from must be >= the previous edge's from, 1 (edges grouped by source state, ascending),"
                + " was 0", error(() -> restore(states, List.of(new MarkovChain.Edge(1, 0, 1),
                        new MarkovChain.Edge(0, 1, 2)))));
    }

    @Test
    void totalsThatDisagreeWithTheWeightsAreRejected() {
        List<MarkovChain.State> states = List.of(a(), b());
        assertEquals("totalConversions must be >= 0, was -2.0",
                error(() -> MarkovChain.restore(1, CHANNELS, states, EDGES, -2, TOTAL)));
        assertEquals("totalConversions must be the sum of the states' conversionWeight, 2.0 (to within 1.0E-9"
                + " relative), was 3.0", error(() -> MarkovChain.restore(1, CHANNELS, states, EDGES, 3, TOTAL)));
        assertEquals("totalValue must be the sum of the states' conversionValue, 200.0 (to within 1.0E-9"
                + " relative), was CNY 201.00",
                error(() -> MarkovChain.restore(1, CHANNELS, states, EDGES, 2, Money.parse("CNY 201.00"))));
        assertEquals("totalValue must be whole minor units of CNY (at most 2 decimal places), was CNY 200.001",
                error(() -> MarkovChain.restore(1, CHANNELS, states, EDGES, 2, Money.of("200.001", "CNY"))));
        assertEquals("totalValue must be >= 0, was CNY -1.00",
                error(() -> MarkovChain.restore(1, CHANNELS, states, EDGES, 2, Money.parse("CNY -1.00"))));
        // B never converts here, so no channel has a removal effect to credit 1e-10 conversions with
        List<MarkovChain.State> never = List.of(a(), new MarkovChain.State(List.of("B"), 0, 0, 2, 0));
        assertEquals("totalConversions must be 0 when the chain credits no channel (P = 0.0), was 1.0E-10",
                error(() -> MarkovChain.restore(1, CHANNELS, never, EDGES, 1e-10, Money.parse("CNY 0.00"))));
        assertEquals("totalValue must be the sum of the states' conversionValue, 0.0 (to within 1.0E-9 relative),"
                + " was CNY 0.01", error(() -> MarkovChain.restore(1, CHANNELS, never, EDGES, 0, Money.parse("CNY 0.01"))));
        // 1e-10 conversions worth CNY 0.01 agree with totals of 0 and CNY 0.01, but no conversions have no value
        List<MarkovChain.State> tiny = List.of(a(), new MarkovChain.State(List.of("B"), 0, 1e-10, 2, 0.01));
        assertEquals("totalValue must be zero when totalConversions is 0, was CNY 0.01",
                error(() -> MarkovChain.restore(1, CHANNELS, tiny, EDGES, 0, Money.parse("CNY 0.01"))));
        assertEquals("totalConversions must be 0 without channels, was 1.0E-10",
                error(() -> MarkovChain.restore(1, List.of(), List.of(), List.of(), 1e-10, Money.parse("CNY 0.00"))));
        assertThrows(NullPointerException.class, () -> MarkovChain.restore(1, CHANNELS, states, EDGES, 2, null));
        assertThrows(NullPointerException.class, () -> MarkovChain.restore(1, null, states, EDGES, 2, TOTAL));
    }
}
