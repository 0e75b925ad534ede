package io.kpikit.core;

import static io.kpikit.ValueContract.assertValueSemantics;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Equality and hashing of the shared value types: numeric, so the scale never matters. */
class ValueSemanticsTest {

    @Test
    void moneyIsEqualByCurrencyAndNumericAmount() {
        assertValueSemantics(Money.of("12.3", "CNY"), Money.of("12.30", "CNY"),
                Money.of("12.3", "USD"),
                Money.of("12.31", "CNY"),
                Money.of("-12.3", "CNY"));
    }

    @Test
    void ratiosAreEqualByNumeratorDenominatorAndReason() {
        assertValueSemantics(Ratio.of(1, 4), Ratio.of(new BigDecimal("1.0"), new BigDecimal("4.00")),
                Ratio.of(2, 8),
                Ratio.of(1, 5),
                Ratio.of(3, 4),
                Ratio.undefined(BigDecimal.ONE, new BigDecimal("4"), "not applicable"));
        assertValueSemantics(Ratio.of(1, 0), Ratio.of(1, 0),
                Ratio.of(2, 0),
                Ratio.undefined(BigDecimal.ONE, BigDecimal.ZERO, "another reason"));
    }

    @Test
    void figuresAreEqualByNumericValueOrReason() {
        assertValueSemantics(Figure.of(new BigDecimal("2.50")), Figure.of(2.5),
                Figure.of(2.25),
                Figure.undefined("2.50"));
        assertValueSemantics(Figure.undefined("no data"), Figure.undefined("no data"),
                Figure.undefined("no base"),
                Figure.of(0));
    }

    @Test
    void pointChangesAreEqualByBothRates() {
        assertValueSemantics(PointChange.between(Ratio.of(20, 100), Ratio.of(26, 100)),
                PointChange.between(Ratio.of(20, 100), Ratio.of(new BigDecimal("26.0"), new BigDecimal("100"))),
                PointChange.between(Ratio.of(21, 100), Ratio.of(26, 100)),
                PointChange.between(Ratio.of(20, 100), Ratio.of(27, 100)),
                PointChange.between(Ratio.of(26, 100), Ratio.of(20, 100)));
    }
}
