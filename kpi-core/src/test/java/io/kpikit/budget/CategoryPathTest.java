package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryPathTest {

    @Test
    void prefixesRunFromTheRootToThePath() {
        CategoryPath p = CategoryPath.of("online/feed-ads");
        assertEquals(List.of("online", "feed-ads"), p.segments());
        assertEquals(2, p.depth());
        assertEquals(List.of(CategoryPath.root(), CategoryPath.of("online"), p), p.prefixes());
        assertEquals(Optional.of(CategoryPath.of("online")), p.parent());
        assertEquals(Optional.of(CategoryPath.root()), CategoryPath.of("online").parent());
        assertEquals(Optional.empty(), CategoryPath.root().parent());
        assertEquals("", CategoryPath.root().toString());
        assertEquals("online/feed-ads", p.toString());
    }

    @Test
    void containsAndOrder() {
        CategoryPath online = CategoryPath.of("online");
        assertTrue(online.contains(CategoryPath.of("online/sem")));
        assertTrue(online.contains(online));
        assertFalse(online.contains(CategoryPath.of("onlinex/sem")));
        assertFalse(CategoryPath.of("online/sem").contains(online));
        assertTrue(CategoryPath.root().contains(online));
        assertTrue(CategoryPath.root().compareTo(online) < 0);
        assertTrue(online.compareTo(CategoryPath.of("online/sem")) < 0);
        assertTrue(CategoryPath.of("online/sem").compareTo(CategoryPath.of("p")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/online", "online/", "online//sem", " online", "online/ ", "a/ b"})
    void rejectsMalformedPaths(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CategoryPath.of(text));
        assertTrue(e.getMessage().startsWith("path"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was \"" + text + "\""), e.getMessage());
    }
}
