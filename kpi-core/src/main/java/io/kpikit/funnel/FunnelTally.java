package io.kpikit.funnel;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sufficient statistics of an event funnel: users and value per step, breakdown counts and
 * per-user step times. Counts are exact longs; value sums are exact 128-bit integers of
 * millionths (a high and a low word per step), which no realistic input can overflow
 * ({@code 2^63} additions of at most {@code 10^15} each), so sums, and therefore merging, do not
 * depend on the order of additions or the partitioning.
 *
 * <p>The step times are rows of {@code k} longs stored in chunks of {@value #CHUNK_ROWS} rows
 * that are filled in turn and never copied once full (only the first chunk starts small and
 * doubles up to that size), so adding a row allocates nothing but a new chunk now and then.
 * Not thread-safe.
 */
final class FunnelTally implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK_SHIFT = 10;
    /** Rows per chunk. */
    static final int CHUNK_ROWS = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_ROWS - 1;
    /** Rows the first chunk starts with. */
    private static final int FIRST_ROWS = 64;

    final int k;
    final long[] users;
    /** Low 64 bits (unsigned) of each step's value sum in millionths. */
    final long[] valueLow;
    /** High 64 bits (signed) of each step's value sum in millionths. */
    final long[] valueHigh;
    /** Interned breakdown values; id 0 is the empty string (property missing). */
    final List<String> breakdownValues = new ArrayList<>();
    private final Map<String, Integer> breakdownIds = new HashMap<>();
    long[][] breakdownCounts = new long[4][];
    /**
     * Rows of width k, row r at offset {@code (r % CHUNK_ROWS) * k} of chunk
     * {@code r / CHUNK_ROWS}: slot 0 the depth (>= 1), slot s the time from step 0 to step s.
     * Chunks past the last row may exist (kept after {@link #removeLastRow()}) and are reused.
     */
    private long[][] chunks = new long[1][];
    int rowCount;

    FunnelTally(int k) {
        this.k = k;
        this.users = new long[k];
        this.valueLow = new long[k];
        this.valueHigh = new long[k];
        breakdownId("");
    }

    /** Adds {@code micros} to step {@code s}'s 128-bit sum. */
    void addValue(int s, long micros) {
        long lo = valueLow[s];
        long sum = lo + micros;
        // sign-extend micros to 128 bits; carry out of the unsigned low-word addition
        valueHigh[s] += (micros >> 63) + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        valueLow[s] = sum;
    }

    /** Returns step {@code s}'s value sum in millionths. */
    BigInteger valueMicros(int s) {
        long lo = valueLow[s];
        long hi = valueHigh[s];
        if (hi == lo >> 63) {
            return BigInteger.valueOf(lo);
        }
        return BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo >>> 1).shiftLeft(1))
                .add(BigInteger.valueOf(lo & 1));
    }

    int breakdownId(String value) {
        Integer id = breakdownIds.get(value);
        if (id == null) {
            id = breakdownValues.size();
            breakdownValues.add(value);
            breakdownIds.put(value, id);
            if (id >= breakdownCounts.length) {
                breakdownCounts = Arrays.copyOf(breakdownCounts, breakdownCounts.length * 2);
            }
        }
        return id;
    }

    void addBreakdown(int id, int depth, long count) {
        long[] c = breakdownCounts[id];
        if (c == null) {
            c = new long[k];
            breakdownCounts[id] = c;
        }
        for (int s = 0; s <= depth; s++) {
            c[s] += count;
        }
    }

    /** Appends a row; {@code times[s]} is the time step s was reached, s in 0..depth. */
    void addRow(int depth, long[] times) {
        long[] chunk = chunkFor(rowCount, 1);
        int base = (rowCount & CHUNK_MASK) * k;
        chunk[base] = depth;
        for (int s = 1; s <= depth; s++) {
            chunk[base + s] = times[s] - times[0];
        }
        rowCount++;
    }

    /** Removes the row added last; its chunk is kept for the next row. */
    void removeLastRow() {
        rowCount--;
    }

    /**
     * Returns the chunk of row {@code first}, with room for {@code rows} rows from there (all in
     * that chunk), allocating or growing it if needed.
     */
    private long[] chunkFor(int first, int rows) {
        int c = first >>> CHUNK_SHIFT;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, 2 * c);
        }
        long[] chunk = chunks[c];
        int need = ((first & CHUNK_MASK) + rows) * k;
        if (chunk == null || chunk.length < need) {
            int full = CHUNK_ROWS * k;
            int length = c > 0 ? full
                    : Math.min(full, Math.max(need, chunk == null ? FIRST_ROWS * k : 2 * chunk.length));
            chunk = chunk == null ? new long[length] : Arrays.copyOf(chunk, length);
            chunks[c] = chunk;
        }
        return chunk;
    }

    /**
     * Writes into {@code d} the time from step {@code a} to step {@code b} of every row that
     * reached {@code b}, in row order, and returns how many there are; {@code d} must have room
     * for {@link #rowCount} values.
     */
    int durations(int a, int b, long[] d) {
        int m = 0;
        for (int first = 0; first < rowCount; first += CHUNK_ROWS) {
            long[] chunk = chunks[first >>> CHUNK_SHIFT];
            int end = Math.min(rowCount - first, CHUNK_ROWS) * k;
            for (int base = 0; base < end; base += k) {
                if (chunk[base] >= b) {
                    d[m++] = chunk[base + b] - (a == 0 ? 0 : chunk[base + a]);
                }
            }
        }
        return m;
    }

    void mergeFrom(FunnelTally o) {
        for (int s = 0; s < k; s++) {
            users[s] = Math.addExact(users[s], o.users[s]);
            long lo = valueLow[s];
            long sum = lo + o.valueLow[s];
            valueHigh[s] = Math.addExact(Math.addExact(valueHigh[s], o.valueHigh[s]),
                    Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
            valueLow[s] = sum;
        }
        for (int id = 0; id < o.breakdownValues.size(); id++) {
            long[] c = o.breakdownCounts[id];
            int mine = breakdownId(o.breakdownValues.get(id));
            if (c != null) {
                long[] target = breakdownCounts[mine];
                if (target == null) {
                    target = new long[k];
                    breakdownCounts[mine] = target;
                }
                for (int s = 0; s < k; s++) {
                    target[s] = Math.addExact(target[s], c[s]);
                }
            }
        }
        appendRows(o);
    }

    /** Appends the rows of {@code o}, a run of whole rows at a time. */
    private void appendRows(FunnelTally o) {
        Math.addExact(rowCount, o.rowCount); // throws before anything is copied if the rows overflow an int
        int from = 0;
        while (from < o.rowCount) {
            int in = from & CHUNK_MASK;
            int out = rowCount & CHUNK_MASK;
            int rows = Math.min(o.rowCount - from, CHUNK_ROWS - Math.max(in, out));
            long[] target = chunkFor(rowCount, rows);
            System.arraycopy(o.chunks[from >>> CHUNK_SHIFT], in * k, target, out * k, rows * k);
            from += rows;
            rowCount += rows;
        }
    }

    /** A deep copy that keeps every breakdown id. */
    FunnelTally copy() {
        FunnelTally c = new FunnelTally(k);
        c.mergeFrom(this);
        return c;
    }
}
