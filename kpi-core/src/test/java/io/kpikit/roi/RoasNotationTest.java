package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoasNotationTest {

    @Test
    void seedOverallAndFeedAdsFigures() {
        // overall: 4.8M revenue on 1M cost; feed ads: 6.2M on 1M
        assertEquals("1:4.8", Roas.of(Money.of("4800000.00", "CNY"), Money.of("1000000.00", "CNY")).toNotation());
        assertEquals("1:6.2", Roas.of(Money.of("6200000.00", "CNY"), Money.of("1000000.00", "CNY")).toNotation());
        assertEquals("1:6.20", RoasNotation.format(Ratio.of(62, 10), 2, RoundingMode.HALF_UP));
        assertEquals("1:6", RoasNotation.format(Ratio.of(62, 10), 0, RoundingMode.HALF_UP));
    }

    @Test
    void defaultRoundingIsHalfUpAndOtherModesCanBeChosen() {
        // 4.75 → 4.8 both ways (7 is odd); 4.85 → 4.9 half up, 4.8 half even
        assertEquals("1:4.8", RoasNotation.format(Ratio.of(475, 100)));
        assertEquals("1:4.9", RoasNotation.format(Ratio.of(485, 100)));
        assertEquals("1:4.8", RoasNotation.format(Ratio.of(485, 100), 1, RoundingMode.HALF_EVEN));
        // 14.5 / 3 = 4.8333…: one decimal 4.8, two decimals 4.83
        assertEquals("1:4.8", RoasNotation.format(Ratio.of(new BigDecimal("14.5"), new BigDecimal("3"))));
        assertEquals("1:4.83", RoasNotation.format(Ratio.of(new BigDecimal("14.5"), new BigDecimal("3")), 2,
                RoundingMode.HALF_UP));
    }

    @Test
    void formatRejectsNegativeDecimalsAndNegativeRoas() {
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> RoasNotation.format(Ratio.of(48, 10), -1, RoundingMode.HALF_UP));
        assertEquals("decimals must be >= 0, was -1", d.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> RoasNotation.format(Ratio.of(-5, 10)));
        assertEquals("ROAS must be >= 0 to be written as 1:x, was -0.5", n.getMessage());
    }

    @Test
    void parsesAsciiAndFullWidthColonBareNumberAndSpaces() {
        assertEquals(Ratio.of(new BigDecimal("4.8"), BigDecimal.ONE), RoasNotation.parse("1:4.8"));
        assertEquals(Ratio.of(new BigDecimal("4.8"), BigDecimal.ONE), RoasNotation.parse("1\uFF1A4.8"));
        assertEquals(Ratio.of(new BigDecimal("4.8"), BigDecimal.ONE), RoasNotation.parse("  1 : 4.8\t"));
        assertEquals(Ratio.of(new BigDecimal("4.8"), BigDecimal.ONE), RoasNotation.parse("\u30001：4.8\u3000"));
        assertEquals(Ratio.of(new BigDecimal("4.8"), BigDecimal.ONE), RoasNotation.parse("4.8"));
        assertEquals(Ratio.of(new BigDecimal("6.2"), BigDecimal.ONE), RoasNotation.parse(" 6.2 "));
        assertEquals(0.0, RoasNotation.parse("1:0").doubleValue());
    }

    @Test
    void generalRatioMeansRightOverLeft() {
        // 2:9.6 is 9.6 / 2 = 4.8
        Ratio r = RoasNotation.parse("2:9.6");
        assertEquals(new BigDecimal("9.6"), r.numerator());
        assertEquals(new BigDecimal("2"), r.denominator());
        assertEquals(4.8, r.doubleValue());
        assertEquals("1:4.8", RoasNotation.format(r));
    }

    @Test
    void formatThenParseGivesTheRoundedValue() {
        Ratio roas = Ratio.of(new BigDecimal("4200000.00"), new BigDecimal("1000000.00"));
        assertEquals(true, RoasNotation.parse(RoasNotation.format(roas)).hasSameValueAs(roas));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:", ":4.8", "abc", "1:-3", "-4.8", "1:NaN", "1:Infinity", "NaN", "1:4.8:2",
        "1:1e3", "1:4,800", "1；4.8", "", "  ", "1:4.", "1:.8", "１:4.8"})
    void malformedTextIsRejectedQuotingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoasNotation.parse(text));
        assertEquals("ROAS notation must be a non-negative plain decimal written \"1:4.8\", \"1：4.8\", \"a:b\" or "
                + "\"4.8\", was \"" + text + "\"", e.getMessage());
    }

    @Test
    void zeroLeftSideIsRejectedQuotingTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoasNotation.parse("0:4.8"));
        assertEquals("left-hand side of the ROAS notation must be > 0, was \"0:4.8\"", e.getMessage());
    }

    @Test
    void nullIsRejected() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> RoasNotation.parse(null)).getMessage());
        assertEquals("roas", assertThrows(NullPointerException.class, () -> RoasNotation.format(null)).getMessage());
    }
}
