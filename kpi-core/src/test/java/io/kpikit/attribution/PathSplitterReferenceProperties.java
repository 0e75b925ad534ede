package io.kpikit.attribution;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One {@link PathSplitter} splitting many random paths, under separators that change from path
 * to path, gives the ids of the reference in {@link PathSplitterReferenceTest#check}
 * ({@code String.split} with {@code Pattern.quote}, stripped pieces, ids in order of first
 * appearance).
 */
class PathSplitterReferenceProperties {

    /** Name characters: few, so that pieces repeat and share prefixes; Latin-1 and beyond. */
    private static final String NAME_CHARS = "ab>-\u00ff\0\u00e9 ";
    private static final List<String> SEPARATORS = List.of(
            ">", " > ", "> >", "--", "-", "ab", "\u00ff", "\u00ffa", "<------>", "<------->", "\u0153", " \u2192 ");

    @Test
    void oneSplitterAgreesWithTheReferenceOnEveryPath() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            PathSplitterReferenceTest t = new PathSplitterReferenceTest();
            List<String> names = List.of(name(r), name(r), name(r), name(r));
            for (int p = 0; p < 30; p++) {
                String sep = SEPARATORS.get(r.nextInt(SEPARATORS.size()));
                StringBuilder path = new StringBuilder(names.get(r.nextInt(names.size())));
                for (int k = r.nextInt(6); k > 0; k--) {
                    path.append(sep).append(r.nextInt(5) == 0 ? name(r) : names.get(r.nextInt(names.size())));
                }
                String s = path.toString();
                boolean blank = false;
                for (String piece : s.split(java.util.regex.Pattern.quote(sep), -1)) {
                    blank |= piece.isBlank();
                }
                if (!blank) {
                    t.check(s, sep);
                }
            }
        });
    }

    /** 1 to 4 or 7 to 26 characters: one word or up to four eight-byte words. */
    private static String name(Random r) {
        int len = r.nextBoolean() ? 1 + r.nextInt(4) : 7 + r.nextInt(20);
        StringBuilder sb = new StringBuilder("a");
        for (int i = 1; i < len; i++) {
            sb.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
        }
        return sb.toString();
    }
}
