package io.kpikit.review;

import static io.kpikit.review.ReviewFixtures.CNY;
import static io.kpikit.review.ReviewFixtures.cny;
import static io.kpikit.review.ReviewFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The validation helpers of the review records, at their boundaries: each accepted value comes
 * back unchanged (the records store what the helper returns), each rejected one names the field
 * and the value.
 */
class FieldsTest {

    private static final List<String> PATH = List.of("lines", "3", "budget");

    private static ReviewInputException rejected(Executable check) {
        return assertThrows(ReviewInputException.class, check);
    }

    @Test
    void showIsPlainUpToFortyCharactersCountingSignPointAndLeadingZeros() {
        // integer, scale 0: 40 digits are 40 characters
        String forty = "1234567890".repeat(4);
        assertEquals(forty, Fields.show(new BigDecimal(forty)));
        // 0.00...01 with 38 decimals: "0." + 38 digits = 40 characters; with 39 decimals, 41
        assertEquals("0." + "0".repeat(37) + "1", Fields.show(dec("1e-38")));
        assertEquals("1E-39", Fields.show(dec("1e-39")));
        // zero with 38 decimals is 40 characters too (no sign)
        assertEquals("0." + "0".repeat(38), Fields.show(new BigDecimal("0E-38")));
        // a minus sign counts: -0.00...01 with 37 decimals is 40, with 38 it is 41
        assertEquals("-0." + "0".repeat(36) + "1", Fields.show(dec("-1e-37")));
        assertEquals("-1E-38", Fields.show(dec("-1e-38")));
    }

    @Test
    void showKeepsSixteenSignificantDigitsInFull() {
        // 16 digits, 46 characters in plain form: exponent notation, nothing cut
        assertEquals("1.234567890123456E+45", Fields.show(dec("1.234567890123456E+45")));
        // 17 digits: the 17th is cut
        assertEquals("1.234567890123456...E+45", Fields.show(dec("1.2345678901234567E+45")));
    }

    @Test
    void fitsDoubleAcceptsTheEdgesOfTheDoubleRange() {
        BigDecimal max = new BigDecimal(Double.MAX_VALUE);
        BigDecimal min = new BigDecimal(Double.MIN_VALUE);
        assertSame(max, Fields.fitsDouble(max, PATH, ""));
        assertSame(min, Fields.fitsDouble(min, PATH, ""));
        assertNull(Fields.fitsDouble(null, PATH, ""));
        assertEquals("budget must be 0 or at least " + Double.MIN_VALUE + " in magnitude (the smallest double), was 1E-400"
                + " (kpi \"x\")", rejected(() -> Fields.fitsDouble(dec("1e-400"), PATH, " (kpi \"x\")")).getMessage());
    }

    @Test
    void amountsHaveAtMostFortyIntegerDigits() {
        BigDecimal forty = dec("9".repeat(40) + ".5");
        assertSame(forty, Fields.amountDigits(forty, PATH, ""));
        ReviewInputException e = rejected(() -> Fields.amountDigits(dec("1e40"), PATH, ""));
        assertEquals(PATH, e.path());
        assertEquals("budget must have at most 40 digits before the decimal point (an amount's limit), was 1E+40",
                e.getMessage());
    }

    @Test
    void minorUnitsAreBoundedByALongAndSkipCurrenciesWithoutThem() {
        // Long.MAX_VALUE fen = CNY 92233720368547758.07
        Money max = cny("92233720368547758.07");
        assertSame(max, Fields.minorUnits(max, PATH, ""));
        assertEquals("budget must be within ±CNY 92233720368547758.07 (a long of minor units), was CNY -92233720368547758.08",
                rejected(() -> Fields.minorUnits(cny("-92233720368547758.08"), PATH, "")).getMessage());
        // gold has no minor unit: not checked here (the document rejects the currency)
        Money gold = Money.of(dec("1e30"), Currency.getInstance("XAU"));
        assertSame(gold, Fields.minorUnits(gold, PATH, ""));
        assertNull(Fields.minorUnits(null, PATH, ""));
    }

    @Test
    void decimalsCountWithoutTrailingZeros() {
        Currency cny = CNY;
        for (String ok : new String[] {"1.05", "1.050", "1.5", "7"}) {
            BigDecimal v = dec(ok);
            assertSame(v, Fields.decimals(v, cny, PATH, ""), ok);
        }
        assertEquals("budget must have at most 2 decimal places in CNY, was 1.005 (x)",
                rejected(() -> Fields.decimals(dec("1.005"), cny, PATH, " (x)")).getMessage());
        Money m = cny("1.10");
        assertSame(m, Fields.inCurrency(m, cny, PATH, ""));
        assertNull(Fields.inCurrency(null, cny, PATH, ""));
        assertEquals("budget must be in CNY (the document's currency), was EUR 1.10",
                rejected(() -> Fields.inCurrency(Money.of("1.10", "EUR"), cny, PATH, "")).getMessage());
    }

    @Test
    void countsAndTextsComeBackUnchanged() {
        assertEquals(7, Fields.count(7, "visits", ""));
        assertEquals(0, Fields.count(0, PATH, ""));
        assertEquals(Long.MAX_VALUE, Fields.count(Long.MAX_VALUE, PATH, ""));
        ReviewInputException e = rejected(() -> Fields.count(-1, PATH, " (kpi \"x\")"));
        assertEquals(PATH, e.path());
        assertEquals("lines/3/budget must be >= 0, was -1 (kpi \"x\")", e.getMessage());
        assertEquals(5L, Fields.optionalCount(5L, "visits", ""));
        assertNull(Fields.optionalCount(null, "visits", ""));
        assertEquals("a", Fields.text("a", "name", ""));
        assertEquals(" b ", Fields.text(" b ", PATH, ""));
        assertEquals("lines/3/budget must not be blank, was \" \"",
                rejected(() -> Fields.text(" ", PATH, "")).getMessage());
    }

    @Test
    void rangesAcceptTheirInclusiveLimits() {
        for (String ok : new String[] {"0", "0.5", "1", "1.000"}) {
            BigDecimal v = dec(ok);
            assertSame(v, Fields.unit(v, "share", ""), ok);
        }
        assertEquals("share must be in [0, 1], was 1.0001", rejected(() -> Fields.unit(dec("1.0001"), "share", "")).getMessage());
        assertEquals("share must be in [0, 1], was -0.1", rejected(() -> Fields.unit(dec("-0.1"), "share", "")).getMessage());
        BigDecimal zero = dec("0");
        assertSame(zero, Fields.nonNegative(zero, "spend", ""));
        assertSame(zero, Fields.nonNegative(zero, PATH, ""));
        Money none = cny("0");
        assertSame(none, Fields.nonNegative(none, "spend", ""));
        assertEquals("spend must be >= 0, was CNY -0.01", rejected(() -> Fields.nonNegative(cny("-0.01"), "spend", ""))
                .getMessage());
    }

    @Test
    void aNameIsTheLastSegmentWithItsListIndex() {
        assertEquals("budget", Fields.name(PATH));
        assertEquals("monthlyPlan/0", Fields.name(List.of("lines", "3", "monthlyPlan", "0")));
        // a one-segment path that looks like an index is still just that segment
        assertEquals("12", Fields.name(List.of("12")));
    }

    @Test
    void aCoreErrorOnTheWholeRecordHasAnEmptyPath() {
        ReviewInputException e = rejected(() -> Fields.core("", " (x)", () -> {
            throw new IllegalArgumentException("bad");
        }));
        assertEquals(List.of(), e.path());
        assertEquals("bad (x)", e.getMessage());
        assertEquals(List.of("steps"), rejected(() -> Fields.core("steps", "", () -> {
            throw new IllegalArgumentException("bad");
        })).path());
        assertEquals("ok", Fields.core("steps", "", () -> "ok"));
    }
}
