package io.kpikit.market;

/**
 * A market-concentration band of the HHI, as named by the merger guidelines in
 * {@link HhiGuidelines}.
 */
public enum Concentration {

    /** Below the lower threshold of a guideline with three bands. */
    UNCONCENTRATED,

    /** Between the two thresholds, both included, of a guideline with three bands. */
    MODERATELY_CONCENTRATED,

    /** Above the upper threshold. */
    HIGHLY_CONCENTRATED,

    /**
     * At or below the only threshold of a guideline that defines just "highly concentrated"
     * (the 2023 Merger Guidelines).
     */
    NOT_HIGHLY_CONCENTRATED
}
