package io.kpikit.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The annual-review report of a {@link ReviewDocument}: one section per area, each computed
 * with that area's API, and the non-fatal findings.
 *
 * <p>Sections, each null when the document has no input for it:
 * <ul>
 *   <li>{@code attainment}: every KPI against its target with its status, and the weighted
 *       scorecard (from {@code kpis}); every attainment is the level reading, the change
 *       readings of growth and points targets are given beside it ({@link KpiRow});</li>
 *   <li>{@code growth}: change from base, both readings of growth targets, and each series
 *       period over period and over the same period a year earlier (KPIs with a base or a
 *       series);</li>
 *   <li>{@code roi}: ROI, ROAS (also as "1:x"), shares of spend and revenue, by channel;</li>
 *   <li>{@code customers}: retention, churn, new-customer share, blended and paid CAC (each
 *       naming its spend), AOV, ARPU, LTV, LTV:CAC against each CAC, NPS, CSAT;</li>
 *   <li>{@code market}: share, relative share, HHI, share change in points and who lost it,
 *       competitors of either period;</li>
 *   <li>{@code funnel}: step and overall conversion with Wilson intervals, the bottleneck, from
 *       stage counts or an events CSV;</li>
 *   <li>{@code budget}: every line and node of the category tree against budget, the
 *       monthly phasing, and the split of the cost lines by each tag key;</li>
 *   <li>{@code attribution}: every model side by side.</li>
 * </ul>
 * The components are core value types ({@link io.kpikit.core.Money},
 * {@link io.kpikit.core.Ratio}, {@link io.kpikit.core.Figure},
 * {@link io.kpikit.core.PointChange}), enums, strings, numbers and records of those, so the
 * report serialises as a flat, stable JSON shape. Every ratio carries its numerator and
 * denominator. A figure that cannot be computed (a denominator of zero) is an undefined ratio
 * or figure, or a null value with a reason, and a {@link ReviewWarning} of its section covers
 * it: one warning per cause, so a channel with no spend has one warning for its ROAS that also
 * covers its ROI. Inputs that need a look are warned about too: a KPI without a target, a
 * budget line with a zero budget, an HHI that counts an "others" bucket as one firm, a
 * competitor of only one period, paths without non-converting journeys.
 *
 * <pre>{@code
 * ReviewReport report = ReviewReport.of(document);
 * report.budget().tree().get(0).executionRate();   // 9,500,000 / 10,000,000 = 0.95
 * report.roi().channels().get(0).roasNotation();   // "1:4.2"
 * report.funnel().overallConversion();             // 50,000 / 1,000,000 = 0.05
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation the organisation reviewed
 * @param period the period's label
 * @param start the first day of the period, ISO-8601 ({@code 2024-01-01})
 * @param end the last day of the period, ISO-8601
 * @param currency the currency code of every amount
 * @param attainment the attainment section, or null without KPIs
 * @param growth the growth section, or null without a KPI with a base or a series
 * @param roi the ROI section, or null without channels
 * @param customers the customer section, or null without customer figures
 * @param market the market section, or null without market figures
 * @param funnel the funnel section, or null without a funnel
 * @param budget the budget section, or null without budget lines
 * @param attribution the attribution section, or null without attribution paths
 * @param warnings the non-fatal findings, in section order
 */
public record ReviewReport(String organisation, String period, String start, String end, String currency,
        AttainmentSection attainment, GrowthSection growth, RoiSection roi, CustomerSection customers,
        MarketSection market, FunnelSection funnel, BudgetSection budget, AttributionSection attribution,
        List<ReviewWarning> warnings) {

    /**
     * Checks the header and copies the warnings.
     *
     * @param organisation the organisation reviewed
     * @param period the period's label
     * @param start the first day of the period, ISO-8601
     * @param end the last day of the period, ISO-8601
     * @param currency the currency code of every amount
     * @param attainment the attainment section, or null
     * @param growth the growth section, or null
     * @param roi the ROI section, or null
     * @param customers the customer section, or null
     * @param market the market section, or null
     * @param funnel the funnel section, or null
     * @param budget the budget section, or null
     * @param attribution the attribution section, or null
     * @param warnings the non-fatal findings
     * @throws NullPointerException if a header field or {@code warnings} is null
     */
    public ReviewReport {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(currency, "currency");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /**
     * Computes the report, reading an attribution CSV or events CSV (if any) relative to the
     * working directory.
     *
     * @param document the review document
     * @return the report
     * @throws ReviewInputException if the attribution CSV or the funnel's events CSV is
     *     invalid (field {@code attribution/csv} or {@code funnel/events})
     * @throws java.io.UncheckedIOException if a CSV cannot be read
     * @throws NullPointerException if {@code document} is null
     */
    public static ReviewReport of(ReviewDocument document) {
        return of(document, Path.of(""));
    }

    /**
     * Computes the report, resolving a relative attribution CSV or events CSV against
     * {@code baseDirectory} (the directory of the document file, say).
     *
     * @param document the review document
     * @param baseDirectory the directory a relative {@code attribution.csv} or
     *     {@code funnel.events} is resolved against
     * @return the report
     * @throws ReviewInputException if the attribution CSV or the funnel's events CSV is
     *     invalid (field {@code attribution/csv} or {@code funnel/events})
     * @throws java.io.UncheckedIOException if a CSV cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static ReviewReport of(ReviewDocument document, Path baseDirectory) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        ReviewDocument d = document;
        Warnings w = new Warnings();
        AttainmentSection attainment = d.kpis() == null ? null : AttainmentSections.attainment(d.kpis(), w);
        GrowthSection growth = d.kpis() == null ? null : AttainmentSections.growth(d.kpis(), w);
        RoiSection roi = d.channels() == null ? null : MoneySections.roi(d.channels(), d.currency(), w);
        CustomerSection customers = d.customers() == null ? null
                : MoneySections.customers(d.customers(), d.channels(), d.budget(), d.currency(), w);
        MarketSection market = d.market() == null ? null : MarketFunnelSections.market(d.market(), w);
        FunnelSection funnel = d.funnel() == null ? null : MarketFunnelSections.funnel(d.funnel(), baseDirectory, w);
        BudgetSection budget = d.budget() == null ? null : BudgetSections.budget(d.budget(), w);
        AttributionSection attribution = d.attribution() == null ? null
                : AttributionSections.attribution(d.attribution(), d.currency(), baseDirectory, w);
        return new ReviewReport(d.organisation(), d.period().label(), d.period().firstDay().toString(),
                d.period().lastDay().toString(), d.currency().getCurrencyCode(), attainment, growth, roi, customers,
                market, funnel, budget, attribution, w.toList());
    }
}
