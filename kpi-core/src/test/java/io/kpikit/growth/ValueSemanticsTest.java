package io.kpikit.growth;

import static io.kpikit.ValueContract.assertValueSemantics;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality and hashing of the growth results. */
class ValueSemanticsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void changesAreEqualByPeriodAndNumericLevels() {
        assertValueSemantics(Change.between(100, 120), Change.between(d("100.0"), d("120")),
                Change.between(101, 120),
                Change.between(100, 121),
                Change.between(100, 120).withPeriod(ComparisonPeriod.YEAR_OVER_YEAR));
    }

    @Test
    void moneyChangesAreEqualByPeriodAndAmounts() {
        Money a = Money.of("100", "USD");
        Money b = Money.of("120", "USD");
        assertValueSemantics(MoneyChange.between(a, b), MoneyChange.between(Money.of("100.00", "USD"), b),
                MoneyChange.between(Money.of("101", "USD"), b),
                MoneyChange.between(a, Money.of("121", "USD")),
                MoneyChange.between(a, b).withPeriod(ComparisonPeriod.MONTH_OVER_MONTH));
    }

    @Test
    void cagrsAreEqualByNumericEndsAndPeriods() {
        assertValueSemantics(Cagr.of(d("100"), d("121"), 2), Cagr.of(d("100.00"), d("121.0"), 2),
                Cagr.of(d("101"), d("121"), 2),
                Cagr.of(d("100"), d("122"), 2),
                Cagr.of(d("100"), d("121"), 3));
    }

    @Test
    void indexSeriesAreEqualByInputsAndBasePeriod() {
        List<BigDecimal> values = List.of(d("80"), d("100"), d("115"));
        // inputs compare numerically: 80.0 is the input 80
        assertValueSemantics(IndexSeries.of(values, 1), IndexSeries.of(List.of(d("80.0"), d("100"), d("115.00")), 1),
                IndexSeries.of(values, 0),
                IndexSeries.of(List.of(d("80"), d("100"), d("116")), 1),
                IndexSeries.of(List.of(d("80"), d("100")), 1));
    }

    @Test
    void growthContributionsAreEqualBySegments() {
        Map<String, BigDecimal> before = Map.of("north", d("60"), "south", d("40"));
        assertValueSemantics(GrowthContribution.between(before, Map.of("north", d("70"), "south", d("50"))),
                GrowthContribution.between(before, Map.of("north", d("70.0"), "south", d("50"))),
                GrowthContribution.between(before, Map.of("north", d("71"), "south", d("50"))),
                GrowthContribution.between(before, Map.of("north", d("70"), "south", d("50"), "west", d("1"))));
    }
}
