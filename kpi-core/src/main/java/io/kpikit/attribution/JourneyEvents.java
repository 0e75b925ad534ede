package io.kpikit.attribution;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The raw events of a {@link JourneyAccumulator} as columns of primitives: per touch a user
 * id, a channel id, an epoch second and a nanosecond (20 bytes); per conversion a user id, an
 * epoch second, a nanosecond, the value in minor units and the scale the value was given with
 * (25 bytes).
 *
 * <p>Each column is stored in blocks of {@value #BLOCK_SIZE} events that are filled in turn
 * and never copied once full; only the first block starts small (16 events) and doubles up to
 * that size, so that a small accumulator stays small. Adding an event therefore allocates
 * nothing but a new block now and then (and the outer array of block references, which
 * doubles, 4 or 8 bytes per block). Serialises its arrays as they are. Not thread-safe.
 */
final class JourneyEvents implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLOCK_SHIFT = 12;
    /** Events per block. */
    static final int BLOCK_SIZE = 1 << BLOCK_SHIFT;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;
    private static final int FIRST_BLOCK = 16;
    /** The most touches, and the most conversions, one accumulator holds. */
    static final int MAX_EVENTS = Integer.MAX_VALUE - BLOCK_MASK;

    private int touchCount;
    private int touchCapacity;
    private int[][] touchUser = new int[1][];
    private int[][] touchChannel = new int[1][];
    private long[][] touchSecond = new long[1][];
    private int[][] touchNano = new int[1][];

    private int conversionCount;
    private int conversionCapacity;
    private int[][] convUser = new int[1][];
    private long[][] convSecond = new long[1][];
    private int[][] convNano = new int[1][];
    private long[][] convUnits = new long[1][];
    private byte[][] convScale = new byte[1][];

    int touchCount() {
        return touchCount;
    }

    int conversionCount() {
        return conversionCount;
    }

    void addTouch(int user, int channel, long second, int nano) {
        int n = touchCount;
        if (n == touchCapacity) {
            growTouches(n);
        }
        int b = n >>> BLOCK_SHIFT;
        int i = n & BLOCK_MASK;
        touchUser[b][i] = user;
        touchChannel[b][i] = channel;
        touchSecond[b][i] = second;
        touchNano[b][i] = nano;
        touchCount = n + 1;
    }

    void addConversion(int user, long second, int nano, long units, int scale) {
        int n = conversionCount;
        if (n == conversionCapacity) {
            growConversions(n);
        }
        int b = n >>> BLOCK_SHIFT;
        int i = n & BLOCK_MASK;
        convUser[b][i] = user;
        convSecond[b][i] = second;
        convNano[b][i] = nano;
        convUnits[b][i] = units;
        convScale[b][i] = (byte) scale;
        conversionCount = n + 1;
    }

    int touchUser(int t) {
        return touchUser[t >>> BLOCK_SHIFT][t & BLOCK_MASK];
    }

    int touchChannel(int t) {
        return touchChannel[t >>> BLOCK_SHIFT][t & BLOCK_MASK];
    }

    long touchSecond(int t) {
        return touchSecond[t >>> BLOCK_SHIFT][t & BLOCK_MASK];
    }

    int touchNano(int t) {
        return touchNano[t >>> BLOCK_SHIFT][t & BLOCK_MASK];
    }

    int conversionUser(int c) {
        return convUser[c >>> BLOCK_SHIFT][c & BLOCK_MASK];
    }

    long conversionSecond(int c) {
        return convSecond[c >>> BLOCK_SHIFT][c & BLOCK_MASK];
    }

    int conversionNano(int c) {
        return convNano[c >>> BLOCK_SHIFT][c & BLOCK_MASK];
    }

    long conversionUnits(int c) {
        return convUnits[c >>> BLOCK_SHIFT][c & BLOCK_MASK];
    }

    int conversionScale(int c) {
        return convScale[c >>> BLOCK_SHIFT][c & BLOCK_MASK];
    }

    /**
     * Returns the touches grouped by user rank and, within a user, ordered by time, then by
     * channel rank. On return, the touches of the user of rank {@code r} are
     * {@code order[start[r]]} to {@code order[start[r + 1] - 1]}.
     *
     * @param userRank the rank of each user id
     * @param channelRank the rank of each channel id
     * @param start filled with the start of each rank's touches; length {@code users + 1}
     */
    int[] orderTouches(int[] userRank, int[] channelRank, int[] start) {
        int n = touchCount;
        int[] order = new int[n];
        for (int t = 0; t < n; t++) {
            start[userRank[touchUser(t)] + 1]++;
        }
        int[] next = prefixSums(start);
        for (int t = 0; t < n; t++) {
            order[next[userRank[touchUser(t)]]++] = t;
        }
        int[] tmp = new int[n];
        IntSort.IntComparator byTime = (x, y) -> {
            int cmp = Long.compare(touchSecond(x), touchSecond(y));
            if (cmp == 0) {
                cmp = Integer.compare(touchNano(x), touchNano(y));
            }
            return cmp != 0 ? cmp : Integer.compare(channelRank[touchChannel(x)], channelRank[touchChannel(y)]);
        };
        for (int r = 0; r + 1 < start.length; r++) {
            IntSort.sort(order, start[r], start[r + 1], tmp, byTime);
        }
        return order;
    }

    /**
     * Returns the conversions grouped by user rank and, within a user, ordered by time, then
     * by value; {@code start} as in {@link #orderTouches}.
     *
     * @param userRank the rank of each user id
     * @param start filled with the start of each rank's conversions; length {@code users + 1}
     */
    int[] orderConversions(int[] userRank, int[] start) {
        int n = conversionCount;
        int[] order = new int[n];
        for (int c = 0; c < n; c++) {
            start[userRank[conversionUser(c)] + 1]++;
        }
        int[] next = prefixSums(start);
        for (int c = 0; c < n; c++) {
            order[next[userRank[conversionUser(c)]]++] = c;
        }
        int[] tmp = new int[n];
        IntSort.IntComparator byTime = (x, y) -> {
            int cmp = Long.compare(conversionSecond(x), conversionSecond(y));
            if (cmp == 0) {
                cmp = Integer.compare(conversionNano(x), conversionNano(y));
            }
            return cmp != 0 ? cmp : Long.compare(conversionUnits(x), conversionUnits(y));
        };
        for (int r = 0; r + 1 < start.length; r++) {
            IntSort.sort(order, start[r], start[r + 1], tmp, byTime);
        }
        return order;
    }

    /** Turns counts at {@code start[r + 1]} into starts; returns a copy to fill from. */
    private static int[] prefixSums(int[] start) {
        for (int r = 1; r < start.length; r++) {
            start[r] += start[r - 1];
        }
        return Arrays.copyOf(start, start.length);
    }

    private void growTouches(int n) {
        checkRoom(n, "touches");
        if (n < BLOCK_SIZE) {
            int length = Math.min(BLOCK_SIZE, Math.max(FIRST_BLOCK, 2 * n));
            touchUser[0] = n == 0 ? new int[length] : Arrays.copyOf(touchUser[0], length);
            touchChannel[0] = n == 0 ? new int[length] : Arrays.copyOf(touchChannel[0], length);
            touchSecond[0] = n == 0 ? new long[length] : Arrays.copyOf(touchSecond[0], length);
            touchNano[0] = n == 0 ? new int[length] : Arrays.copyOf(touchNano[0], length);
            touchCapacity = length;
            return;
        }
        int b = n >>> BLOCK_SHIFT;
        if (b == touchUser.length) {
            touchUser = Arrays.copyOf(touchUser, 2 * b);
            touchChannel = Arrays.copyOf(touchChannel, 2 * b);
            touchSecond = Arrays.copyOf(touchSecond, 2 * b);
            touchNano = Arrays.copyOf(touchNano, 2 * b);
        }
        touchUser[b] = new int[BLOCK_SIZE];
        touchChannel[b] = new int[BLOCK_SIZE];
        touchSecond[b] = new long[BLOCK_SIZE];
        touchNano[b] = new int[BLOCK_SIZE];
        touchCapacity += BLOCK_SIZE;
    }

    private void growConversions(int n) {
        checkRoom(n, "conversions");
        if (n < BLOCK_SIZE) {
            int length = Math.min(BLOCK_SIZE, Math.max(FIRST_BLOCK, 2 * n));
            convUser[0] = n == 0 ? new int[length] : Arrays.copyOf(convUser[0], length);
            convSecond[0] = n == 0 ? new long[length] : Arrays.copyOf(convSecond[0], length);
            convNano[0] = n == 0 ? new int[length] : Arrays.copyOf(convNano[0], length);
            convUnits[0] = n == 0 ? new long[length] : Arrays.copyOf(convUnits[0], length);
            convScale[0] = n == 0 ? new byte[length] : Arrays.copyOf(convScale[0], length);
            conversionCapacity = length;
            return;
        }
        int b = n >>> BLOCK_SHIFT;
        if (b == convUser.length) {
            convUser = Arrays.copyOf(convUser, 2 * b);
            convSecond = Arrays.copyOf(convSecond, 2 * b);
            convNano = Arrays.copyOf(convNano, 2 * b);
            convUnits = Arrays.copyOf(convUnits, 2 * b);
            convScale = Arrays.copyOf(convScale, 2 * b);
        }
        convUser[b] = new int[BLOCK_SIZE];
        convSecond[b] = new long[BLOCK_SIZE];
        convNano[b] = new int[BLOCK_SIZE];
        convUnits[b] = new long[BLOCK_SIZE];
        convScale[b] = new byte[BLOCK_SIZE];
        conversionCapacity += BLOCK_SIZE;
    }

    private static void checkRoom(int n, String field) {
        if (n >= MAX_EVENTS) {
            throw new IllegalStateException(field + " must be at most " + MAX_EVENTS + " per accumulator, was "
                    + (n + 1L));
        }
    }
}
