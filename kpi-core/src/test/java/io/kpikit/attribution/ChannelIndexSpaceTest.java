package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** White space beyond ASCII around channel names is trimmed like ASCII white space. */
class ChannelIndexSpaceTest {

    @Test
    void whiteSpaceBeyondAsciiIsSpaceAndOtherCharactersAreNot() {
        assertTrue(ChannelIndex.isSpace(' '));
        assertTrue(ChannelIndex.isSpace('\t'));
        assertTrue(ChannelIndex.isSpace('\u3000'));   // ideographic space
        assertTrue(ChannelIndex.isSpace('\u2003'));   // em space
        assertFalse(ChannelIndex.isSpace('\u007f'));  // DEL: a control character, not white space
        assertFalse(ChannelIndex.isSpace('\u00a0'));  // no-break space: not white space for Java
        assertFalse(ChannelIndex.isSpace('!'));
        assertFalse(ChannelIndex.isSpace('搜'));
    }

    @Test
    void namesPaddedWithIdeographicSpaceAreTheSameChannel() {
        PathSet p = PathSet.builder(RandomPaths.CNY)
                .add(List.of("\u3000搜索", "搜索\u2003", "Email"), 1, new BigDecimal("10.00"), 0)
                .add("\u3000Email\u3000>搜索", ">", 1, new BigDecimal("5.00"), 0)
                .build();
        assertEquals(List.of("搜索", "Email"), p.channels());
        assertEquals(List.of("搜索", "搜索", "Email"), p.path(0));
        assertEquals(List.of("Email", "搜索"), p.path(1));
    }
}
