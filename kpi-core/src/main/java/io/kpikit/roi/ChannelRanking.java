package io.kpikit.roi;

/**
 * What {@link ChannelTable#ranking(ChannelRanking)} orders channels by, highest first.
 *
 * <p>Because a channel table's ROI uses revenue as the return, {@code ROI = ROAS − 1} and
 * {@link #ROAS} and {@link #ROI} give the same order; both are offered so that a report can
 * say which figure it ranked by.
 */
public enum ChannelRanking {

    /** By revenue ÷ cost; channels with zero cost (undefined ROAS) come last. */
    ROAS,

    /** By (revenue − cost) ÷ cost; channels with zero cost (undefined ROI) come last. */
    ROI,

    /** By cost. */
    SPEND,

    /** By revenue. */
    REVENUE
}
