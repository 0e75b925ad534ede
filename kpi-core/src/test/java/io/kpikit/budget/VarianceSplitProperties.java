package io.kpikit.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Laws of the flexible-budget and price/quantity splits: the parts add up to the total exactly. */
class VarianceSplitProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void volumePlusSpendingEqualsActualMinusStatic() {
        qt().forAll(longs().between(0, 10_000_000L), longs().between(0, 1_000_000L), longs().between(0, 1_000_000L),
                        longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
                .checkAssert((rateMills, budgetVol, actualVol, actualCents) -> {
                    Money rate = Money.of(BigDecimal.valueOf(rateMills, 3), CNY);
                    Money actual = Money.ofMinor(actualCents, CNY);
                    FlexibleBudget f = FlexibleBudget.of(rate, budgetVol, actualVol, actual);
                    assertEquals(actual.minus(rate.multipliedBy(budgetVol)), f.volumeVariance().plus(f.spendingVariance()));
                    assertEquals(f.totalVariance(), f.volumeVariance().plus(f.spendingVariance()));
                    // the convention itself: volume variance r × (Va − Vb), spending variance A − r × Va
                    assertEquals(rate.multipliedBy(BigDecimal.valueOf(actualVol - budgetVol)), f.volumeVariance());
                    assertEquals(actual.minus(rate.multipliedBy(actualVol)), f.spendingVariance());
                });
    }

    @Test
    void pricePlusQuantityEqualsActualCostMinusBudgetCost() {
        qt().forAll(longs().between(0, 100_000_000L), longs().between(0, 100_000_000L),
                        longs().between(0, 10_000_000L), longs().between(0, 10_000_000L))
                .checkAssert((bp, ap, bq, aq) -> {
                    int qtyScale = (int) (bq % 4); // whole and fractional quantities
                    Money budgetPrice = Money.ofMinor(bp, CNY);
                    Money actualPrice = Money.ofMinor(ap, CNY);
                    BigDecimal budgetQty = BigDecimal.valueOf(bq, qtyScale);
                    BigDecimal actualQty = BigDecimal.valueOf(aq, qtyScale);
                    PriceQuantityVariance v = PriceQuantityVariance.of(budgetPrice, budgetQty, actualPrice, actualQty);
                    Money expected = actualPrice.multipliedBy(actualQty).minus(budgetPrice.multipliedBy(budgetQty));
                    assertEquals(expected, v.priceVariance().plus(v.quantityVariance()));
                    // the convention itself: the price gap is weighed by the actual quantity and the
                    // quantity gap by the budget price (so the joint term sits in the price variance)
                    BigDecimal priceGap = actualPrice.amount().subtract(budgetPrice.amount());
                    assertEquals(Money.of(priceGap.multiply(actualQty), CNY), v.priceVariance());
                    assertEquals(Money.of(actualQty.subtract(budgetQty).multiply(budgetPrice.amount()), CNY),
                            v.quantityVariance());
                });
    }
}
