package io.kpikit.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns channel names to dense ids {@code 0, 1, 2, ...} in order of first appearance.
 *
 * <p>Lookups hash the characters of a region of a {@link CharSequence} directly, so that
 * splitting a path string allocates a {@code String} only for a name seen for the first time.
 * Names are trimmed of surrounding white space. Not thread-safe.
 */
final class ChannelIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> names = new ArrayList<>();
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[16];
    private int[] hashes = new int[8];

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
    int intern(CharSequence text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return -1;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            int id = entry - 1;
            if (hashes[id] == h && matches(names.get(id), text, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = names.size();
        names.add(text.subSequence(from, to).toString());
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        hashes[id] = h;
        table[slot] = id + 1;
        if (names.size() * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private static boolean matches(String name, CharSequence text, int from, int to) {
        if (name.length() != to - from) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
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
