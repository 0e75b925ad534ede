package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RoiProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void roasIsRoiPlusOneWhenTheReturnIsTheRevenue() {
        qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L))
                .checkAssert((revenueFen, costFen) -> {
                    Roas roas = Roas.of(Money.ofMinor(revenueFen, CNY), Money.ofMinor(costFen, CNY));
                    Ratio roi = roas.toRoi().ratio();
                    // exactly, on the numerators: (r − c) + c = r over the same denominator
                    assertEquals(0, roi.denominator().compareTo(roas.ratio().denominator()));
                    assertEquals(0, roi.numerator().add(roi.denominator()).compareTo(roas.ratio().numerator()));
                    // on the 34-digit values: equal to within 1e-30 of the ROAS
                    BigDecimal gap = roas.ratio().toBigDecimal().subtract(roi.toBigDecimal()).subtract(BigDecimal.ONE);
                    assertTrue(gap.abs().compareTo(new BigDecimal("1e-30").multiply(
                            roas.ratio().toBigDecimal().max(BigDecimal.ONE))) <= 0, gap.toString());
                    assertTrue(Double.isFinite(roas.ratio().doubleValue()) && Double.isFinite(roi.doubleValue()));
                });
    }

    @Test
    void notationRoundTripsToTheRoundedValue() {
        qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L),
                        integers().between(0, 6))
                .checkAssert((revenueFen, costFen, decimals) -> {
                    Ratio roas = Ratio.of(revenueFen, costFen);
                    String text = RoasNotation.format(roas, decimals, RoasNotation.DEFAULT_ROUNDING);
                    Ratio back = RoasNotation.parse(text);
                    assertEquals(0, back.toBigDecimal().compareTo(
                            roas.toBigDecimal(decimals, RoasNotation.DEFAULT_ROUNDING)), text);
                    // the rounded value is within half a unit of the last decimal
                    BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2),
                            MathContext.DECIMAL128);
                    assertTrue(back.toBigDecimal().subtract(roas.toBigDecimal()).abs().compareTo(halfUnit) <= 0, text);
                });
    }

    @Test
    void paybackTimesProfitIsTheCost() {
        qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(-1_000_000L, 1_000_000_000L))
                .checkAssert((costFen, profitFen) -> {
                    Ratio p = Payback.periods(Money.ofMinor(costFen, CNY), Money.ofMinor(profitFen, CNY));
                    assertEquals(profitFen > 0, p.isDefined());
                    if (p.isDefined()) {
                        assertTrue(Double.isFinite(p.doubleValue()) && p.doubleValue() >= 0);
                        BigDecimal back = p.toBigDecimal().multiply(BigDecimal.valueOf(profitFen));
                        assertTrue(back.subtract(BigDecimal.valueOf(costFen)).abs()
                                .compareTo(new BigDecimal("1e-20").max(BigDecimal.valueOf(costFen).scaleByPowerOfTen(-30)))
                                <= 0, back.toString());
                    }
                });
    }
}
