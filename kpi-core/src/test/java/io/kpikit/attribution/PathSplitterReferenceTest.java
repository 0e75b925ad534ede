package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link PathSplitter} used directly (one splitter, one {@link ChannelIndex}, many paths, so
 * that its piece cache and byte buffer carry state from path to path) against a reference:
 * {@code path.split(Pattern.quote(separator), -1)}, each piece stripped of
 * {@link Character#isWhitespace} characters (the documented trimming; {@code String.trim} would
 * also cut control characters such as NUL, which are name characters here), ids given in order
 * of first appearance.
 */
class PathSplitterReferenceTest {

    private final ChannelIndex index = new ChannelIndex();
    private final PathSplitter splitter = new PathSplitter(index);
    private final Map<String, Integer> referenceIds = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    /** Splits with the splitter and the reference, asserts equal ids, returns the names. */
    List<String> check(String path, String sep) {
        String[] pieces = patterns.computeIfAbsent(sep, k -> Pattern.compile(Pattern.quote(k))).split(path, -1);
        int[] expected = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            String name = pieces[i].strip();
            expected[i] = referenceIds.computeIfAbsent(name, k -> referenceIds.size());
        }
        int[] out = new int[3 + PathSplitter.maxNames(path.length(), sep.length())];
        out[0] = -7;
        int end = splitter.split(path, sep, out, 1, 0);
        assertEquals(-7, out[0]);
        assertArrayEquals(expected, Arrays.copyOfRange(out, 1, end), () -> "\"" + path + "\" split at \"" + sep + "\"");
        List<String> names = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            names.add(index.name(out[i]));
        }
        return names;
    }

    private String blankMessage(String path, String sep, int pathIndex) {
        int[] out = new int[PathSplitter.maxNames(path.length(), sep.length())];
        return assertThrows(IllegalArgumentException.class, () -> splitter.split(path, sep, out, 0, pathIndex))
                .getMessage();
    }

    @Test
    void maxNamesIsReachedByTheDensestPath() {
        // "a>b>c": 5 characters, separator 1: (5 + 1) / 2 = 3 names
        assertEquals(3, PathSplitter.maxNames(5, 1));
        // "a > b": (5 + 3) / 4 = 2; "a > " can hold only one name: (4 + 3) / 4 = 1
        assertEquals(2, PathSplitter.maxNames(5, 3));
        assertEquals(1, PathSplitter.maxNames(4, 3));
        assertEquals(0, PathSplitter.maxNames(0, 1));
    }

    @Test
    void separatorsAtTheEndsAndRepeatedGiveBlankNamesWithTheirText() {
        assertEquals("channel must not be blank, was \"\" in path \" > A\" (path 4)", blankMessage(" > A", " > ", 4));
        assertEquals("channel must not be blank, was \"\" in path \"A > \" (path 0)", blankMessage("A > ", " > ", 0));
        // " > " at 1 and at 5: the piece between is a tab
        assertEquals("channel must not be blank, was \"\t\" in path \"A > \t > B\" (path 2)",
                blankMessage("A > \t > B", " > ", 2));
        // " > " at 1 and at 4: the piece between is empty
        assertEquals("channel must not be blank, was \"\" in path \"A >  > B\" (path 3)",
                blankMessage("A >  > B", " > ", 3));
        assertEquals("channel must not be blank, was \"\" in path \"A>>B\" (path 1)", blankMessage("A>>B", ">", 1));
        assertEquals("channel must not be blank, was \"\t\u2003\" in path \"A|\t\u2003|B\" (path 9)",
                blankMessage("A|\t\u2003|B", "|", 9));
    }

    @Test
    void aSeparatorThatOverlapsItselfIsCutLeftToRight() {
        // " > " in "A > > B": the first at 1, the next search starts at 4 ("> B"), finds none
        assertEquals(List.of("A", "> B"), check("A > > B", " > "));
        // "> >" in "A> > >B" at 1; then " >B" has none
        assertEquals(List.of("A", ">B"), check("A> > >B", "> >"));
        // "> >" in "A> >>> >B" at 1 and at 5: "A", ">", "B"
        assertEquals(List.of("A", ">", "B"), check("A> >>> >B", "> >"));
        assertEquals(List.of("a", "a", "a"), check("a--a--a", "--"));
        assertEquals(List.of("a", "-a"), check("a---a", "--"));
    }

    @Test
    void whiteSpaceIsTrimmedButNoBreakSpaceAndNulAreNameCharacters() {
        assertEquals(List.of("Search", "Email"), check(" \tSearch\n >  Email\u2003", ">"));
        assertEquals(List.of("\u00a0Ads", "\0TV"), check("\u00a0Ads>\0TV ", ">"));
    }

    @Test
    void namesBeyondLatin1AndSeparatorsOfManyLengths() {
        assertEquals(List.of("Café", "Über", "日本", "Café"), check("Café > Über > 日本 > Café", " > "));
        assertEquals(List.of("Café", "Über"), check("Café → Über", "→"));
        assertEquals(List.of("\uD83D\uDE80 Ads", "ÿ"), check("\uD83D\uDE80 Ads>ÿ", ">"));
        assertEquals(List.of("naïve", "x"), check("naïveÿx", "ÿ"));
        // eight Latin-1 characters are read as bytes, nine are not: same pieces
        assertEquals(List.of("a", "b"), check("a<------>b", "<------>"));
        assertEquals(List.of("a", "b"), check("a<------->b", "<------->"));
        // "œS" is not Latin-1: the path "xSSy" does not contain it even though 'œ' ends in 0x53
        assertEquals(List.of("xSSy"), check("xSSy", "\u0153S"));
        assertEquals(List.of("x", "y"), check("x\u0153Sy", "\u0153S"));
    }

    @Test
    void aPieceRememberedUnderOneSeparatorIsNotTakenForAShorterOneUnderAnother() {
        // "a;bcd" is one name when cut at "|"; with ";" the path "x;a;bcd" has "a" at 2, whose
        // bytes from there read "a;bcd" as well
        assertEquals(List.of("a;bcd"), check("a;bcd", "|"));
        assertEquals(List.of("x", "a", "bcd"), check("x;a;bcd", ";"));
        assertEquals(List.of("x", "a", "bcd"), check("x;a;bcd", ";"));
    }

    @Test
    void piecesThatDifferInOneCharacterGetTheirOwnIds() {
        // every length up to 40 (one to five eight-byte words), every position, in both orders
        // and at the end of the path (followed by padding) or before a separator
        String[][] pairs = {{"a", "b"}, {"b", "a"}, {"\u00ff", "a"}, {"a", "\u00ff"}, {"\0", "a"}, {"a", "\0"}};
        for (String[] pair : pairs) {
            for (int len = 1; len <= 40; len++) {
                String base = pair[0].repeat(len);
                for (int i = 0; i < len; i++) {
                    String other = base.substring(0, i) + pair[1] + base.substring(i + 1);
                    check(base + " > " + base, " > ");
                    check(other, " > ");
                    check(other + " > " + base + " > " + other, " > ");
                    check(base, " > ");
                }
            }
        }
    }

    @Test
    void pathsThatFillTheBufferExactly() {
        // the byte buffer starts with room for 64 characters (plus 8 padding bytes) and then
        // grows to the path length: a piece ending at the last character must not be read past
        for (int len = 1; len <= 40; len++) {
            PathSplitterReferenceTest t = new PathSplitterReferenceTest();
            String piece = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN".substring(0, len);
            for (int total : new int[] {64, 128, 256}) {
                String path = "x".repeat(total - len - 3) + " > " + piece;
                assertEquals(total, path.length());
                assertEquals(List.of("x".repeat(total - len - 3), piece), t.check(path, " > "));
                t.check(path, " > ");
            }
        }
    }

    @Test
    void everyTwoCharacterNameKeepsItsIdThroughTheCache() {
        check("\u00ff\u00ff", "|");
        // about 6,000 names through a cache of 4,096 entries, so entries are shared and replaced;
        // after each name a fixed probe ("ÿÿ", all bits set) must still get its own id. The first
        // characters are eight apart, so no two names have the same String.hashCode (31 * c1 + c2)
        StringBuilder alphabet = new StringBuilder();
        for (char c = 0x21; c <= 0xff; c++) {
            if (c != '|' && !Character.isWhitespace(c)) {
                alphabet.append(c);
            }
        }
        StringBuilder firsts = new StringBuilder();
        for (char c = 0x21; c <= 0xff; c += 8) {
            firsts.append(c);
        }
        // ids are given in order of first appearance: the probe is 0, names 1, 2, ... in loop order
        int[] out = new int[2];
        for (int pass = 0; pass < 2; pass++) {
            int expected = 1;
            for (int i = 0; i < firsts.length(); i++) {
                for (int j = 0; j < alphabet.length(); j++) {
                    String name = "" + firsts.charAt(i) + alphabet.charAt(j);
                    if (pass == 0) {
                        assertEquals(1, splitter.split(name, "|", out, 0, 0));
                    } else {
                        assertEquals(2, splitter.split("\u00ff\u00ff|" + name, "|", out, 0, 0));
                        assertEquals(0, out[0]);
                        out[0] = out[1];
                    }
                    if (out[0] != expected) {
                        assertEquals(expected, out[0], name);
                    }
                    expected++;
                    assertEquals(1, splitter.split("\u00ff\u00ff", "|", out, 0, 0));
                    if (out[0] != 0) {
                        assertEquals(0, out[0], "after " + name);
                    }
                }
            }
        }
        assertEquals(1 + firsts.length() * alphabet.length(), index.size());
    }
}
