package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Splitting path strings (which guesses names it has seen before, see {@link PathSplitter})
 * gives the same paths as the definition: cut at every occurrence of the separator, from left
 * to right, strip each piece, and add the pieces as a list.
 */
class PathSplitterProperties {

    /**
     * Characters that make splitting hard: separator pieces, spaces, a NUL (the splitter pads
     * with zero bytes), a Latin-1 letter, and two characters above U+00FF, one of whose low byte
     * is 'S' (U+0153), so that a path read as truncated bytes would look like "S".
     */
    private static final String ALPHABET = "S>- a\0\u00e9\u0153\u0100";

    @Test
    void splittingAStringEqualsAddingThePiecesCutAtEachSeparatorAndStripped() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<String> separators = List.of(separator(r), separator(r));
            List<String> names = new ArrayList<>();
            for (int i = 1 + r.nextInt(6); i > 0; i--) {
                names.add(word(r, 1 + r.nextInt(r.nextBoolean() ? 4 : 20)));
            }
            PathSet.Builder fromStrings = PathSet.builder(RandomPaths.CNY);
            PathSet.Builder fromLists = PathSet.builder(RandomPaths.CNY);
            int added = 0;
            for (int p = 10 + r.nextInt(20); p > 0; p--) {
                String sep = separators.get(r.nextInt(4) == 0 ? 1 : 0);
                String path = path(r, names, sep);
                List<String> pieces = cut(path, sep);
                int blank = firstBlank(pieces);
                if (blank < 0) {
                    fromStrings.add(path, sep, 1, BigDecimal.ONE, 0);
                    fromLists.add(pieces, 1, BigDecimal.ONE, 0);
                    added++;
                } else {
                    String message = assertThrows(IllegalArgumentException.class,
                            () -> fromStrings.add(path, sep, 1, BigDecimal.ONE, 0)).getMessage();
                    assertEquals("channel must not be blank, was \"" + pieces.get(blank) + "\" in path \""
                            + path + "\" (path " + added + ")", message);
                    // the names before the blank one were interned: do the same on the other side
                    assertThrows(IllegalArgumentException.class,
                            () -> fromLists.add(pieces.subList(0, blank + 1), 1, BigDecimal.ONE, 0));
                }
            }
            assertEquals(fromLists.build(), fromStrings.build());
        });
    }

    /** A separator of 1 to 3 characters, or now and then one of ten. */
    private static String separator(Random r) {
        return r.nextInt(10) == 0 ? " ->" + word(r, 7) : word(r, 1 + r.nextInt(3));
    }

    private static String word(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Mostly known names joined by the separator, sometimes with spaces or stray characters. */
    private static String path(Random r, List<String> names, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            int kind = r.nextInt(10);
            String name = names.get(r.nextInt(names.size()));
            sb.append(kind == 0 ? " " + name : kind == 1 ? name + " " : kind == 2 ? word(r, 1 + r.nextInt(5)) : name);
        }
        return sb.toString();
    }

    /** The definition: cut at each occurrence of {@code sep}, left to right. */
    private static List<String> cut(String path, String sep) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = path.indexOf(sep, from);
            pieces.add(path.substring(from, at < 0 ? path.length() : at));
            if (at < 0) {
                return pieces;
            }
            from = at + sep.length();
        }
    }

    private static int firstBlank(List<String> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).strip().isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
