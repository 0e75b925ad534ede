package io.kpikit.customer;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * An open-addressing hash map from {@code long} keys to positive {@code long} counts, with
 * linear probing and no boxing. A slot is empty when its count is zero, so every key value
 * (zero and negatives included) can be stored. The table is at most half full; it starts at
 * the size for an expected number of keys (16 slots by default) and doubles past it. Counts
 * are exact: a count that would leave the range of {@code long} throws
 * {@link ArithmeticException} naming the key and changes nothing. Serialises only its entries.
 * Not thread-safe. Package-private: a candidate for core if another package needs per-key
 * counts.
 *
 * <p>Keys and counts are separate arrays. Interleaving them in one array (one cache line per
 * probe instead of two) was measured on 16 MB and 128 MB tables and was not faster: the two
 * loads are independent, so the CPU overlaps their misses; it would also halve the largest
 * table, as an array cannot hold 2^31 longs.
 */
final class LongLongCounts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;
    /** The most keys, half of {@link #MAX_CAPACITY}. */
    static final int MAX_KEYS = MAX_CAPACITY / 2;

    private transient long[] keys;
    private transient long[] counts;
    private transient int size;

    LongLongCounts() {
        allocate(MIN_CAPACITY);
    }

    /** A map sized so that {@code expectedKeys} keys fit without growing; 0 ≤ expectedKeys ≤ MAX_KEYS. */
    LongLongCounts(int expectedKeys) {
        allocate(capacityFor(expectedKeys));
    }

    /** The smallest power-of-two capacity, at least 16, that is at least twice {@code keys}. */
    static int capacityFor(int keys) {
        int capacity = MIN_CAPACITY;
        while (capacity < 2L * keys) {
            capacity <<= 1;
        }
        return capacity;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        counts = new long[capacity];
        size = 0;
    }

    /** Number of keys with a positive count. */
    int size() {
        return size;
    }

    /** Number of slots; iterate {@code 0 ≤ i < capacity()} and skip slots whose count is 0. */
    int capacity() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    long countAt(int slot) {
        return counts[slot];
    }

    /** Returns the count of {@code key}, 0 when absent. */
    long get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); counts[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return counts[i];
            }
        }
        return 0;
    }

    /**
     * Adds {@code n ≥ 1} to the count of {@code key} and returns the count before, 0 when the
     * key was absent.
     *
     * @throws ArithmeticException if the count would leave the range of {@code long}; the
     *     message names the key, and the count is unchanged
     */
    long add(long key, long n) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (counts[i] != 0) {
            if (keys[i] == key) {
                long before = counts[i];
                if (before > Long.MAX_VALUE - n) {
                    throw new ArithmeticException("count of key " + key + " must fit a long, overflowed adding " + n
                            + " to " + before);
                }
                counts[i] = before + n;
                return before;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = n;
        size++;
        if (2L * size > keys.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        if (keys.length >= MAX_CAPACITY) {
            throw new IllegalStateException("customers must be at most " + MAX_KEYS + " per accumulator, was "
                    + size);
        }
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    /** Murmur3's 64-bit finaliser (fmix64), so that sequential ids spread over the table. */
    private static int slot(long key, int mask) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(size);
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != 0) {
                out.writeLong(keys[i]);
                out.writeLong(counts[i]);
            }
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        if (n < 0 || n > MAX_KEYS) {
            throw new InvalidObjectException("size must be in [0, " + MAX_KEYS + "], was " + n);
        }
        allocate(MIN_CAPACITY);
        for (int k = 0; k < n; k++) {
            long key = in.readLong();
            long count = in.readLong();
            if (count <= 0) {
                throw new InvalidObjectException("count must be > 0, was " + count + " (key " + key + ")");
            }
            add(key, count);
        }
    }
}
