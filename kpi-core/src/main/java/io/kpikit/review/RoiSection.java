package io.kpikit.review;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.List;
import java.util.Objects;

/**
 * The ROI section of a review report: the channels ranked by ROAS (highest first, ties by name,
 * undefined last) and the totals.
 *
 * <pre>{@code
 * report.roi().channels().get(0).roasNotation();   // "1:4.2"
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param totalSpend the spend of all channels
 * @param totalRevenue the revenue of all channels
 * @param roas total revenue ÷ total spend
 * @param roasNotation the overall ROAS as "1:x", or null when undefined
 * @param roi (total revenue − total spend) ÷ total spend
 * @param channels the channels, by ROAS
 */
public record RoiSection(Money totalSpend, Money totalRevenue, Ratio roas, String roasNotation, Ratio roi,
        List<RoiRow> channels) {

    /**
     * Checks the components and copies the lists.
     *
     * @param totalSpend the spend of all channels
     * @param totalRevenue the revenue of all channels
     * @param roas total revenue ÷ total spend
     * @param roasNotation the overall ROAS as "1:x", or null when undefined
     * @param roi (total revenue − total spend) ÷ total spend
     * @param channels the channels, by ROAS
     * @throws NullPointerException if a required component is null
     */
    public RoiSection {
        Objects.requireNonNull(totalSpend, "totalSpend");
        Objects.requireNonNull(totalRevenue, "totalRevenue");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(roi, "roi");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
    }
}
