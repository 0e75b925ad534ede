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
 * depend on the order of additions or the partitioning. Not thread-safe.
 */
final class FunnelTally implements Serializable {

    private static final long serialVersionUID = 1L;

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
    /** Rows of width k: slot 0 the depth (>= 1), slot s the time from step 0 to step s. */
    long[] rows = new long[0];
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
        if ((rowCount + 1) * k > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(k * 64, rows.length * 2));
        }
        int base = rowCount * k;
        rows[base] = depth;
        for (int s = 1; s <= depth; s++) {
            rows[base + s] = times[s] - times[0];
        }
        rowCount++;
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
        if ((rowCount + o.rowCount) * k > rows.length) {
            rows = Arrays.copyOf(rows, (rowCount + o.rowCount) * k);
        }
        System.arraycopy(o.rows, 0, rows, rowCount * k, o.rowCount * k);
        rowCount += o.rowCount;
    }

    /** A deep copy that keeps every breakdown id. */
    FunnelTally copy() {
        FunnelTally c = new FunnelTally(k);
        c.mergeFrom(this);
        return c;
    }
}
