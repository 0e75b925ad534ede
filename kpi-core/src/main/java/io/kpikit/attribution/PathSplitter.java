package io.kpikit.attribution;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits path strings such as {@code "Search > Email > Search"} into channel ids for
 * {@link PathSet.Builder}: the same ids as cutting the string at each occurrence of the
 * separator (left to right, as {@link String#indexOf(String, int)} finds them), trimming each
 * piece and interning it in a {@link ChannelIndex}, but without hashing the piece as a string
 * or allocating when the same piece was seen before.
 *
 * <p>How. A path whose characters are all Latin-1 (at most U+00FF) is copied into a reused
 * byte buffer, followed by eight zero bytes, and read eight bytes at a time as little-endian
 * {@code long}s:
 * <ol>
 *   <li>The separator is found by scanning eight bytes at a time for one of its characters
 *       (a punctuation character if it has one, such as {@code '>'} in {@code " > "}), with the
 *       classic zero-byte test on {@code word ^ repeated(character)}; each hit is checked
 *       against the whole separator. This finds the first occurrence, as {@code indexOf} does.</li>
 *   <li>The piece before it is looked up, by its exact bytes and length, in a small
 *       direct-mapped cache (4,096 entries) from pieces seen before to their channel ids. A
 *       piece is the same piece if every byte is equal, and equal pieces trim to the same name,
 *       so a hit is the id that {@link ChannelIndex} would return.</li>
 *   <li>On a miss (the first sighting of a piece, or another piece in the same entry)
 *       {@link ChannelIndex#intern(String, int, int)} trims the piece, rejects it if blank
 *       and returns its id; the cache then remembers the piece.</li>
 * </ol>
 * A path with a character above U+00FF, or a separator longer than eight characters or not
 * Latin-1, is cut with {@code indexOf} instead and every piece is interned.
 *
 * <p>This class is mutable and not thread-safe; each builder has its own.
 */
final class PathSplitter {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SLOT_BITS = 12;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long[] NO_WORDS = new long[0];

    private final ChannelIndex index;
    /*
     * The cache, one entry per slot in parallel arrays: a piece's length (0 = empty entry), its
     * first eight bytes (fewer, zero-padded, for a shorter piece), its further bytes as words
     * with the last one zero-padded, and its channel id.
     */
    private final int[] slotLengths = new int[1 << SLOT_BITS];
    private final long[] slotFirstWords = new long[1 << SLOT_BITS];
    private final long[][] slotMoreWords = new long[1 << SLOT_BITS][];
    private final int[] slotIds = new int[1 << SLOT_BITS];

    /** The separator the fields below are for. */
    private String separator = "";
    private int separatorLength;
    /** Whether the separator is 1 to 8 Latin-1 characters, so that paths are read as bytes. */
    private boolean separatorFits;
    private long separatorWord;
    private long separatorMask;
    /** The index in the separator of the character scanned for, and that byte repeated 8 times. */
    private int scanIndex;
    private long scanBytes;

    private char[] chars = new char[64];
    private byte[] bytes = new byte[64 + Long.BYTES];

    PathSplitter(ChannelIndex index) {
        this.index = index;
    }

    /**
     * Returns an upper bound on the number of names in a path of {@code length} characters: each
     * name has at least one character and all but the last are followed by a separator.
     */
    static int maxNames(int length, int separatorLength) {
        return (length + separatorLength) / (separatorLength + 1);
    }

    /**
     * Splits {@code path} at {@code separator} and writes the channel ids to {@code out} from
     * {@code pos}, which must have room for {@link #maxNames} ids; returns the position after the
     * last id written.
     *
     * @throws IllegalArgumentException if a name is blank; the message quotes it, the path and
     *     {@code pathIndex}
     */
    int split(String path, String separator, int[] out, int pos, int pathIndex) {
        if (!separator.equals(this.separator)) {
            useSeparator(separator);
        }
        int n = path.length();
        boolean asBytes = separatorFits && loadLatin1(path, n);
        byte[] b = bytes;
        int sepLen = separatorLength;
        int from = 0;
        while (true) {
            int end;
            int slot = -1;
            int id = -1;
            if (asBytes) {
                end = separatorFrom(b, from, n);
                int len = end - from;
                if (len > 0) {
                    long first = word(b, from) & lowBytes(Math.min(len, Long.BYTES));
                    slot = (int) (((first + len) * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
                    if (slotLengths[slot] == len && slotFirstWords[slot] == first
                            && (len <= Long.BYTES || moreWordsMatch(b, from, len, slotMoreWords[slot]))) {
                        id = slotIds[slot];
                    }
                }
            } else {
                int at = sepLen == 1 ? path.indexOf(separator.charAt(0), from) : path.indexOf(separator, from);
                end = at < 0 ? n : at;
            }
            if (id < 0) {
                id = index.intern(path, from, end);
                if (id < 0) {
                    throw new IllegalArgumentException("channel must not be blank, was \""
                            + path.substring(from, end) + "\" in path \"" + path + "\" (path " + pathIndex + ")");
                }
                if (slot >= 0) {
                    remember(slot, b, from, end - from, id);
                }
            }
            out[pos++] = id;
            if (end == n) {
                return pos;
            }
            from = end + sepLen;
        }
    }

    /**
     * Returns the start of the first occurrence of the separator at or after {@code from} in
     * the first {@code n} bytes, or {@code n} if there is none.
     */
    private int separatorFrom(byte[] b, int from, int n) {
        int at = from + scanIndex;
        while (at < n) {
            long x = word(b, at) ^ scanBytes;
            // the lowest set high bit marks the first zero byte of x, that is the first byte
            // equal to the scanned character (higher ones can be false; they are not used)
            long zeros = (x - LOW_BITS) & ~x & HIGH_BITS;
            if (zeros == 0) {
                at += Long.BYTES;
                continue;
            }
            int hit = at + (Long.numberOfTrailingZeros(zeros) >>> 3);
            int start = hit - scanIndex;
            if (start + separatorLength > n) {
                return n;
            }
            if ((word(b, start) & separatorMask) == separatorWord) {
                return start;
            }
            at = hit + 1;
        }
        return n;
    }

    /** Whether bytes 8 to {@code len} of the piece at {@code from} equal {@code words}. */
    private static boolean moreWordsMatch(byte[] b, int from, int len, long[] words) {
        int last = words.length - 1;
        for (int k = 0; k < last; k++) {
            if (word(b, from + Long.BYTES * (k + 1)) != words[k]) {
                return false;
            }
        }
        int rest = len - Long.BYTES * (last + 1);
        return (word(b, from + Long.BYTES * (last + 1)) & lowBytes(rest)) == words[last];
    }

    /** Makes the piece of {@code len} bytes at {@code from}, which interns to {@code id}, the entry of {@code slot}. */
    private void remember(int slot, byte[] b, int from, int len, int id) {
        long[] more = NO_WORDS;
        if (len > Long.BYTES) {
            more = new long[(len - 1) / Long.BYTES];
            for (int k = 0; k < more.length; k++) {
                int at = from + Long.BYTES * (k + 1);
                more[k] = word(b, at) & lowBytes(Math.min(Long.BYTES, from + len - at));
            }
        }
        slotLengths[slot] = len;
        slotFirstWords[slot] = word(b, from) & lowBytes(Math.min(len, Long.BYTES));
        slotMoreWords[slot] = more;
        slotIds[slot] = id;
    }

    /**
     * Copies {@code path} into the byte buffer followed by eight zero bytes; returns whether every
     * character is Latin-1 (else the bytes are not used).
     */
    private boolean loadLatin1(String path, int n) {
        if (chars.length < n) {
            int cap = Math.max(n, chars.length * 2);
            chars = new char[cap];
            bytes = new byte[cap + Long.BYTES];
        }
        char[] c = chars;
        byte[] b = bytes;
        path.getChars(0, n, c, 0);
        int all = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            all |= ch;
            b[i] = (byte) ch;
        }
        LONGS.set(b, n, 0L);
        return all <= 0xFF;
    }

    private static long word(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /**
     * Prepares the byte reading for another separator. The cache stays valid: it maps pieces,
     * not separators, to ids.
     */
    private void useSeparator(String sep) {
        separator = sep;
        separatorLength = sep.length();
        separatorFits = separatorLength <= Long.BYTES && isLatin1(sep);
        if (separatorFits) {
            separatorWord = 0;
            for (int i = separatorLength - 1; i >= 0; i--) {
                separatorWord = (separatorWord << Byte.SIZE) | sep.charAt(i);
            }
            separatorMask = lowBytes(separatorLength);
            scanIndex = scanIndex(sep);
            scanBytes = LOW_BITS * sep.charAt(scanIndex);
        }
    }

    /**
     * Returns the index of the separator character to scan for: the first that is neither a
     * letter, a digit nor white space (so rarely part of a name), else the last one.
     */
    private static int scanIndex(String sep) {
        for (int i = 0; i < sep.length(); i++) {
            char c = sep.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                return i;
            }
        }
        return sep.length() - 1;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A mask of the {@code count} (1 to 8) low bytes of a long. */
    private static long lowBytes(int count) {
        return count == Long.BYTES ? -1L : (1L << (Byte.SIZE * count)) - 1;
    }
}
