package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cases that the byte-wise splitting of {@link PathSplitter} must get right: separators found
 * by one of their characters, pieces remembered by their bytes, padding, non-Latin-1 text.
 */
class PathSplitterTest {

    private static PathSet.Builder builder() {
        return PathSet.builder(RandomPaths.CNY);
    }

    @Test
    void aNameThatEndsWithPartOfTheSeparatorIsNotTaken() {
        // "aaaaaaa- " is cut before "--" and trimmed to "aaaaaaa-". In "aaaaaaa---b" the first
        // "--" starts at 7, inside that name, so the path is "aaaaaaa" then "-b", not
        // "aaaaaaa-" then "b".
        PathSet p = builder()
                .add("aaaaaaa- --b", "--", 1, BigDecimal.ONE, 0)
                .add("aaaaaaa---b", "--", 1, BigDecimal.ONE, 0)
                .build();
        assertEquals(List.of("aaaaaaa-", "b"), p.path(0));
        assertEquals(List.of("aaaaaaa", "-b"), p.path(1));
    }

    @Test
    void aSeparatorIsNotMatchedAgainstThePaddingAfterThePath() {
        // the splitter pads paths with zero bytes and looks for the NUL of "x\0"; in "abx" it
        // finds one in the padding, which is not part of the path, so "abx" is one name
        PathSet.Builder b = builder();
        String message = assertThrows(IllegalArgumentException.class,
                () -> b.add("abx\0", "x\0", 1, BigDecimal.ONE, 0)).getMessage();
        assertEquals("channel must not be blank, was \"\" in path \"abx\0\" (path 0)", message);
        assertEquals(List.of("abx"), b.add("abx", "x\0", 1, BigDecimal.ONE, 0).build().path(0));
    }

    @Test
    void aCharacterAboveLatin1IsNotReadAsItsLowByte() {
        // U+0153 and U+0141 have the low bytes of 'S' and 'A'
        PathSet p = builder()
                .add("SA > SA", " > ", 1, BigDecimal.ONE, 0)
                .add("\u0153\u0141 > SA", " > ", 1, BigDecimal.ONE, 0)
                .build();
        assertEquals(List.of("SA", "\u0153\u0141"), p.channels());
        assertEquals(List.of("\u0153\u0141", "SA"), p.path(1));
    }

    @Test
    void piecesThatShareASlotKeepTheirOwnIds() {
        // the cache has 4,096 entries, chosen by a piece's first eight bytes and its length:
        // 1,500 four-digit names collide by chance, and 1,500 names that share their first and
        // last eight bytes ("campaign", "-end") and differ only in the middle all share one entry
        Random r = new Random(7);
        PathSet.Builder fromStrings = builder();
        PathSet.Builder fromLists = builder();
        for (int i = 0; i < 6_000; i++) {
            String a = name(r);
            String c = name(r);
            fromStrings.add(a + " > " + c + " > " + a, " > ", 1, BigDecimal.ONE, 0);
            fromLists.add(List.of(a, c, a), 1, BigDecimal.ONE, 0);
        }
        assertEquals(fromLists.build(), fromStrings.build());
    }

    private static String name(Random r) {
        int i = r.nextInt(1500);
        return r.nextBoolean() ? String.format("%04d", i) : String.format("campaign%08d-end", i);
    }

    @Test
    void aSeparatorCharacterInsideANameIsSkipped() {
        // the splitter looks for '>' and checks for " > " around it: "Email>Promo" is one name
        PathSet p = builder()
                .add("Email>Promo > Search", " > ", 1, BigDecimal.ONE, 0)
                .add("Email>Promo>>Promo > Email>Promo", " > ", 1, BigDecimal.ONE, 0)
                .build();
        assertEquals(List.of("Email>Promo", "Search"), p.path(0));
        assertEquals(List.of("Email>Promo>>Promo", "Email>Promo"), p.path(1));
    }

    @Test
    void remembersPiecesAcrossSeparators() {
        // "a > b" is one piece with separator "|", and two with " > "; "A " and "A" are
        // different pieces of the same channel
        PathSet p = builder()
                .add("a > b|c", "|", 1, BigDecimal.ONE, 0)
                .add("a > b|c", " > ", 1, BigDecimal.ONE, 0)
                .add("A > B", " > ", 1, BigDecimal.ONE, 0)
                .add("A > B", ">", 1, BigDecimal.ONE, 0)
                .add("A > B", " ", 1, BigDecimal.ONE, 0)
                .build();
        assertEquals(List.of("a > b", "c"), p.path(0));
        assertEquals(List.of("a", "b|c"), p.path(1));
        assertEquals(List.of("A", "B"), p.path(2));
        assertEquals(List.of("A", "B"), p.path(3));
        assertEquals(List.of("A", ">", "B"), p.path(4));
    }
}
