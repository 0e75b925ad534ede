package io.kpikit.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns channel names to dense ids {@code 0, 1, 2, ...} in order of first appearance.
 *
 * <p>Lookups hash the characters of a region of a string directly, so that
 * splitting a path string allocates a {@code String} only for a name seen for the first time.
 * Names are trimmed of surrounding white space. Not thread-safe.
 */
final class ChannelIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> names = new ArrayList<>();
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[16];
    private int[] hashes = new int[8];
    /** The names again, as an array for the lookup loop. */
    private String[] array = new String[8];

    int size() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * Returns the id of a whole name, trimmed.
     */
    int intern(String name) {
        return intern(name, 0, name.length());
    }

    /**
     * Returns the id of {@code text[from, to)} after trimming white space; -1 if the trimmed
     * region is empty.
     */
    int intern(String text, int from, int to) {
        return intern(text, from, to, hash(text, from, to), false);
    }

    /**
     * Returns the id of {@code text[from, to)} whose hash {@code 31·h + c} over the untrimmed
     * region the caller already computed while scanning; trims (and rehashes) only when the
     * region starts or ends with white space.
     */
    int intern(String text, int from, int to, int hash) {
        return intern(text, from, to, hash, true);
    }

    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private int intern(String text, int from, int to, int givenHash, boolean mayNeedTrim) {
        if (mayNeedTrim && from < to && !Character.isWhitespace(text.charAt(from))
                && !Character.isWhitespace(text.charAt(to - 1))) {
            return lookup(text, from, to, givenHash);
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return -1;
        }
        return lookup(text, from, to, hash(text, from, to));
    }

    private int lookup(String text, int from, int to, int h) {
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            int id = entry - 1;
            if (hashes[id] == h && matches(array[id], text, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = names.size();
        names.add(text.substring(from, to));
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            array = Arrays.copyOf(array, id * 2);
        }
        array[id] = names.get(id);
        hashes[id] = h;
        table[slot] = id + 1;
        if (names.size() * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private static boolean matches(String name, String text, int from, int to) {
        if (name.length() != to - from) {
            return false;
        }
        return text.startsWith(name, from);
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < names.size(); id++) {
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
