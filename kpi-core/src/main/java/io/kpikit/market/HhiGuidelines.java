package io.kpikit.market;

import java.math.BigDecimal;

/**
 * The HHI thresholds of the US Department of Justice and Federal Trade Commission merger
 * guidelines, so that a report can say which bands it used.
 *
 * <ul>
 *   <li>{@link #US_2023}: Merger Guidelines (2023), Guideline 1 (section 2.1): a market with
 *       an HHI greater than 1,800 is highly concentrated. They define no other band, so any
 *       other HHI is {@link Concentration#NOT_HIGHLY_CONCENTRATED}.</li>
 *   <li>{@link #US_2010}: Horizontal Merger Guidelines (2010), section 5.3: below 1,500
 *       unconcentrated, 1,500 to 2,500 moderately concentrated, above 2,500 highly
 *       concentrated.</li>
 *   <li>{@link #US_1992}: Horizontal Merger Guidelines (1992, revised 1997), section 1.51:
 *       below 1,000 unconcentrated, 1,000 to 1,800 moderately concentrated, above 1,800
 *       highly concentrated. Many textbooks still quote these bands.</li>
 * </ul>
 * The thresholds themselves belong to the moderate band ("between"), as in the texts: an HHI
 * of exactly 2,500 is moderately concentrated under 2010 and 1,800 is not highly
 * concentrated under 2023. kpikit picks no default; the caller names the guideline.
 */
public enum HhiGuidelines {

    /** US DOJ/FTC Merger Guidelines 2023: highly concentrated above 1,800. */
    US_2023(null, new BigDecimal("1800")),

    /** US DOJ/FTC Horizontal Merger Guidelines 2010: 1,500 and 2,500. */
    US_2010(new BigDecimal("1500"), new BigDecimal("2500")),

    /** US DOJ/FTC Horizontal Merger Guidelines 1992/1997: 1,000 and 1,800. */
    US_1992(new BigDecimal("1000"), new BigDecimal("1800"));

    /** Below this is unconcentrated; null when the guideline has no such band. */
    private final BigDecimal lower;
    /** Above this is highly concentrated. */
    private final BigDecimal upper;

    HhiGuidelines(BigDecimal lower, BigDecimal upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Returns the threshold above which a market is highly concentrated.
     *
     * @return the upper threshold on the 0–10,000 scale
     */
    public BigDecimal highlyConcentratedAbove() {
        return upper;
    }

    /**
     * Classifies an HHI value exactly: {@code numerator / denominator} on the 0–10,000
     * scale, with a positive denominator.
     */
    Concentration classify(BigDecimal numerator, BigDecimal denominator) {
        if (numerator.compareTo(upper.multiply(denominator)) > 0) {
            return Concentration.HIGHLY_CONCENTRATED;
        }
        if (lower == null) {
            return Concentration.NOT_HIGHLY_CONCENTRATED;
        }
        return numerator.compareTo(lower.multiply(denominator)) < 0
                ? Concentration.UNCONCENTRATED
                : Concentration.MODERATELY_CONCENTRATED;
    }
}
