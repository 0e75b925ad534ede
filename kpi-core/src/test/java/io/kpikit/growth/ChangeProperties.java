package io.kpikit.growth;

import static io.kpikit.growth.Generators.assertFiniteOrExplained;
import static io.kpikit.growth.Generators.decimals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeProperties {

    @Test
    void changeFromXToXIsExactlyZeroForNonZeroX() {
        qt().forAll(decimals())
                .assuming(x -> x.signum() != 0)
                .checkAssert(x -> {
                    Change c = Change.between(x, x);
                    assertEquals(0, c.relative().toBigDecimal().signum());
                    assertEquals(0.0, c.relative().doubleValue());
                    assertEquals(0, c.difference().signum());
                });
    }

    @Test
    void relativeChangeKeepsItsInputsAndItsSignMeansUpOrDown() {
        qt().forAll(decimals(), decimals()).checkAssert((previous, current) -> {
            Change c = Change.between(previous, current);
            assertEquals(0, current.subtract(previous).compareTo(c.difference()));
            assertEquals(0, c.difference().compareTo(c.relative().numerator()));
            assertEquals(0, previous.abs().compareTo(c.relative().denominator()));
            assertEquals(previous.signum() < 0, c.isNegativeBase());
            if (previous.signum() == 0) {
                assertEquals(Optional.of("base is zero"), c.relative().undefinedReason());
            } else {
                assertEquals(current.compareTo(previous), c.relative().toBigDecimal().signum());
            }
        });
    }

    @Test
    void everyChangeOfFiniteDoublesIsFiniteOrExplained() {
        qt().forAll(Generators.values(), Generators.values()).checkAssert((previous, current) -> {
            Change c = Change.between(BigDecimal.valueOf(previous), BigDecimal.valueOf(current));
            assertFiniteOrExplained(c.relative(), "relative change " + previous + " -> " + current);
        });
    }
}
