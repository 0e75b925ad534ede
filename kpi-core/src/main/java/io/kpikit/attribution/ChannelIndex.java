package io.kpikit.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns channel names to dense ids {@code 0, 1, 2, ...} in order of first appearance.
 *
 * <p>Lookups hash and compare a region of a {@code char[]} directly, so that splitting a path
 * string allocates a {@code String} only for a name seen for the first time. Names are
 * trimmed of surrounding white space. Not thread-safe.
 */
final class ChannelIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> names = new ArrayList<>();
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[16];
    private int[] hashes = new int[8];
    /** The characters of each name, for comparison. */
    private char[][] chars = new char[8][];

    int size() {
        return names.size();
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * Returns the id of a whole name, trimmed; -1 if it is blank.
     */
    int intern(String name) {
        char[] buf = name.toCharArray();
        return intern(buf, 0, buf.length, hash(buf, 0, buf.length));
    }

    /**
     * Returns the id of {@code buf[from, to)} after trimming white space, -1 if the trimmed
     * region is empty. {@code hash} is {@code 31·h + c} over the untrimmed region, which the
     * caller computed while scanning; it is recomputed only when trimming changes the region.
     */
    int intern(char[] buf, int from, int to, int hash) {
        if (from < to && isPlain(buf[from]) && isPlain(buf[to - 1])) {
            return lookup(buf, from, to, hash);
        }
        while (from < to && Character.isWhitespace(buf[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(buf[to - 1])) {
            to--;
        }
        if (from == to) {
            return -1;
        }
        return lookup(buf, from, to, hash(buf, from, to));
    }

    /**
     * Returns the id of {@code buf[from, to)}, a region the caller already trimmed and hashed;
     * -1 if it is empty.
     */
    int internTrimmed(char[] buf, int from, int to, int hash) {
        return from == to ? -1 : lookup(buf, from, to, hash);
    }

    /** Whether {@code c} is white space, with a cheap test for printable ASCII first. */
    static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    /** A character that is certainly not white space (printable ASCII), checked cheaply. */
    private static boolean isPlain(char c) {
        return c > ' ' && c < 0x7f || c >= 0x7f && !Character.isWhitespace(c);
    }

    private static int hash(char[] buf, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    private int lookup(char[] buf, int from, int to, int h) {
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            int id = entry - 1;
            char[] name = chars[id];
            if (hashes[id] == h && same(name, buf, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = names.size();
        names.add(new String(buf, from, to - from));
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            chars = Arrays.copyOf(chars, id * 2);
        }
        chars[id] = Arrays.copyOfRange(buf, from, to);
        hashes[id] = h;
        table[slot] = id + 1;
        if (names.size() * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private static boolean same(char[] name, char[] buf, int from, int to) {
        if (name.length != to - from) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (name[i] != buf[from + i]) {
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
