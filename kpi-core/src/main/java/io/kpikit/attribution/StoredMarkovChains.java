package io.kpikit.attribution;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks {@link MarkovChain#restore} runs on a stored chain's inputs, each failing with a
 * message that names the field, the rule and the value, and the graph it rebuilds from them.
 * Stateless.
 */
final class StoredMarkovChains {

    /**
     * How far the totals may be from the states' weights, relative to {@code max(1, total)}:
     * both are sums of the same path figures, in another order (and the value weights of
     * doubles, the total value exact), so they agree to a few ulps per path.
     */
    static final double TOTALS_TOLERANCE = 1e-9;

    private StoredMarkovChains() {
    }

    /** Checks the inputs and builds the graph {@link MarkovGraph#build} would have built. */
    static MarkovGraph graph(int order, List<String> channels, List<MarkovChain.State> states,
            List<MarkovChain.Edge> edges) {
        if (order < 1) {
            throw new IllegalArgumentException("order must be >= 1, was " + order);
        }
        List<String> names = List.copyOf(Objects.requireNonNull(channels, "channels"));
        List<MarkovChain.State> stateList = List.copyOf(Objects.requireNonNull(states, "states"));
        List<MarkovChain.Edge> edgeList = List.copyOf(Objects.requireNonNull(edges, "edges"));
        Map<String, Integer> ids = channelIds(names);
        int n = stateList.size();
        int[] gramOffsets = new int[n + 1];
        for (int s = 0; s < n; s++) {
            gramOffsets[s + 1] = gramOffsets[s] + stateList.get(s).channels().size();
        }
        int[] gramChannels = new int[gramOffsets[n]];
        double[] start = new double[n];
        double[] conv = new double[n];
        double[] nul = new double[n];
        double[] valueEnd = new double[n];
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int s = 0; s < n; s++) {
            MarkovChain.State st = stateList.get(s);
            String field = "states[" + s + "]";
            List<String> gram = st.channels();
            if (gram.size() > order) {
                throw new IllegalArgumentException(field + ".channels must have 1 to " + order
                        + " channels (the order), was " + gram);
            }
            Integer before = seen.putIfAbsent(gram, s);
            if (before != null) {
                throw new IllegalArgumentException(field + ".channels must be distinct, was " + gram
                        + " as states[" + before + "]");
            }
            for (int j = 0; j < gram.size(); j++) {
                Integer id = ids.get(gram.get(j));
                if (id == null) {
                    throw new IllegalArgumentException(field + ".channels[" + j + "] must be one of " + names
                            + ", was \"" + gram.get(j) + "\"");
                }
                gramChannels[gramOffsets[s] + j] = id;
            }
            if (st.conversionWeight() == 0 && st.conversionValue() != 0) {
                throw new IllegalArgumentException(field + ".conversionValue must be 0 when conversionWeight is 0, was "
                        + st.conversionValue());
            }
            // + 0.0 turns a stored -0.0 into the 0.0 a fit sums to
            start[s] = st.startWeight() + 0.0;
            conv[s] = st.conversionWeight() + 0.0;
            nul[s] = st.nullWeight() + 0.0;
            valueEnd[s] = st.conversionValue() + 0.0;
        }
        int[] rowStart = new int[n + 1];
        int[] col = new int[edgeList.size()];
        double[] weight = new double[edgeList.size()];
        double[] out = new double[n];
        int[] lastRowOf = new int[n];
        Arrays.fill(lastRowOf, -1);
        int previous = 0;
        for (int e = 0; e < edgeList.size(); e++) {
            MarkovChain.Edge edge = edgeList.get(e);
            String field = "edges[" + e + "]";
            stateIndex(edge.from(), n, field + ".from");
            stateIndex(edge.to(), n, field + ".to");
            if (edge.from() < previous) {
                throw new IllegalArgumentException(field + ".from must be >= the previous edge's from, " + previous
                        + " (edges grouped by source state, ascending), was " + edge.from());
            }
            if (edge.to() == edge.from()) {
                throw new IllegalArgumentException(field + ".to must differ from from (consecutive equal states are"
                        + " one state), was " + edge.to());
            }
            if (lastRowOf[edge.to()] == edge.from()) {
                throw new IllegalArgumentException(field + " must be the only edge from " + edge.from() + " to "
                        + edge.to() + ", was a second one");
            }
            lastRowOf[edge.to()] = edge.from();
            previous = edge.from();
            rowStart[edge.from() + 1]++;
            col[e] = edge.to();
            weight[e] = edge.weight() + 0.0;
            out[edge.from()] += weight[e];
        }
        for (int s = 0; s < n; s++) {
            rowStart[s + 1] += rowStart[s];
            if (!(out[s] + conv[s] + nul[s] > 0)) {
                throw new IllegalArgumentException("states[" + s + "] must have a positive weight leaving it (edges,"
                        + " conversionWeight and nullWeight), was 0.0 (channels " + stateList.get(s).channels() + ")");
            }
        }
        return MarkovGraph.of(order, names.size(), gramOffsets, gramChannels, rowStart, col, weight, conv, nul,
                valueEnd, start);
    }

    private static Map<String, Integer> channelIds(List<String> names) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String c = names.get(i);
            String field = "channels[" + i + "]";
            if (c.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank, was \"" + c + "\"");
            }
            if (ChannelIndex.isSpace(c.charAt(0)) || ChannelIndex.isSpace(c.charAt(c.length() - 1))) {
                throw new IllegalArgumentException(field + " must not start or end with white space, was \"" + c + "\"");
            }
            if (ids.putIfAbsent(c, i) != null) {
                throw new IllegalArgumentException(field + " must be distinct, was \"" + c + "\" twice");
            }
        }
        return ids;
    }

    private static void stateIndex(int index, int n, String field) {
        if (index >= n) {
            throw new IllegalArgumentException(field + " must be a state index in [0, " + n + "), was " + index);
        }
    }

    /** Checks the totals against the graph's weights and the channels. */
    static void checkTotals(MarkovGraph graph, List<String> channels, double totalConversions, Money totalValue) {
        Objects.requireNonNull(totalValue, "totalValue");
        Checks.nonNegative(totalConversions, "totalConversions");
        Checks.nonNegative(totalValue, "totalValue");
        int scale = totalValue.minorUnitScale();
        BigDecimal amount = totalValue.amount();
        if (amount.scale() > scale && amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("totalValue must be whole minor units of "
                    + totalValue.currency().getCurrencyCode() + " (at most " + scale + " decimal places), was "
                    + totalValue);
        }
        double conversions = 0;
        double value = 0;
        for (int s = 0; s < graph.stateCount; s++) {
            conversions += graph.convWeight[s];
            value += graph.valueEnd[s];
        }
        agrees(totalConversions, conversions, "totalConversions", "conversionWeight", totalConversions);
        agrees(amount.doubleValue(), value, "totalValue", "conversionValue", totalValue);
        if (totalConversions == 0 && !totalValue.isZero()) {
            throw new IllegalArgumentException("totalValue must be zero when totalConversions is 0, was " + totalValue);
        }
        if (channels.isEmpty() && totalConversions != 0) {
            throw new IllegalArgumentException("totalConversions must be 0 without channels, was " + totalConversions);
        }
    }

    private static void agrees(double total, double sum, String field, String weights, Object shown) {
        if (!(Math.abs(total - sum) <= TOTALS_TOLERANCE * Math.max(1, total))) {
            throw new IllegalArgumentException(field + " must be the sum of the states' " + weights + ", " + sum
                    + " (to within " + TOTALS_TOLERANCE + " relative), was " + shown);
        }
    }
}
