package io.kpikit.attribution;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fitted Markov chain of order {@code k} with its exact removal effects; made by
 * {@link MarkovModel#fit(PathSet)}.
 *
 * <p>Exposes the transition matrix with states named by their channels
 * ({@link #transitions()}), the probability {@code P} of reaching conversion from start, the
 * expected value {@code V}, the removal effect of every channel ({@link #removalEffects()})
 * and the resulting {@link #attribution()}. See {@link MarkovModel} for the definitions.
 *
 * <p>Method and accuracy: the absorption probabilities are the solution of a linear system
 * over the transient states. The states are split into strongly connected components, solved
 * downstream first: components of up to 300 states directly, by state elimination that never
 * subtracts (so its accuracy does not depend on how long the chain cycles), larger ones by
 * Gauss–Seidel sweeps run from below and from above at once, which bracket the exact answer
 * and stop when the gap is a certified 1e-12 of the full chain's {@code P} and {@code V}, or
 * when rounding stops both bounds moving before that: in a large component the chain leaves
 * only once in thousands of steps or more, the gap cannot shrink below about that many
 * units of rounding (2e-12 relative for 20,000 steps). Every removal effect is accurate to
 * 1e-12 or that floor, whichever is larger (plus floating-point rounding); a floor above 1e-9
 * is not accepted ({@link IllegalStateException}).
 *
 * <p>{@link #restore} rebuilds a stored chain from its fitted weights ({@link #stateWeights()},
 * {@link #edges()}) and totals without the paths, and solves it again to the same numbers.
 * Two chains are equal when they were fitted to the same inputs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkovChain {

    /** The name of the start state. */
    public static final String START = "(start)";
    /** The name of the conversion state. */
    public static final String CONVERSION = "(conversion)";
    /** The name of the null (no conversion) state. */
    public static final String NULL = "(null)";

    private final MarkovGraph graph;
    private final List<String> channels;
    private final double conversion;
    private final double value;
    private final double[] conversionWithout;
    private final double[] valueWithout;
    private final Attribution attribution;

    /**
     * Takes the solved chain and attributes the totals: the one code path of {@link #fit} and
     * {@link #restore}, so that a restored chain computes the same doubles in the same order.
     */
    private MarkovChain(MarkovGraph graph, List<String> channels, double totalConversions, Money totalValue,
            String name, MarkovSolution solution) {
        this.graph = graph;
        this.channels = channels;
        this.conversion = solution.conversion;
        this.value = solution.value;
        this.conversionWithout = solution.conversionWithout;
        this.valueWithout = solution.valueWithout;
        this.attribution = Attribution.from(name, channels, totalConversions, totalValue,
                solution.conversionWeights(), solution.valueWeights());
    }

    static MarkovChain fit(PathSet paths, int order, String name) {
        MarkovGraph graph = MarkovGraph.build(paths, order);
        return new MarkovChain(graph, paths.channels(), paths.totalConversions(), paths.totalValue(), name,
                new MarkovSolution(graph, paths.channels().size()));
    }

    /**
     * Rebuilds a stored chain from what {@link MarkovModel#fit} fitted, and solves it again:
     * the inverse of {@link #order()}, {@link #channels()}, {@link #stateWeights()},
     * {@link #edges()} and the attribution's totals, for reading a chain back (from JSON or a
     * database) without its paths. {@code restore} is the name kpikit gives such factories (see
     * {@link io.kpikit.core}). The absorption probabilities, removal effects and attribution are
     * recomputed by the same code as {@code fit}, in the same order, from the same doubles, so
     * the result equals the chain that was stored, every derived figure bit for bit:
     * {@code restore(c.order(), c.channels(), c.stateWeights(), c.edges(),
     * c.attribution().totalConversions(), c.attribution().totalValue())} equals {@code c}.
     *
     * <p>The totals are the attribution's: the chain's weights are sums over the paths in
     * another order than the paths' totals, so the totals are carried rather than summed
     * again. They are checked against the weights to a relative {@code 1e-9}.
     *
     * <p>Checked, as every fitted chain satisfies:
     * <ul>
     *   <li>{@code order >= 1}; channels are not blank, distinct, and without surrounding
     *       white space (path channels are trimmed);</li>
     *   <li>states are distinct; each has 1 to {@code order} channels from {@code channels};
     *       its weights are finite and {@code >= 0} ({@link State}); its conversion value is 0
     *       when its conversion weight is; its weights leaving it (edges, conversion, null) add
     *       up to more than 0;</li>
     *   <li>edges join two different existing states, are grouped by source state in
     *       ascending order (as {@link #edges()} gives them), and no two join the same pair;</li>
     *   <li>{@code totalConversions} is finite and {@code >= 0} and within {@code 1e-9 ×
     *       max(1, totalConversions)} of the states' conversion weights; {@code totalValue} is
     *       {@code >= 0}, whole minor units, and within {@code 1e-9 × max(1, totalValue)} of
     *       their conversion values; {@code totalConversions} is 0 without channels and when
     *       no channel has a positive removal effect, {@code totalValue} zero when
     *       {@code totalConversions} is 0.</li>
     * </ul>
     *
     * <pre>{@code
     * // order 1 of 2 × (A > B) converting, worth CNY 200.00, and 1 × (A) not: states [A] and [B];
     * // start → A 3, A → B 2, A → null 1, B → conversion 2 (value 200)
     * MarkovChain chain = MarkovChain.restore(1, List.of("A", "B"),
     *         List.of(new MarkovChain.State(List.of("A"), 3, 0, 1, 0),
     *                 new MarkovChain.State(List.of("B"), 0, 2, 0, 200)),
     *         List.of(new MarkovChain.Edge(0, 1, 2)), 2, Money.parse("CNY 200.00"));
     * chain.conversionProbability();   // 2/3
     * }</pre>
     *
     * @param order the order of the chain, {@code >= 1}
     * @param channels the channels of the paths, in the order {@link #channels()} gives
     * @param states the transient states with their weights, in the order
     *     {@link #stateWeights()} gives
     * @param edges the transitions between states, in the order {@link #edges()} gives
     * @param totalConversions the total conversions of the paths
     * @param totalValue the total value of the paths
     * @return the chain, solved
     * @throws IllegalArgumentException if an input is invalid or disagrees with another; the
     *     message names the field and the value, as
     *     {@code edges[0].to must be a state index in [0, 2), was 5}
     * @throws NullPointerException if an argument, a state, an edge or a channel is null
     * @throws IllegalStateException if a large component cannot be solved to the accuracy
     *     stated above, as {@link MarkovModel#fit} cannot
     */
    public static MarkovChain restore(int order, List<String> channels, List<State> states, List<Edge> edges,
            double totalConversions, Money totalValue) {
        MarkovGraph graph = StoredMarkovChains.graph(order, channels, states, edges);
        StoredMarkovChains.checkTotals(graph, channels, totalConversions, totalValue);
        MarkovSolution solution = new MarkovSolution(graph, channels.size());
        if (totalConversions > 0 && !solution.creditsAChannel()) {
            throw new IllegalArgumentException("totalConversions must be 0 when the chain credits no channel (P = "
                    + solution.conversion + "), was " + totalConversions);
        }
        // as a path set holds them: a sum of doubles from 0.0 (never -0.0), money at the currency's scale
        return new MarkovChain(graph, List.copyOf(channels), totalConversions + 0.0,
                totalValue.rounded(RoundingMode.UNNECESSARY), MarkovModel.ofOrder(order).name(), solution);
    }

    /**
     * Returns the order {@code k} of the chain.
     *
     * @return the order
     */
    public int order() {
        return graph.order;
    }

    /**
     * Returns the number of transient (channel) states.
     *
     * @return the number of states other than start, conversion and null
     */
    public int stateCount() {
        return graph.stateCount;
    }

    /**
     * Returns the channels of the paths the chain was fitted to, in their order (the order of
     * {@link #removalEffects()} and of the attribution's credits).
     *
     * @return the channel names
     */
    public List<String> channels() {
        return channels;
    }

    /**
     * Returns the transient states with the weights fitted to them, in order of first
     * appearance (the order of {@link #states()}): what {@link #restore} takes back.
     *
     * @return one state per transient state, with its channels and weights
     */
    public List<State> stateWeights() {
        List<State> out = new ArrayList<>(graph.stateCount);
        for (int s = 0; s < graph.stateCount; s++) {
            List<String> names = new ArrayList<>(graph.gramOffsets[s + 1] - graph.gramOffsets[s]);
            for (int i = graph.gramOffsets[s]; i < graph.gramOffsets[s + 1]; i++) {
                names.add(channels.get(graph.gramChannels[i]));
            }
            out.add(new State(names, graph.startWeight[s], graph.convWeight[s], graph.nullWeight[s],
                    graph.valueEnd[s]));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the transitions between transient states, by index into {@link #stateWeights()},
     * grouped by source state and, within a state, in the order the solver sums them: what
     * {@link #restore} takes back.
     *
     * @return the edges between states
     */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>(graph.col.length);
        for (int s = 0; s < graph.stateCount; s++) {
            for (int e = graph.rowStart[s]; e < graph.rowStart[s + 1]; e++) {
                out.add(new Edge(s, graph.col[e], graph.weight[e]));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the names of the transient states, in order of first appearance.
     *
     * @return the state names, channels joined by {@code " > "}
     */
    public List<String> states() {
        List<String> out = new ArrayList<>(graph.stateCount);
        for (int s = 0; s < graph.stateCount; s++) {
            out.add(label(s));
        }
        return List.copyOf(out);
    }

    private String label(int s) {
        StringBuilder sb = new StringBuilder();
        for (int i = graph.gramOffsets[s]; i < graph.gramOffsets[s + 1]; i++) {
            if (sb.length() > 0) {
                sb.append(" > ");
            }
            sb.append(channels.get(graph.gramChannels[i]));
        }
        return sb.toString();
    }

    /**
     * Returns every transition with a positive weight: from start, between states, and into
     * conversion and null.
     *
     * @return the transitions, grouped by source state (start first)
     */
    public List<MarkovTransition> transitions() {
        List<MarkovTransition> out = new ArrayList<>();
        for (int s = 0; s < graph.stateCount; s++) {
            if (graph.startWeight[s] > 0) {
                out.add(new MarkovTransition(START, label(s), graph.startWeight[s], graph.startWeight[s] / graph.startTotal));
            }
        }
        for (int s = 0; s < graph.stateCount; s++) {
            String from = label(s);
            double total = graph.outWeight[s];
            for (int e = graph.rowStart[s]; e < graph.rowStart[s + 1]; e++) {
                out.add(new MarkovTransition(from, label(graph.col[e]), graph.weight[e], graph.weight[e] / total));
            }
            if (graph.convWeight[s] > 0) {
                out.add(new MarkovTransition(from, CONVERSION, graph.convWeight[s], graph.convWeight[s] / total));
            }
            if (graph.nullWeight[s] > 0) {
                out.add(new MarkovTransition(from, NULL, graph.nullWeight[s], graph.nullWeight[s] / total));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the probability of the transition between two named states, 0 if there is none.
     *
     * @param from the source state name (or {@link #START})
     * @param to the target state name (or {@link #CONVERSION} or {@link #NULL})
     * @return the transition probability
     * @throws NullPointerException if a name is null
     */
    public double transitionProbability(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        for (MarkovTransition t : transitions()) {
            if (t.from().equals(from) && t.to().equals(to)) {
                return t.probability();
            }
        }
        return 0;
    }

    /**
     * Returns {@code P}, the probability of reaching conversion from start.
     *
     * @return the conversion probability of the chain
     */
    public double conversionProbability() {
        return conversion;
    }

    /**
     * Returns {@code V}, the expected conversion value of one journey from start.
     *
     * @return the expected value per journey
     */
    public double expectedValue() {
        return value;
    }

    /**
     * Returns the removal effect of every channel, in channel order.
     *
     * @return the removal effects
     */
    public List<RemovalEffect> removalEffects() {
        List<RemovalEffect> out = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            out.add(new RemovalEffect(channels.get(c), Ratio.of(conversion - conversionWithout[c], conversion),
                    Ratio.of(value - valueWithout[c], value)));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the removal effect of one channel.
     *
     * @param channel the channel name
     * @return its removal effect
     * @throws IllegalArgumentException if the channel is not in the paths
     */
    public RemovalEffect removalEffect(String channel) {
        int c = channels.indexOf(Objects.requireNonNull(channel, "channel"));
        if (c < 0) {
            throw new IllegalArgumentException("channel must be one of " + channels + ", was \"" + channel + "\"");
        }
        return removalEffects().get(c);
    }

    /**
     * Returns the attribution: normalised removal effects times the totals.
     *
     * @return the attribution
     */
    public Attribution attribution() {
        return attribution;
    }

    /**
     * Returns whether {@code obj} is a chain fitted to the same inputs: the same order,
     * channels, states, edges (in order) and weights (compared as doubles, bit for bit), and
     * the same total conversions and total value. Everything else is computed from these.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof MarkovChain)) {
            return false;
        }
        MarkovChain o = (MarkovChain) obj;
        return graph.equals(o.graph) && channels.equals(o.channels)
                && Double.compare(attribution.totalConversions(), o.attribution.totalConversions()) == 0
                && attribution.totalValue().equals(o.attribution.totalValue());
    }

    @Override
    public int hashCode() {
        return Objects.hash(graph, channels, attribution.totalConversions(), attribution.totalValue());
    }

    @Override
    public String toString() {
        return "MarkovChain[order " + graph.order + ", " + graph.stateCount + " states, P=" + conversion + "]";
    }

    /**
     * One transient state of a fitted chain, with the weights fitted to it: the summed weight
     * (conversions + nulls) of the paths that start in it, the conversions and nulls of the
     * paths that end in it, and the summed value of the conversions that end in it.
     *
     * @param channels the channels of the state, in path order, at least one
     * @param startWeight the weight of the transition from start into the state
     * @param conversionWeight the weight of the transition from the state into conversion
     * @param nullWeight the weight of the transition from the state into null
     * @param conversionValue the value of the conversions ending in the state (a double sum of
     *     path values)
     */
    public record State(List<String> channels, double startWeight, double conversionWeight, double nullWeight,
            double conversionValue) {

        /**
         * Validates the state and copies its channels.
         *
         * @param channels the channels of the state, in path order, at least one
         * @param startWeight the weight of the transition from start into the state
         * @param conversionWeight the weight of the transition from the state into conversion
         * @param nullWeight the weight of the transition from the state into null
         * @param conversionValue the value of the conversions ending in the state
         * @throws IllegalArgumentException if there is no channel, or a weight is NaN, infinite
         *     or negative
         * @throws NullPointerException if {@code channels} or a channel is null
         */
        public State {
            channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("channels must have at least one channel, was []");
            }
            Checks.nonNegative(startWeight, "startWeight");
            Checks.nonNegative(conversionWeight, "conversionWeight");
            Checks.nonNegative(nullWeight, "nullWeight");
            Checks.nonNegative(conversionValue, "conversionValue");
        }
    }

    /**
     * One transition between two transient states of a fitted chain, by their index in
     * {@link #stateWeights()}, with the summed weight (conversions + nulls) of the paths that
     * make it.
     *
     * @param from the index of the source state
     * @param to the index of the target state
     * @param weight the weight of the transition
     */
    public record Edge(int from, int to, double weight) {

        /**
         * Validates the edge.
         *
         * @param from the index of the source state, {@code >= 0}
         * @param to the index of the target state, {@code >= 0}
         * @param weight the weight of the transition, finite and {@code >= 0}
         * @throws IllegalArgumentException if an index is negative, or the weight is NaN,
         *     infinite or negative
         */
        public Edge {
            if (from < 0) {
                throw new IllegalArgumentException("from must be >= 0, was " + from);
            }
            if (to < 0) {
                throw new IllegalArgumentException("to must be >= 0, was " + to);
            }
            Checks.nonNegative(weight, "weight");
        }
    }
}
