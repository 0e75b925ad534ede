package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CustomerProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void npsAndItsIntervalStayOnTheScale() {
        qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000), longs().between(0, 1_000_000),
                        doubles().between(0.5, 0.999))
                .assuming((p, pa, d, c) -> p + pa + d > 0)
                .checkAssert((p, pa, d, confidence) -> {
                    Nps nps = Nps.of(p, pa, d);
                    double score = nps.doubleValue();
                    double se = nps.standardError();
                    assertTrue(score >= -100 && score <= 100, "nps " + score);
                    assertTrue(Double.isFinite(se) && se >= 0 && se <= 100, "se " + se);
                    Nps.Interval ci = nps.confidenceInterval(confidence);
                    assertTrue(ci.lower() >= -100 && ci.upper() <= 100, ci.toString());
                    assertTrue(ci.contains(score), ci + " should contain " + score);
                    // a wider confidence never gives a narrower interval
                    Nps.Interval wider = nps.confidenceInterval(Math.min(0.9999, confidence + 0.0005));
                    assertTrue(wider.lower() <= ci.lower() && wider.upper() >= ci.upper(), wider + " vs " + ci);
                });
    }

    @Test
    void npsFromScoresEqualsNpsFromTheirHistogram() {
        qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(0, 60))
                .checkAssert(scores -> {
                    long[] histogram = new long[11];
                    scores.forEach(s -> histogram[s]++);
                    Nps a = Nps.ofScores(scores.stream().mapToInt(Integer::intValue).toArray());
                    assertEquals(Nps.fromHistogram(histogram), a);
                    assertEquals(scores.size(), a.responses());
                    assertEquals(!scores.isEmpty(), a.isDefined());
                });
    }

    @Test
    void csatIsAShareOfResponses() {
        // the threshold is drawn from [0, width] (not filtered), so a long run cannot give up
        qt().forAll(integers().between(0, 5), integers().between(1, 10), integers().between(0, 10),
                        lists().of(integers().between(0, 10)).ofSizeBetween(1, 50))
                .checkAssert((min, width, t, raw) -> {
                    int threshold = t % (width + 1);
                    Csat.Scale scale = new Csat.Scale(min, min + width, min + threshold);
                    int[] scores = raw.stream().mapToInt(s -> min + s % (width + 1)).toArray();
                    Ratio csat = Csat.ofScores(scale, scores);
                    double v = csat.doubleValue();
                    assertTrue(v >= 0 && v <= 1, "csat " + v);
                    assertEquals(scores.length, csat.denominator().intValueExact());
                    long[] histogram = new long[scale.points()];
                    for (int s : scores) {
                        histogram[s - min]++;
                    }
                    assertEquals(csat, Csat.ofHistogram(scale, histogram));
                    assertTrue(Csat.meetsTarget(csat, 0));
                    assertEquals(csat.numerator().compareTo(csat.denominator()) == 0, Csat.meetsTarget(csat, 1));
                });
    }

    @Test
    void withoutReactivationRetentionPlusChurnIsOne() {
        qt().forAll(longs().between(1, 1_000_000_000L), doubles().between(0, 1), longs().between(0, 1_000_000_000L))
                .checkAssert((start, lostShare, acquired) -> {
                    long lost = (long) Math.floor(start * lostShare);
                    long end = start - lost + acquired; // every change is a loss or an acquisition
                    Ratio retention = CustomerRates.retention(start, end, acquired);
                    Ratio churn = CustomerRates.churn(start, lost);
                    assertEquals(0, retention.numerator().add(churn.numerator()).compareTo(BigDecimal.valueOf(start)));
                    assertEquals(0, retention.denominator().compareTo(churn.denominator()));
                    assertTrue(retention.doubleValue() >= 0 && retention.doubleValue() <= 1);
                    // growth = share of new minus churn, measured on the opening base
                    Ratio growth = CustomerRates.growthRate(start, end);
                    assertEquals(0, growth.numerator().compareTo(BigDecimal.valueOf(acquired - lost)));
                });
    }

    @Test
    void cacTimesCustomersRecoversTheSpendWithinRounding() {
        qt().forAll(longs().between(0, 100_000_000_000L), longs().between(1, 10_000_000L))
                .checkAssert((cents, customers) -> {
                    Money spend = Money.ofMinor(cents, CNY);
                    Money cac = Cac.blended(spend, customers).value();
                    BigDecimal error = cac.multipliedBy(customers).minus(spend).amount().abs();
                    // each customer's share is off by at most half a cent
                    assertTrue(error.compareTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(customers))) <= 0,
                            "error " + error);
                });
    }

    @Test
    void discountedLtvNeverExceedsSimpleLtv() {
        qt().forAll(longs().between(0, 10_000_000L), integers().between(0, 100), integers().between(1, 100),
                        integers().between(0, 99))
                .checkAssert((cents, marginPct, churnPct, discountPct) -> {
                    Money arpu = Money.ofMinor(cents, CNY);
                    BigDecimal m = BigDecimal.valueOf(marginPct, 2);
                    BigDecimal c = BigDecimal.valueOf(churnPct, 2);
                    BigDecimal d = BigDecimal.valueOf(discountPct, 2);
                    Money simple = Ltv.simple(arpu, m, c, Money.DEFAULT_ROUNDING).value();
                    Money discounted = Ltv.discounted(arpu, m, c, d, Money.DEFAULT_ROUNDING).value();
                    assertTrue(!discounted.isNegative() && !discounted.isGreaterThan(simple),
                            discounted + " vs " + simple);
                });
    }
}
