package io.kpikit.review;

import io.kpikit.core.Money;
import java.math.BigDecimal;
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
 * that span parts: the currency has a minor unit (not XAU, say); every amount of money is in
 * {@code currency} with at most its minor-unit decimals ({@code CNY 1.005} is rejected at its
 * own field, trailing zeros do not count); KPI names and channel names are unique; inline
 * attribution paths are valid ({@link AttributionInput#toPathSet}). Errors are
 * {@link ReviewInputException}s whose {@link ReviewInputException#path() path} is the place
 * of the offending value from here, such as {@code budget/lines/2/actual}. A CSV of paths or
 * of funnel events is read only when the report is made (the JSON reader reads it while
 * reading the document).
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
     *     name repeats, the currency has no minor unit, an amount is in another currency or has
     *     more decimals than its minor unit or does not fit a {@code long} of minor units
     *     (&plusmn;CNY 92233720368547758.07), the gross margin has more decimals than ARPU × margin may
     *     have as an amount, or an inline path is invalid
     * @throws NullPointerException if {@code organisation}, {@code period}, {@code currency} or
     *     a list element is null
     */
    public ReviewDocument {
        Fields.text(organisation, "organisation", "");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new ReviewInputException("currency", "currency must have a minor unit (ISO 4217 digits), was "
                    + currency.getCurrencyCode());
        }
        kpis = kpis == null ? null : Fields.nonEmptyList(kpis, "kpis", "");
        channels = channels == null ? null : Fields.nonEmptyList(channels, "channels", "");
        if (kpis != null) {
            unique(kpis.stream().map(KpiInput::name).toList(), "kpis", "kpi");
        }
        if (channels != null) {
            unique(channels.stream().map(ChannelInput::name).toList(), "channels", "channel");
            long newCustomers = 0;
            for (int i = 0; i < channels.size(); i++) {
                ChannelInput c = channels.get(i);
                String item = Fields.item("channel", c.name());
                Fields.inCurrency(c.spend(), currency, Fields.at("channels", i, "spend"), item);
                Fields.inCurrency(c.revenue(), currency, Fields.at("channels", i, "revenue"), item);
                Fields.inCurrency(c.grossProfit(), currency, Fields.at("channels", i, "grossProfit"), item);
                if (c.newCustomers() != null) {
                    if (newCustomers > Long.MAX_VALUE - c.newCustomers()) {
                        throw new ReviewInputException(Fields.at("channels", i, "newCustomers"), "newCustomers of all"
                                + " channels must sum to at most " + Long.MAX_VALUE + ", was " + c.newCustomers() + item);
                    }
                    newCustomers += c.newCustomers();
                }
            }
        }
        if (budget != null) {
            for (int i = 0; i < budget.lines().size(); i++) {
                BudgetLineInput line = budget.lines().get(i);
                String item = Fields.item("budget line", line.path());
                Fields.inCurrency(line.budget(), currency, Fields.at("budget", "lines", i, "budget"), item);
                Fields.inCurrency(line.actual(), currency, Fields.at("budget", "lines", i, "actual"), item);
                for (String part : List.of("monthlyPlan", "monthlyActual")) {
                    List<Money> amounts = part.equals("monthlyPlan") ? line.monthlyPlan() : line.monthlyActual();
                    for (int m = 0; amounts != null && m < amounts.size(); m++) {
                        Fields.inCurrency(amounts.get(m), currency, Fields.at("budget", "lines", i, part, m), item);
                    }
                }
            }
        }
        if (customers != null) {
            Fields.inCurrency(customers.revenue(), currency, Fields.at("customers", "revenue"), "");
            Fields.inCurrency(customers.acquisitionSpend(), currency, Fields.at("customers", "acquisitionSpend"), "");
            margin(customers.grossMargin(), currency);
        }
        if (attribution != null && attribution.paths() != null) {
            try {
                attribution.toPathSet(currency, Path.of(""));
            } catch (ReviewInputException e) {
                throw e.under("attribution");
            }
        }
    }

    /**
     * Requires a gross margin with at most as many decimals as ARPU × margin may have as an
     * amount: 64 (an amount's limit) less the currency's minor unit digits, ARPU's scale. Trailing
     * zeros do not count.
     */
    private static void margin(BigDecimal margin, Currency currency) {
        int digits = Fields.MONEY_MAX_SCALE - currency.getDefaultFractionDigits();
        if (margin != null && margin.scale() > digits && margin.stripTrailingZeros().scale() > digits) {
            throw new ReviewInputException(Fields.at("customers", "grossMargin"), "grossMargin must have at most "
                    + digits + " decimal places (so that ARPU in " + currency.getCurrencyCode() + " × grossMargin is an"
                    + " amount, at most " + Fields.MONEY_MAX_SCALE + "), was " + Fields.show(margin));
        }
    }

    private static void unique(List<String> names, String field, String kind) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                throw new ReviewInputException(Fields.at(field, i, "name"), kind + " names must be unique, was \""
                        + names.get(i) + "\" twice");
            }
        }
    }
}
