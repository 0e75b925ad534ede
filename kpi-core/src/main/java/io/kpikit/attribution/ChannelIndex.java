package io.kpikit.attribution;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Interns channel names to dense ids {@code 0, 1, 2, ...} in order of first appearance.
 *
 * <p>Lookups hash and compare a region of a {@code String} in place (with
 * {@link String#regionMatches(int, String, int, int)}), so that splitting a path string
 * allocates a {@code String} only for a name seen for the first time. The hash is
 * {@link String#hashCode()} of the name; a path's name is first compared with the last name
 * seen with the same first and last characters and length, so that a known name is usually
 * found with one comparison and no hashing. Names are trimmed of surrounding white space
 * ({@link Character#isWhitespace(char)}). Not thread-safe.
 */
final class ChannelIndex implements Serializable {

    private static final long serialVersionUID = 2L;

    private int size;
    private String[] names = new String[8];
    private int[] hashes = new int[8];
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[16];
    /**
     * A guess, checked before hashing: id + 1 of the last name seen with the same first and
     * last characters and length (0 = none), indexed by {@link #guessKey}.
     */
    private final int[] recent = new int[256];

    int size() {
        return size;
    }

    /** Returns the name of channel {@code id}. */
    String name(int id) {
        return names[Objects.checkIndex(id, size)];
    }

    List<String> names() {
        return List.of(Arrays.copyOf(names, size));
    }

    /**
     * Returns the id of a whole name, trimmed; -1 if it is blank.
     */
    int intern(String name) {
        int from = trimStart(name, 0, name.length());
        int to = trimEnd(name, from, name.length());
        if (from == to) {
            return -1;
        }
        return from == 0 && to == name.length()
                ? lookup(name, 0, to, name.hashCode())
                : lookup(name, from, to, hash(name, from, to));
    }

    /**
     * Returns the id of {@code s[from, to)} after trimming white space, -1 if the trimmed
     * region is empty.
     */
    int intern(String s, int from, int to) {
        from = trimStart(s, from, to);
        to = trimEnd(s, from, to);
        if (from == to) {
            return -1;
        }
        int len = to - from;
        int key = guessKey(s.charAt(from), s.charAt(to - 1), len);
        int guess = recent[key] - 1;
        if (guess >= 0) {
            String name = names[guess];
            if (name.length() == len && s.regionMatches(from, name, 0, len)) {
                return guess;
            }
        }
        int id = lookup(s, from, to, hash(s, from, to));
        recent[key] = id + 1;
        return id;
    }

    private static int guessKey(char first, char last, int len) {
        return ((first * 31 + last) * 31 + len) & 255;
    }

    /** Whether {@code c} is white space, with a cheap test for printable ASCII first. */
    static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    private static int trimStart(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private int lookup(String s, int from, int to, int h) {
        int len = to - from;
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            int id = entry - 1;
            String name = names[id];
            if (hashes[id] == h && name.length() == len && s.regionMatches(from, name, 0, len)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = size;
        if (id == names.length) {
            names = Arrays.copyOf(names, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        names[id] = s.substring(from, to);
        hashes[id] = h;
        table[slot] = id + 1;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        table = bigger;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
