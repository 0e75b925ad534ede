package io.kpikit.attribution;

import java.util.Arrays;

/**
 * The state graph of a Markov chain of order k built from paths, and the exact solver for its
 * absorption probabilities. Package-private: {@link MarkovChain} is the public view.
 *
 * <p>Transient states are numbered {@code 0..n-1} in order of first appearance; the start,
 * conversion and null states are kept apart (start as a weight vector, conversion and null
 * as per-state weights). Transitions between transient states are stored in compressed
 * sparse rows.
 */
final class MarkovGraph {

    final int order;
    final int channelCount;
    final int stateCount;
    /** Channels of state s are gramChannels[gramOffsets[s] .. gramOffsets[s+1]). */
    final int[] gramOffsets;
    final int[] gramChannels;
    /** Transient → transient transitions in CSR form: targets and summed weights. */
    final int[] rowStart;
    final int[] col;
    final double[] weight;
    final double[] convWeight;
    final double[] nullWeight;
    final double[] valueEnd;
    final double[] outWeight;
    /** Start → state weights (dense). */
    final double[] startWeight;
    final double startTotal;

    private MarkovGraph(int order, int channelCount, int stateCount, int[] gramOffsets, int[] gramChannels,
                        int[] rowStart, int[] col, double[] weight, double[] convWeight, double[] nullWeight,
                        double[] valueEnd, double[] startWeight) {
        this.order = order;
        this.channelCount = channelCount;
        this.stateCount = stateCount;
        this.gramOffsets = gramOffsets;
        this.gramChannels = gramChannels;
        this.rowStart = rowStart;
        this.col = col;
        this.weight = weight;
        this.convWeight = convWeight;
        this.nullWeight = nullWeight;
        this.valueEnd = valueEnd;
        double[] out = new double[stateCount];
        for (int s = 0; s < stateCount; s++) {
            double sum = convWeight[s] + nullWeight[s];
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                sum += weight[e];
            }
            out[s] = sum;
        }
        this.outWeight = out;
        this.startWeight = startWeight;
        double st = 0;
        for (double w : startWeight) {
            st += w;
        }
        this.startTotal = st;
    }

    /**
     * Makes a graph from its arrays, as {@link #build} leaves them; the arrays are kept, not
     * copied. {@link StoredMarkovChains#graph} validates them first.
     */
    static MarkovGraph of(int order, int channelCount, int[] gramOffsets, int[] gramChannels, int[] rowStart,
                          int[] col, double[] weight, double[] convWeight, double[] nullWeight, double[] valueEnd,
                          double[] startWeight) {
        return new MarkovGraph(order, channelCount, gramOffsets.length - 1, gramOffsets, gramChannels, rowStart, col,
                weight, convWeight, nullWeight, valueEnd, startWeight);
    }

    /** Builds the chain of {@code order} from the paths; paths with no conversions and no nulls are skipped. */
    static MarkovGraph build(PathSet paths, int order) {
        int channels = paths.channels().size();
        int[] offsets = paths.offsets();
        int[] touches = paths.touches();
        double[] conv = paths.conversionsArray();
        double[] nul = paths.nullsArray();
        double[] val = paths.valuesArray();
        int n = paths.size();
        long base = channels + 1L;
        boolean rolling = order * (Math.log(base) / Math.log(2)) < 62;
        LongIntMap states = new LongIntMap(1024);
        LongIntMap trie = rolling ? null : new LongIntMap(1024);
        int[] gramOffsets = new int[1025];
        int[] gramChannels = new int[1024 * Math.min(order, 8)];
        int edgeCap = Math.max(16, touches.length);
        int[] eFrom = new int[edgeCap];
        int[] eTo = new int[edgeCap];
        double[] eW = new double[edgeCap];
        int edges = 0;
        double[] convW = new double[1024];
        double[] nullW = new double[1024];
        double[] valueEnd = new double[1024];
        double[] startW = new double[1024];
        for (int p = 0; p < n; p++) {
            double w = conv[p] + nul[p];
            if (w == 0) {
                continue;
            }
            int from = offsets[p];
            int len = offsets[p + 1] - from;
            int grams = len < order ? 1 : len - order + 1;
            int gramLen = Math.min(len, order);
            int prev = -1;
            for (int g = 0; g < grams; g++) {
                int at = from + g;
                long key;
                if (rolling) {
                    key = 0;
                    for (int j = 0; j < gramLen; j++) {
                        key = key * base + touches[at + j] + 1;
                    }
                } else {
                    long node = 0;
                    for (int j = 0; j < gramLen; j++) {
                        node = trie.intern((node << 32) | touches[at + j]) + 1L;
                    }
                    key = node;
                }
                int before = states.size();
                int s = states.intern(key);
                if (s == before) {
                    // a new state: remember its channels and grow the per-state arrays
                    if (s + 1 >= gramOffsets.length) {
                        int cap = gramOffsets.length * 2;
                        gramOffsets = Arrays.copyOf(gramOffsets, cap);
                        convW = Arrays.copyOf(convW, cap);
                        nullW = Arrays.copyOf(nullW, cap);
                        valueEnd = Arrays.copyOf(valueEnd, cap);
                        startW = Arrays.copyOf(startW, cap);
                    }
                    int go = gramOffsets[s];
                    if (go + gramLen > gramChannels.length) {
                        gramChannels = Arrays.copyOf(gramChannels, Math.max(go + gramLen, gramChannels.length * 2));
                    }
                    System.arraycopy(touches, at, gramChannels, go, gramLen);
                    gramOffsets[s + 1] = go + gramLen;
                }
                if (s == prev) {
                    continue;
                }
                if (prev < 0) {
                    startW[s] += w;
                } else {
                    if (edges == eFrom.length) {
                        eFrom = Arrays.copyOf(eFrom, edges * 2);
                        eTo = Arrays.copyOf(eTo, edges * 2);
                        eW = Arrays.copyOf(eW, edges * 2);
                    }
                    eFrom[edges] = prev;
                    eTo[edges] = s;
                    eW[edges++] = w;
                }
                prev = s;
            }
            convW[prev] += conv[p];
            nullW[prev] += nul[p];
            valueEnd[prev] += val[p];
        }
        int count = states.size();
        int[] rowStart = new int[count + 1];
        for (int e = 0; e < edges; e++) {
            rowStart[eFrom[e] + 1]++;
        }
        for (int s = 0; s < count; s++) {
            rowStart[s + 1] += rowStart[s];
        }
        int[] fill = Arrays.copyOf(rowStart, count);
        int[] sortedTo = new int[edges];
        double[] sortedW = new double[edges];
        for (int e = 0; e < edges; e++) {
            int at = fill[eFrom[e]]++;
            sortedTo[at] = eTo[e];
            sortedW[at] = eW[e];
        }
        // merge duplicate targets within each row
        int[] slotOf = new int[count];
        Arrays.fill(slotOf, -1);
        int[] newStart = new int[count + 1];
        int out = 0;
        for (int s = 0; s < count; s++) {
            int rowBegin = out;
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                int t = sortedTo[e];
                if (slotOf[t] >= rowBegin) {
                    sortedW[slotOf[t]] += sortedW[e];
                } else {
                    slotOf[t] = out;
                    sortedTo[out] = t;
                    sortedW[out++] = sortedW[e];
                }
            }
            newStart[s + 1] = out;
        }
        return new MarkovGraph(order, channels, count, Arrays.copyOf(gramOffsets, count + 1),
                Arrays.copyOf(gramChannels, gramOffsets[count]), newStart, Arrays.copyOf(sortedTo, out),
                Arrays.copyOf(sortedW, out), Arrays.copyOf(convW, count), Arrays.copyOf(nullW, count),
                Arrays.copyOf(valueEnd, count), Arrays.copyOf(startW, count));
    }

    /** Marks the states whose k-gram contains {@code channel}. */
    boolean[] statesContaining(int channel) {
        boolean[] out = new boolean[stateCount];
        for (int s = 0; s < stateCount; s++) {
            for (int i = gramOffsets[s]; i < gramOffsets[s + 1]; i++) {
                if (gramChannels[i] == channel) {
                    out[s] = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code obj} is a graph with the same order, channel count and arrays: the same
     * states in the same order, the same transitions in the same order within each row, and
     * the same weights bit for bit, so that the solver computes the same numbers from both.
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof MarkovGraph)) {
            return false;
        }
        MarkovGraph o = (MarkovGraph) obj;
        return order == o.order && channelCount == o.channelCount && Arrays.equals(gramOffsets, o.gramOffsets)
                && Arrays.equals(gramChannels, o.gramChannels) && Arrays.equals(rowStart, o.rowStart)
                && Arrays.equals(col, o.col) && Arrays.equals(weight, o.weight)
                && Arrays.equals(convWeight, o.convWeight) && Arrays.equals(nullWeight, o.nullWeight)
                && Arrays.equals(valueEnd, o.valueEnd) && Arrays.equals(startWeight, o.startWeight);
    }

    @Override
    public int hashCode() {
        int h = 31 * order + channelCount;
        h = 31 * h + Arrays.hashCode(gramChannels);
        h = 31 * h + Arrays.hashCode(col);
        h = 31 * h + Arrays.hashCode(weight);
        return 31 * h + Arrays.hashCode(startWeight);
    }
}
