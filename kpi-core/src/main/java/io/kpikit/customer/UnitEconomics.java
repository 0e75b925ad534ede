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
 *   <li>{@link #ltvToCac LTV:CAC} {@code = LTV ÷ CAC = LTV × newCustomers ÷ spend}, a
 *       {@link Ratio} whose numerator is the lifetime value of the acquired customers
 *       ({@code LTV × newCustomers}) and whose denominator is the acquisition spend (3 means
 *       "1:3", a customer is worth three times what they cost).</li>
 *   <li>{@link #cacPayback CAC payback} {@code = CAC ÷ (ARPU × gross margin)
 *       = spend ÷ (newCustomers × ARPU × gross margin)}: the number of periods of gross
 *       margin needed to earn the CAC back; with monthly ARPU, months.</li>
 * </ul>
 * Both are computed from the exact inputs, never from the rounded {@link Cac#value()} or
 * {@link Ltv#value()}: in JPY, {@code Cac.blended(JPY 1000, 3)} shows {@code JPY 333}, yet an
 * LTV of {@code JPY 1000} gives an LTV:CAC of exactly {@code 1000 × 3 ÷ 1000 = 3} (not
 * {@code 1000 ÷ 333 = 3.003}) and an ARPU of {@code JPY 100} a payback of
 * {@code 1000 ÷ 300 = 3.333…} periods (not 3.33). When the unrounded LTV is not a terminating
 * decimal ({@code 100 ÷ 0.03}), the LTV:CAC numerator and denominator are both multiplied by
 * the LTV's divisor ({@code 100 × 3} over {@code 0.03 × 1000}), so the ratio stays exact.
 *
 * <p>Both are undefined (never infinite) when an input is undefined or the denominator is
 * zero, with a reason: a CAC of zero gives no LTV:CAC, and a customer who brings no margin
 * never pays back.
 *
 * <pre>{@code
 * Cac cac = Cac.blended(Money.parse("CNY 1200000"), 400);             // CNY 3000.00
 * UnitEconomics.ltvToCac(Ltv.simple(Money.parse("CNY 500"), 0.6, 0.05), cac)
 *         .doubleValue();                                   // 2.0 = 6000 × 400 ÷ 1200000
 * UnitEconomics.cacPayback(cac, Money.parse("CNY 500"), 0.6)
 *         .doubleValue();                                   // 10.0 months = 1200000 ÷ (400 × 300)
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class UnitEconomics {

    private UnitEconomics() {
    }

    /**
     * Returns LTV ÷ CAC, computed exactly as {@code LTV × newCustomers ÷ spend} from the
     * unrounded LTV and the CAC's spend and customer count.
     *
     * @param ltv the lifetime value
     * @param cac the acquisition cost
     * @return the ratio (numerator {@code LTV × newCustomers}, denominator the spend); undefined
     *     when either input is undefined or the spend is zero
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     */
    public static Ratio ltvToCac(Ltv ltv, Cac cac) {
        Objects.requireNonNull(ltv, "ltv");
        Objects.requireNonNull(cac, "cac");
        Money.zero(ltv.currency()).checkSameCurrency(cac.spend());
        BigDecimal spend = cac.spend().amount();
        if (!ltv.isDefined()) {
            return Ratio.undefined(BigDecimal.ZERO, spend, "LTV is undefined: " + ltv.undefinedReason().orElseThrow());
        }
        if (!cac.isDefined()) {
            return Ratio.undefined(BigDecimal.ZERO, spend, "CAC is undefined: " + cac.undefinedReason().orElseThrow());
        }
        BigDecimal customers = BigDecimal.valueOf(cac.newCustomers());
        BigDecimal numerator = ltv.exactNumerator().multiply(customers);
        BigDecimal denominator = ltv.exactDivisor().multiply(spend);
        BigDecimal terminating = terminatingQuotient(ltv.exactNumerator(), ltv.exactDivisor());
        if (terminating != null) {
            numerator = terminating.multiply(customers);
            denominator = spend;
        }
        if (spend.signum() == 0) {
            return Ratio.undefined(numerator, denominator, "CAC is zero: LTV:CAC is unbounded");
        }
        return Ratio.of(numerator, denominator);
    }

    /** Returns {@code a ÷ b} exactly, or null when the quotient does not terminate. */
    private static BigDecimal terminatingQuotient(BigDecimal a, BigDecimal b) {
        try {
            return a.divide(b).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return null;
        }
    }

    /**
     * Returns the CAC payback in periods of the ARPU: {@code CAC ÷ (ARPU × grossMargin)},
     * computed exactly as {@code spend ÷ (newCustomers × ARPU × grossMargin)}.
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
     * Returns the CAC payback in periods of the ARPU: {@code CAC ÷ (ARPU × grossMargin)},
     * computed exactly as {@code spend ÷ (newCustomers × ARPU × grossMargin)}.
     *
     * @param cac the acquisition cost
     * @param arpuPerPeriod average revenue per user per period (monthly for months), not
     *     negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @return the periods to pay back (numerator the spend, denominator
     *     {@code newCustomers × ARPU × grossMargin}); undefined when the CAC is undefined or
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
        BigDecimal perCustomer = arpuPerPeriod.amount().multiply(margin);
        BigDecimal spend = cac.spend().amount();
        BigDecimal allCustomers = perCustomer.multiply(BigDecimal.valueOf(cac.newCustomers()));
        if (!cac.isDefined()) {
            return Ratio.undefined(spend, allCustomers, "CAC is undefined: " + cac.undefinedReason().orElseThrow());
        }
        if (perCustomer.signum() == 0) {
            return Ratio.undefined(spend, allCustomers,
                    "margin per customer per period is zero: the CAC is never paid back");
        }
        return Ratio.of(spend, allCustomers);
    }
}
