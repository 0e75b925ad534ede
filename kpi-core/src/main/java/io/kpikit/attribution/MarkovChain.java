package io.kpikit.attribution;

import io.kpikit.core.Ratio;
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
 * and stop when the gap is a certified 1e-12 of the full chain's {@code P} and {@code V}.
 * Every removal effect is accurate to 1e-12 (plus floating-point rounding).
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

    private MarkovChain(MarkovGraph graph, List<String> channels, double conversion, double value,
                        double[] conversionWithout, double[] valueWithout, Attribution attribution) {
        this.graph = graph;
        this.channels = channels;
        this.conversion = conversion;
        this.value = value;
        this.conversionWithout = conversionWithout;
        this.valueWithout = valueWithout;
        this.attribution = attribution;
    }

    static MarkovChain fit(PathSet paths, int order, String name) {
        MarkovGraph graph = MarkovGraph.build(paths, order);
        int c = paths.channels().size();
        double[] pWithout = new double[c];
        double[] vWithout = new double[c];
        double p = 0;
        double v = 0;
        if (graph.stateCount > 0) {
            AbsorptionSolver solver = new AbsorptionSolver(graph);
            AbsorptionSolver.Result base = solver.solve();
            p = base.conversion;
            v = base.value;
            for (int ch = 0; ch < c; ch++) {
                boolean[] removed = graph.statesContaining(ch);
                if (p == 0 || !any(removed)) {
                    pWithout[ch] = p;
                    vWithout[ch] = v;
                } else {
                    AbsorptionSolver.Result r = solver.solveWithout(removed, base);
                    pWithout[ch] = Math.min(p, r.conversion);
                    vWithout[ch] = Math.min(v, r.value);
                }
            }
        }
        double[] convWeights = new double[c];
        double[] valueWeights = new double[c];
        for (int ch = 0; ch < c; ch++) {
            convWeights[ch] = p - pWithout[ch];
            valueWeights[ch] = v - vWithout[ch];
        }
        Attribution attribution = Attribution.from(name, paths, convWeights, valueWeights);
        return new MarkovChain(graph, paths.channels(), p, v, pWithout, vWithout, attribution);
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
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

    @Override
    public String toString() {
        return "MarkovChain[order " + graph.order + ", " + graph.stateCount + " states, P=" + conversion + "]";
    }
}
