package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Ratios that combine what a customer costs with what a customer is worth: LTV:CAC and CAC
 * payback.
 *
 * <ul>
 *   <li>{@link #ltvToCac LTV:CAC} {@code = LTV ÷ CAC}, a {@link Ratio} whose numerator and
 *       denominator are the two rounded amounts (3 means "1:3", a customer is worth three
 *       times what they cost).</li>
 *   <li>{@link #cacPayback CAC payback} {@code = CAC ÷ (ARPU × gross margin)}: the number of
 *       periods of gross margin needed to earn the CAC back; with monthly ARPU, months.</li>
 * </ul>
 * Both are undefined (never infinite) when an input is undefined or the denominator is zero,
 * with a reason: a CAC of zero gives no LTV:CAC, and a customer who brings no margin never
 * pays back. The CAC used is {@link Cac#value()}, rounded to the minor unit, so that the
 * ratio shows the amounts a report shows.
 *
 * <pre>{@code
 * Cac cac = Cac.blended(Money.parse("CNY 1200000"), 400);             // CNY 3000.00
 * UnitEconomics.ltvToCac(Ltv.simple(Money.parse("CNY 500"), 0.6, 0.05), cac)
 *         .doubleValue();                                             // 2.0 = 6000 ÷ 3000
 * UnitEconomics.cacPayback(cac, Money.parse("CNY 500"), 0.6)
 *         .doubleValue();                                             // 10.0 months = 3000 ÷ 300
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class UnitEconomics {

    private UnitEconomics() {
    }

    /**
     * Returns LTV ÷ CAC.
     *
     * @param ltv the lifetime value
     * @param cac the acquisition cost
     * @return the ratio; undefined when either input is undefined or the CAC is zero
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     */
    public static Ratio ltvToCac(Ltv ltv, Cac cac) {
        Objects.requireNonNull(ltv, "ltv");
        Objects.requireNonNull(cac, "cac");
        Money.zero(ltv.currency()).checkSameCurrency(cac.spend());
        BigDecimal cacAmount = cac.toOptional().map(Money::amount).orElse(BigDecimal.ZERO);
        if (!ltv.isDefined()) {
            return Ratio.undefined(BigDecimal.ZERO, cacAmount, "LTV is undefined: " + ltv.undefinedReason().orElseThrow());
        }
        BigDecimal ltvAmount = ltv.value().amount();
        if (!cac.isDefined()) {
            return Ratio.undefined(ltvAmount, BigDecimal.ZERO, "CAC is undefined: " + cac.undefinedReason().orElseThrow());
        }
        if (cacAmount.signum() == 0) {
            return Ratio.undefined(ltvAmount, cacAmount, "CAC is zero: LTV:CAC is unbounded");
        }
        return Ratio.of(ltv.value(), cac.value());
    }

    /**
     * Returns the CAC payback in periods of the ARPU: {@code CAC ÷ (ARPU × grossMargin)}.
     *
     * @param cac the acquisition cost
     * @param arpuPerPeriod average revenue per user per period (monthly for months), not
     *     negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @return the periods to pay back; undefined when the CAC is undefined or
     *     {@code ARPU × grossMargin} is zero
     * @throws IllegalArgumentException if the ARPU is negative or the margin out of range
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     */
    public static Ratio cacPayback(Cac cac, Money arpuPerPeriod, double grossMargin) {
        return cacPayback(cac, arpuPerPeriod, Checks.decimal(grossMargin, "grossMargin"));
    }

    /**
     * Returns the CAC payback in periods of the ARPU: {@code CAC ÷ (ARPU × grossMargin)}.
     *
     * @param cac the acquisition cost
     * @param arpuPerPeriod average revenue per user per period (monthly for months), not
     *     negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @return the periods to pay back; undefined when the CAC is undefined or
     *     {@code ARPU × grossMargin} is zero
     * @throws IllegalArgumentException if the ARPU is negative or the margin out of range
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     */
    public static Ratio cacPayback(Cac cac, Money arpuPerPeriod, BigDecimal grossMargin) {
        Objects.requireNonNull(cac, "cac");
        Objects.requireNonNull(arpuPerPeriod, "arpuPerPeriod");
        cac.spend().checkSameCurrency(arpuPerPeriod);
        Checks.nonNegative(arpuPerPeriod, "arpuPerPeriod");
        BigDecimal margin = Checks.inUnitInterval(grossMargin, "grossMargin").stripTrailingZeros();
        BigDecimal perPeriod = arpuPerPeriod.amount().multiply(margin);
        if (!cac.isDefined()) {
            return Ratio.undefined(BigDecimal.ZERO, perPeriod, "CAC is undefined: " + cac.undefinedReason().orElseThrow());
        }
        BigDecimal cacAmount = cac.value().amount();
        if (perPeriod.signum() == 0) {
            return Ratio.undefined(cacAmount, perPeriod,
                    "margin per customer per period is zero: the CAC is never paid back");
        }
        return Ratio.of(cacAmount, perPeriod);
    }
}
