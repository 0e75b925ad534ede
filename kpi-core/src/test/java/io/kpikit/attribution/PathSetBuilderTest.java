package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sized builder, the exact total value and the serial form of {@link PathSet}. */
class PathSetBuilderTest {

    private static PathSet twoPaths(PathSet.Builder b) {
        return b.add("A > B", " > ", 1, new BigDecimal("10.00"), 2)
                .add("B", " > ", 0, BigDecimal.ZERO, 3)
                .build();
    }

    @Test
    void aSizedBuilderGivesTheSamePathsWhateverTheSize() {
        PathSet unsized = twoPaths(PathSet.builder(RandomPaths.CNY));
        for (int expected : new int[] {0, 1, 2, 3, 1000}) {
            assertEquals(unsized, twoPaths(PathSet.builder(RandomPaths.CNY, expected)), "expectedPaths " + expected);
        }
    }

    @Test
    void aPathSetDoesNotChangeWhenItsBuilderGoesOn() {
        // two expected, two added: the path set takes the builder's arrays; the builder must
        // not write into them when it goes on
        PathSet.Builder b = PathSet.builder(RandomPaths.CNY, 2);
        PathSet first = twoPaths(b);
        PathSet second = b.add("C > A > C", " > ", 2, new BigDecimal("5.50"), 0).build();
        assertEquals(twoPaths(PathSet.builder(RandomPaths.CNY)), first);
        assertEquals(2, first.size());
        assertEquals(List.of("A", "B"), first.channels());
        assertEquals(3, second.size());
        assertEquals(List.of("C", "A", "C"), second.path(2));
        // 10.00 + 0 + 5.50
        assertEquals(Money.parse("CNY 15.50"), second.totalValue());
    }

    @Test
    void aNegativeSizeIsRejected() {
        assertEquals("expectedPaths must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> PathSet.builder(RandomPaths.CNY, -1)).getMessage());
    }

    @Test
    void theTotalValueIsExactForLargeAndFineValues() {
        PathSet.Builder b = PathSet.builder(RandomPaths.CNY);
        // 20,000 × CNY 5,000,000,000,000.00 = CNY 100,000,000,000,000,000.00: 1e19 fen, more
        // than a long holds (2^63 ≈ 9.2e18)
        for (int i = 0; i < 20_000; i++) {
            b.add("A", " > ", 1, new BigDecimal("5000000000000.00"), 0);
        }
        // 2^53 fen and more cannot be told apart as doubles; trailing zeros are not precision
        b.add("A", " > ", 1, new BigDecimal("90071992547409.93"), 0);
        b.add("A", " > ", 1, new BigDecimal("0.0100"), 0);
        b.add("A", " > ", 1, new BigDecimal("0.01"), 0);
        // 100,000,000,000,000,000.00 + 90,071,992,547,409.93 + 0.01 + 0.01
        assertEquals(Money.parse("CNY 100090071992547409.95"), b.build().totalValue());
    }

    @Test
    void aDeserialisedPathSetIsEqualAndAttributesTheSame() throws IOException, ClassNotFoundException {
        PathSet paths = PathSet.builder(RandomPaths.CNY, 3)
                .add("A > B", " > ", 1, new BigDecimal("10.00"), 2)
                .add("B", " > ", 0, BigDecimal.ZERO, 3)
                .add("B > C > B", " > ", 2, new BigDecimal("4.50"), 0)
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(paths);
        }
        PathSet copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PathSet) in.readObject();
        }
        assertEquals(paths, copy);
        // linear per touch: A 1/2, B 1/2 + 2 × 2/3 = 11/6, C 2/3
        Attribution a = RuleBasedModel.linearPerTouch().attribute(copy);
        assertEquals(RuleBasedModel.linearPerTouch().attribute(paths), a);
        assertEquals(11.0 / 6, a.conversions("B"), 1e-12);
    }
}
