package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelIndexTest {

    @Test
    void namesThatShareFirstLastCharacterAndLengthGetTheirOwnIds() {
        ChannelIndex index = new ChannelIndex();
        // "Search" and "Sxarch" share the first and last characters and the length
        assertEquals(0, index.intern("x > Search > y", 3, 11));
        assertEquals(1, index.intern(" Sxarch "));
        assertEquals(0, index.intern("Search"));
        assertEquals(1, index.intern("a>Sxarch", 2, 8));
        assertEquals(0, index.intern("Search", 0, 6));
        assertEquals(List.of("Search", "Sxarch"), index.names());
    }

    @Test
    void manyNumberedNamesKeepDenseIdsThroughRehashing() {
        ChannelIndex index = new ChannelIndex();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String name = String.format("Campaign %04d", i);
            expected.add(name);
            assertEquals(i, index.intern("> " + name + " >", 1, name.length() + 3));
        }
        for (int i = 999; i >= 0; i--) {
            assertEquals(i, index.intern(expected.get(i)));
        }
        assertEquals(expected, index.names());
        assertEquals(1000, index.size());
    }

    @Test
    void blankRegionsAreRejectedWithMinusOne() {
        ChannelIndex index = new ChannelIndex();
        assertEquals(-1, index.intern("   "));
        assertEquals(-1, index.intern("a >  > b", 3, 5));
        assertEquals(0, index.size());
    }
}
