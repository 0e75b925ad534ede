package io.kpikit.attribution;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Interns strings to dense ids {@code 0, 1, 2, ...} in order of first appearance, in an
 * open-addressing hash table of {@code int}s: no map entry and no boxed id per string, and a
 * lookup of a known string allocates nothing ({@link String#hashCode()} is cached by the
 * string). Strings are kept as given (no trimming). The table is at most half full and
 * doubles past that; the id-indexed arrays double as ids are added. Serialises its arrays as
 * they are ({@link String#hashCode()} is specified, so the table is valid in any JVM). Not
 * thread-safe.
 */
final class StringIds implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MIN_CAPACITY = 16;
    /** The most strings: the table (twice as many slots) must fit an {@code int[]}. */
    static final int MAX_SIZE = 1 << 29;

    private int size;
    private String[] names = new String[8];
    private int[] hashes = new int[8];
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[MIN_CAPACITY];
    /** {@code 32 - log2(table.length)}: the slot is the top bits of the mixed hash. */
    private int shift = 32 - Integer.numberOfTrailingZeros(MIN_CAPACITY);

    int size() {
        return size;
    }

    /** Returns the string with id {@code id}, {@code 0 <= id < size()}. */
    String name(int id) {
        return names[id];
    }

    /** Returns the id of {@code s}, assigning the next id if it is new. */
    int intern(String s) {
        int h = s.hashCode();
        int mask = table.length - 1;
        int slot = slot(h);
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            int id = entry - 1;
            if (hashes[id] == h && names[id].equals(s)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == MAX_SIZE) {
            throw new IllegalStateException("distinct strings must be at most " + MAX_SIZE + " per accumulator, was "
                    + size + " before \"" + s + "\"");
        }
        int id = size;
        if (id == names.length) {
            names = Arrays.copyOf(names, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        names[id] = s;
        hashes[id] = h;
        table[slot] = id + 1;
        size++;
        if (2 * size > table.length) {
            rehash();
        }
        return id;
    }

    /**
     * Returns the rank of every id in {@link String#compareTo} order of the strings:
     * {@code rank[id]} is the number of strings that sort before string {@code id}.
     */
    int[] ranks() {
        int[] byName = new int[size];
        for (int id = 0; id < size; id++) {
            byName[id] = id;
        }
        String[] n = names;
        IntSort.sort(byName, 0, size, new int[size], (a, b) -> n[a].compareTo(n[b]));
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[byName[r]] = r;
        }
        return rank;
    }

    private int slot(int h) {
        // Fibonacci hashing: sequential hash codes ("user-1", "user-2", ...) spread over the table
        return (h * 0x9E3779B9) >>> shift;
    }

    private void rehash() {
        table = new int[table.length * 2];
        shift--;
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = slot(hashes[id]);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }
}
