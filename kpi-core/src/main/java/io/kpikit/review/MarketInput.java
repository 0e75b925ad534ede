package io.kpikit.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The market figures of a {@link ReviewDocument}: the own sales and each competitor's, this
 * period and optionally the period before, in one unit (money or volume).
 *
 * <p>The players must cover the market (put the rest in an {@code "others"} competitor): shares
 * are taken of the players' total. With last period's figures the report shows the share
 * change in points and which competitors the share was taken from.
 *
 * <pre>{@code
 * // 26,000 of 100,000 units this year, 20,000 of 100,000 last year: +6 pts
 * new MarketInput("units", "us", new BigDecimal("26000"), Map.of("A", new BigDecimal("74000")),
 *         new BigDecimal("20000"), Map.of("A", new BigDecimal("80000")));
 * }</pre>
 *
 * @param unit the unit of the sales figures, such as {@code "units"} or {@code "CNY"}, or null
 * @param own the own player's name
 * @param ownSales the own sales this period, {@code >= 0}
 * @param competitors each competitor's sales this period, {@code >= 0}
 * @param ownSalesLastPeriod the own sales last period, or null; given together with
 *     {@code competitorsLastPeriod}
 * @param competitorsLastPeriod each competitor's sales last period, or null
 */
public record MarketInput(String unit, String own, BigDecimal ownSales, Map<String, BigDecimal> competitors,
        BigDecimal ownSalesLastPeriod, Map<String, BigDecimal> competitorsLastPeriod) {

    /**
     * Validates the figures and copies the maps (sorted by name).
     *
     * @param unit the unit of the sales figures, or null
     * @param own the own player's name
     * @param ownSales the own sales this period, {@code >= 0}
     * @param competitors each competitor's sales this period, {@code >= 0}
     * @param ownSalesLastPeriod the own sales last period, or null
     * @param competitorsLastPeriod each competitor's sales last period, or null
     * @throws ReviewInputException if a name is blank or is the own name, a figure is negative,
     *     or only one of the two last-period parts is given
     * @throws NullPointerException if {@code own}, {@code ownSales}, {@code competitors} or a
     *     figure is null
     */
    public MarketInput {
        Fields.text(own, "own", "");
        Fields.nonNegative(Objects.requireNonNull(ownSales, "ownSales"), "ownSales", "");
        competitors = Fields.map(Objects.requireNonNull(competitors, "competitors"), "competitors");
        competitorsLastPeriod = Fields.map(competitorsLastPeriod, "competitorsLastPeriod");
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
    }

    private static void checkPlayers(String own, Map<String, BigDecimal> players, String field) {
        for (Map.Entry<String, BigDecimal> e : players.entrySet()) {
            String name = e.getKey();
            if (name.isBlank() || name.equals(own)) {
                throw new ReviewInputException(field + "/" + name, "competitor name must be non-blank and differ from own (\""
                        + own + "\"), was \"" + name + "\"");
            }
            Fields.nonNegative(e.getValue(), field + "/" + name, "");
        }
    }
}
