package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MarkovChain}: the listed transitions, equality, and restore's zero signs and boundaries. */
class MarkovChainEdgeTest {

    /*
     * 2 × (A > B) converting (CNY 200.00), 1 × (A) not converting, order 1:
     * start → A 3; A → B 2 (2/3), A → null 1 (1/3); B → conversion 2 (1). B has no start weight
     * and no null weight, A no conversion weight: none of those are transitions.
     */
    private static final PathSet PATHS = PathSet.builder(RandomPaths.CNY)
            .add(List.of("A", "B"), 2, new BigDecimal("200.00"), 0)
            .add(List.of("A"), 0, BigDecimal.ZERO, 1)
            .build();
    private static final List<String> CHANNELS = List.of("A", "B");
    private static final List<MarkovChain.Edge> EDGES = List.of(new MarkovChain.Edge(0, 1, 2));
    private static final Money TOTAL = Money.parse("CNY 200.00");

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void transitionsListOnlyPositiveWeights() {
        MarkovChain chain = MarkovModel.ofOrder(1).fit(PATHS);
        List<MarkovTransition> t = chain.transitions();
        assertEquals(4, t.size(), t.toString());
        assertEquals(new MarkovTransition(MarkovChain.START, t.get(0).to(), 3, 1.0), t.get(0));
        assertEquals(2.0 / 3, t.get(1).probability());
        assertEquals(MarkovChain.NULL, t.get(2).to());
        assertEquals(1.0 / 3, t.get(2).probability());
        assertEquals(new MarkovTransition(t.get(1).to(), MarkovChain.CONVERSION, 2, 1.0), t.get(3));
    }

    @Test
    void aChainIsNeverEqualToAnotherTypeAndDifferentChainsHashApart() {
        MarkovChain chain = MarkovModel.ofOrder(1).fit(PATHS);
        assertNotEquals(chain, (Object) "chain");
        assertNotEquals(chain, null);
        // one more converting A > B path: 3 conversions, CNY 300.00
        MarkovChain other = MarkovModel.ofOrder(1).fit(PathSet.builder(RandomPaths.CNY)
                .add(List.of("A", "B"), 3, new BigDecimal("300.00"), 0)
                .add(List.of("A"), 0, BigDecimal.ZERO, 1)
                .build());
        assertNotEquals(chain, other);
        assertNotEquals(chain.hashCode(), other.hashCode());
    }

    @Test
    void storedNegativeZeroWeightsRestoreAsTheZerosAFitHas() {
        MarkovChain fitted = MarkovModel.ofOrder(1).fit(PATHS);
        // B's start and null weights stored as -0.0 (a JSON writer may do that): still the fitted chain
        MarkovChain restored = MarkovChain.restore(1, CHANNELS, List.of(
                new MarkovChain.State(List.of("A"), 3, 0, 1, 0),
                new MarkovChain.State(List.of("B"), -0.0, 2, -0.0, 200)), EDGES, 2, TOTAL);
        assertEquals(fitted, restored);
        assertEquals(fitted.stateWeights(), restored.stateWeights());
    }

    @Test
    void aTotalValueWithTrailingZerosIsWholeMinorUnits() {
        // CNY 200.010 = 20,001 fen
        MarkovChain restored = MarkovChain.restore(1, CHANNELS, List.of(
                new MarkovChain.State(List.of("A"), 3, 0, 1, 0),
                new MarkovChain.State(List.of("B"), 0, 2, 0, 200.01)), EDGES, 2, Money.parse("CNY 200.010"));
        assertEquals(2.0 / 3, restored.conversionProbability());
    }

    @Test
    void aStoredNegativeZeroEdgeWeightIsTheZeroWeight() {
        List<MarkovChain.State> states = List.of(new MarkovChain.State(List.of("A"), 3, 0, 1, 0),
                new MarkovChain.State(List.of("B"), 0, 2, 0, 200));
        MarkovChain plus = MarkovChain.restore(1, CHANNELS, states,
                List.of(new MarkovChain.Edge(0, 1, 2), new MarkovChain.Edge(1, 0, 0.0)), 2, TOTAL);
        MarkovChain minus = MarkovChain.restore(1, CHANNELS, states,
                List.of(new MarkovChain.Edge(0, 1, 2), new MarkovChain.Edge(1, 0, -0.0)), 2, TOTAL);
        assertEquals(plus, minus);
        assertEquals(plus.edges(), minus.edges());
    }

    @Test
    void channelsMustNotStartOrEndWithWhiteSpace() {
        List<MarkovChain.State> one = List.of(new MarkovChain.State(List.of("A"), 1, 1, 0, 0));
        assertEquals("channels[0] must not start or end with white space, was \" A\"", error(() ->
                MarkovChain.restore(1, List.of(" A"), one, List.of(), 1, Money.parse("CNY 0.00"))));
        assertEquals("channels[0] must not start or end with white space, was \"A\t\"", error(() ->
                MarkovChain.restore(1, List.of("A\t"), one, List.of(), 1, Money.parse("CNY 0.00"))));
    }

    @Test
    void channelsMustBeDistinct() {
        assertEquals("channels[1] must be distinct, was \"A\" twice", error(() -> MarkovChain.restore(1,
                List.of("A", "A"), List.of(new MarkovChain.State(List.of("A"), 1, 1, 0, 0)), List.of(), 1,
                Money.parse("CNY 0.00"))));
    }

    @Test
    void theTotalsToleranceIsInclusive() {
        // tolerance 1e-9 × max(1, 1e9) = 1.0; conversion weights sum to 1e9 + 1, one more than the total
        assertEquals(1.0, StoredMarkovChains.TOTALS_TOLERANCE * 1e9);
        MarkovChain chain = MarkovChain.restore(1, List.of("A"), List.of(
                new MarkovChain.State(List.of("A"), 1, 1e9 + 1, 0, 0)), List.of(), 1e9, Money.parse("CNY 0.00"));
        assertEquals(1.0, chain.conversionProbability());
        assertEquals("totalConversions must be the sum of the states' conversionWeight, 1.000000002E9 (to within"
                + " 1.0E-9 relative), was 1.0E9", error(() -> MarkovChain.restore(1, List.of("A"), List.of(
                new MarkovChain.State(List.of("A"), 1, 1e9 + 2, 0, 0)), List.of(), 1e9, Money.parse("CNY 0.00"))));
    }
}
