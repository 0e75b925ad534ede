package io.kpikit.attainment;

/**
 * The band an attainment rate falls in, as assigned by {@link StatusBands}.
 *
 * <p>Bands are read on an attainment rate, which every {@link AttainmentConvention} already
 * normalises so that more is better; a cost KPI under its target is therefore
 * {@link #EXCEEDED} or {@link #MET}, never {@link #MISSED}. An undefined attainment is
 * {@link #UNDEFINED}, never a guess.
 */
public enum AttainmentStatus {

    /** At or above the "exceeded" threshold (110% by default). */
    EXCEEDED,

    /** At or above the "met" threshold (100% by default) and below "exceeded". */
    MET,

    /** At or above the "at risk" threshold (90% by default) and below "met". */
    AT_RISK,

    /** Below the "at risk" threshold. */
    MISSED,

    /** The attainment is undefined (a zero target, say), so no band applies. */
    UNDEFINED
}
