package io.kpikit.review;

import io.kpikit.budget.LineKind;
import io.kpikit.core.Money;
import io.kpikit.customer.Cac;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The blended and the paid CAC of the customer section, each with the name of the spend it used.
 *
 * <ul>
 *   <li>Blended: all marketing spend ÷ all new customers ({@link Cac#blended}). The spend is
 *       {@code customers.acquisitionSpend} when given ("acquisitionSpend"), otherwise the
 *       actual total of the budget's COST lines ("budget cost actual"); without either there
 *       is no blended CAC.</li>
 *   <li>Paid: the spend of the channels that report {@code newCustomers} ÷ the sum of those
 *       new customers ({@link Cac#paid}), so spend and customers always come from the same
 *       channels; "channels" when every channel reports new customers, otherwise the label
 *       names the channels used and a warning names the others.</li>
 * </ul>
 * Total channel spend ÷ all new customers is neither (it mixes paid spend with organic
 * customers) and is never computed. A warning says so when neither CAC is defined.
 */
record CacFigures(MoneyPerUnit blended, String blendedSpend, MoneyPerUnit paid, String paidSpend) {

    private static final String CUSTOMERS = "customers";

    static CacFigures of(CustomerInput c, List<ChannelInput> channels, BudgetInput budget, Currency currency,
            Warnings w) {
        MoneyPerUnit blended = null;
        String blendedSpend = null;
        if (c.acquisitionSpend() != null) {
            blendedSpend = "acquisitionSpend";
            blended = MoneySections.perUnit(Cac.blended(c.acquisitionSpend(), c.newCustomers()), w, CUSTOMERS,
                    "blendedCac");
        } else if (budget != null && budget.lines().stream().anyMatch(l -> l.kind() == LineKind.COST)) {
            Money spend = Money.total(currency, budget.lines().stream().filter(l -> l.kind() == LineKind.COST)
                    .map(BudgetLineInput::actual).toList());
            if (spend.isNegative()) {
                w.add(CUSTOMERS, "blendedCac", "no blended CAC: the budget's cost actual total is negative, was "
                        + spend);
            } else {
                blendedSpend = "budget cost actual";
                blended = MoneySections.perUnit(Cac.blended(spend, c.newCustomers()), w, CUSTOMERS, "blendedCac");
            }
        }
        MoneyPerUnit paid = null;
        String paidSpend = null;
        if (channels != null) {
            List<Money> spends = new ArrayList<>();
            List<String> used = new ArrayList<>();
            List<String> without = new ArrayList<>();
            long customers = 0;
            for (ChannelInput ch : channels) {
                if (ch.newCustomers() == null) {
                    without.add(ch.name());
                } else {
                    spends.add(ch.spend());
                    used.add(ch.name());
                    customers = Math.addExact(customers, ch.newCustomers());
                }
            }
            if (!used.isEmpty()) {
                paidSpend = without.isEmpty() ? "channels" : "channels " + used;
                if (!without.isEmpty()) {
                    w.add(CUSTOMERS, "paidCac", "paid CAC covers only the channels that report newCustomers " + used
                            + "; left out: " + without);
                }
                paid = MoneySections.perUnit(Cac.paid(Money.total(currency, spends), customers), w, CUSTOMERS,
                        "paidCac");
            }
        }
        if ((blended == null || blended.value() == null) && (paid == null || paid.value() == null)) {
            w.add(CUSTOMERS, "cac", "no CAC is well defined: blended CAC needs customers.acquisitionSpend or a budget"
                    + " with cost lines, and new customers; paid CAC needs channels with newCustomers");
        }
        return new CacFigures(blended, blendedSpend, paid, paidSpend);
    }
}
