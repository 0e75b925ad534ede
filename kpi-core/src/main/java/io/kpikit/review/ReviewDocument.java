package io.kpikit.review;

import io.kpikit.core.Money;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The input of an annual review: who and when, the currency, and the figures of each area.
 *
 * <p>Only {@code organisation}, {@code period} and {@code currency} are required. Every other
 * section may be absent (null), and then the matching section of the {@link ReviewReport} is
 * absent too, never filled with zeros. A present list section ({@code kpis},
 * {@code channels}) must not be empty.
 *
 * <p>Validation happens at construction, in each part's constructor and here for the rules
 * that span parts: every amount of money is in {@code currency}; KPI names and channel names
 * are unique; inline attribution paths are valid ({@link AttributionInput#toPathSet}). Errors
 * are {@link ReviewInputException}s whose {@link ReviewInputException#field() field} is the
 * path of the offending value from here, such as {@code budget/lines/2/actual}. A CSV of paths
 * is read only when the report is made.
 *
 * <pre>{@code
 * ReviewDocument doc = new ReviewDocument("Acme", new ReviewPeriod("FY2024", 2024, null, null),
 *         Currency.getInstance("CNY"), kpis, budget, channels, customers, null, funnel, null);
 * ReviewReport report = ReviewReport.of(doc);
 * }</pre>
 *
 * @param organisation the organisation reviewed
 * @param period the period reviewed
 * @param currency the currency of every amount
 * @param kpis the KPIs, names unique, or null
 * @param budget the budget lines, or null
 * @param channels the marketing channels, names unique, or null
 * @param customers the customer figures, or null
 * @param market the market figures, or null
 * @param funnel the conversion funnel, or null
 * @param attribution the attribution paths and models, or null
 */
public record ReviewDocument(String organisation, ReviewPeriod period, Currency currency, List<KpiInput> kpis,
        BudgetInput budget, List<ChannelInput> channels, CustomerInput customers, MarketInput market,
        FunnelInput funnel, AttributionInput attribution) {

    /**
     * Validates the document and copies the lists.
     *
     * @param organisation the organisation reviewed
     * @param period the period reviewed
     * @param currency the currency of every amount
     * @param kpis the KPIs, names unique, or null
     * @param budget the budget lines, or null
     * @param channels the marketing channels, names unique, or null
     * @param customers the customer figures, or null
     * @param market the market figures, or null
     * @param funnel the conversion funnel, or null
     * @param attribution the attribution paths and models, or null
     * @throws ReviewInputException if the organisation is blank, a list section is empty, a
     *     name repeats, an amount is in another currency, or an inline path is invalid
     * @throws NullPointerException if {@code organisation}, {@code period}, {@code currency} or
     *     a list element is null
     */
    public ReviewDocument {
        Fields.text(organisation, "organisation", "");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        kpis = kpis == null ? null : Fields.nonEmptyList(kpis, "kpis", "");
        channels = channels == null ? null : Fields.nonEmptyList(channels, "channels", "");
        if (kpis != null) {
            unique(kpis.stream().map(KpiInput::name).toList(), "kpis", "kpi");
        }
        if (channels != null) {
            unique(channels.stream().map(ChannelInput::name).toList(), "channels", "channel");
            for (int i = 0; i < channels.size(); i++) {
                ChannelInput c = channels.get(i);
                String at = "channels/" + i + "/";
                String item = Fields.item("channel", c.name());
                same(currency, c.spend(), at + "spend", item);
                same(currency, c.revenue(), at + "revenue", item);
                same(currency, c.grossProfit(), at + "grossProfit", item);
            }
        }
        if (budget != null) {
            for (int i = 0; i < budget.lines().size(); i++) {
                BudgetLineInput line = budget.lines().get(i);
                String at = "budget/lines/" + i + "/";
                String item = Fields.item("budget line", line.path());
                same(currency, line.budget(), at + "budget", item);
                same(currency, line.actual(), at + "actual", item);
                for (String part : List.of("monthlyPlan", "monthlyActual")) {
                    List<Money> amounts = part.equals("monthlyPlan") ? line.monthlyPlan() : line.monthlyActual();
                    for (int m = 0; amounts != null && m < amounts.size(); m++) {
                        same(currency, amounts.get(m), at + part + "/" + m, item);
                    }
                }
            }
        }
        if (customers != null) {
            same(currency, customers.revenue(), "customers/revenue", "");
            same(currency, customers.acquisitionSpend(), "customers/acquisitionSpend", "");
        }
        if (attribution != null && attribution.paths() != null) {
            try {
                attribution.toPathSet(currency, Path.of(""));
            } catch (ReviewInputException e) {
                throw e.under("attribution");
            }
        }
    }

    private static void unique(List<String> names, String field, String kind) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                throw new ReviewInputException(field + "/" + i + "/name", kind + " names must be unique, was \""
                        + names.get(i) + "\" twice");
            }
        }
    }

    private static void same(Currency currency, Money amount, String field, String item) {
        if (amount != null && !amount.currency().equals(currency)) {
            String name = field.substring(field.lastIndexOf('/') + 1);
            throw new ReviewInputException(field, name + " must be in " + currency.getCurrencyCode()
                    + " (the document's currency), was " + amount + item);
        }
    }
}
