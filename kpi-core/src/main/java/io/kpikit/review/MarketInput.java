package io.kpikit.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The market figures of a {@link ReviewDocument}: the own sales and each competitor's, this
 * period and optionally the period before, in one unit (money or volume).
 *
 * <p>The players must cover the market: shares are taken of the players' total, so put the
 * rest of the market in one competitor, such as {@code "others"}, and name it in
 * {@code others}. The market APIs count every player as one firm, so the HHI counts that bucket
 * as a single firm and overstates concentration: the report keeps the HHI as computed and warns
 * that it is an upper bound, giving the bucket's part of it. With last period's figures the
 * report shows the share change in points and which competitors the share was taken from; a
 * competitor present in only one of the two periods had no sales in the other.
 *
 * <pre>{@code
 * // 26,000 of 100,000 units this year, 20,000 of 100,000 last year: +6 pts
 * new MarketInput("units", "us", new BigDecimal("26000"), Map.of("A", new BigDecimal("74000")),
 *         new BigDecimal("20000"), Map.of("A", new BigDecimal("80000")), null);
 * }</pre>
 *
 * @param unit the unit of the sales figures, such as {@code "units"} or {@code "CNY"}, or null
 * @param own the own player's name
 * @param ownSales the own sales this period, {@code >= 0}
 * @param competitors each competitor's sales this period, {@code >= 0}
 * @param ownSalesLastPeriod the own sales last period, or null; given together with
 *     {@code competitorsLastPeriod}
 * @param competitorsLastPeriod each competitor's sales last period, or null
 * @param others the name of the competitor that stands for the rest of the market (many small
 *     firms), or null when every competitor is one firm
 */
public record MarketInput(String unit, String own, BigDecimal ownSales, Map<String, BigDecimal> competitors,
        BigDecimal ownSalesLastPeriod, Map<String, BigDecimal> competitorsLastPeriod, String others) {

    /**
     * Validates the figures and copies the maps (sorted by name).
     *
     * @param unit the unit of the sales figures, or null
     * @param own the own player's name
     * @param ownSales the own sales this period, {@code >= 0}
     * @param competitors each competitor's sales this period, {@code >= 0}
     * @param ownSalesLastPeriod the own sales last period, or null
     * @param competitorsLastPeriod each competitor's sales last period, or null
     * @param others the competitor that stands for the rest of the market, or null
     * @throws ReviewInputException if a name is blank or is the own name, a figure is missing or
     *     negative, only one of the two last-period parts is given, or {@code others} is not a
     *     competitor of either period; a competitor's field is {@code competitors/<name>} with
     *     the name as one segment
     * @throws NullPointerException if {@code own}, {@code ownSales} or {@code competitors} is null
     */
    public MarketInput {
        Fields.text(own, "own", "");
        Fields.nonNegative(Objects.requireNonNull(ownSales, "ownSales"), "ownSales", "");
        competitors = Fields.map(Objects.requireNonNull(competitors, "competitors"), "competitors", "");
        competitorsLastPeriod = Fields.map(competitorsLastPeriod, "competitorsLastPeriod", "");
        if ((ownSalesLastPeriod == null) != (competitorsLastPeriod == null)) {
            throw new ReviewInputException(ownSalesLastPeriod == null ? "ownSalesLastPeriod" : "competitorsLastPeriod",
                    "ownSalesLastPeriod and competitorsLastPeriod must be given together, was only "
                            + (ownSalesLastPeriod == null ? "competitorsLastPeriod" : "ownSalesLastPeriod"));
        }
        Fields.nonNegative(ownSalesLastPeriod, "ownSalesLastPeriod", "");
        checkPlayers(own, competitors, "competitors");
        if (competitorsLastPeriod != null) {
            checkPlayers(own, competitorsLastPeriod, "competitorsLastPeriod");
        }
        if (others != null && !competitors.containsKey(others)
                && (competitorsLastPeriod == null || !competitorsLastPeriod.containsKey(others))) {
            throw new ReviewInputException("others", "others must name a competitor " + competitors.keySet()
                    + ", was \"" + others + "\"");
        }
    }

    private static void checkPlayers(String own, Map<String, BigDecimal> players, String field) {
        for (Map.Entry<String, BigDecimal> e : players.entrySet()) {
            String name = e.getKey();
            if (name.isBlank() || name.equals(own)) {
                throw new ReviewInputException(Fields.at(field, name), "competitor name must be non-blank and differ"
                        + " from own (\"" + own + "\"), was \"" + name + "\"");
            }
            Fields.nonNegative(e.getValue(), Fields.at(field, name), "");
        }
    }
}
