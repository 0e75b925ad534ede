package io.kpikit.attainment;

import static io.kpikit.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Ratio;
import org.junit.jupiter.api.Test;

class StatusBandsTest {

    private final StatusBands bands = StatusBands.DEFAULT;

    @Test
    void defaultBandsWithInclusiveLowerBounds() {
        assertEquals(AttainmentStatus.EXCEEDED, bands.status(Ratio.of(110, 100)));
        assertEquals(AttainmentStatus.MET, bands.status(Ratio.of(10999, 10000)));
        assertEquals(AttainmentStatus.MET, bands.status(Ratio.of(100, 100)));
        assertEquals(AttainmentStatus.AT_RISK, bands.status(Ratio.of(98, 100)));
        assertEquals(AttainmentStatus.AT_RISK, bands.status(Ratio.of(90, 100)));
        assertEquals(AttainmentStatus.MISSED, bands.status(Ratio.of(8999, 10000)));
        assertEquals(AttainmentStatus.MISSED, bands.status(Ratio.of(-5, 100)));
    }

    @Test
    void boundaryIsComparedExactly() {
        // 99/110 = 0.9 exactly: compared as 99 >= 0.9 * 110, with no rounded quotient
        assertEquals(AttainmentStatus.AT_RISK, bands.status(Ratio.of(99, 110)));
        // 1/3 = 0.333... is below 0.34
        assertEquals(AttainmentStatus.MISSED, StatusBands.of(0.34, 0.5, 0.6).status(Ratio.of(1, 3)));
        // a negative denominator: -95/-100 = 0.95
        assertEquals(AttainmentStatus.AT_RISK, bands.status(Ratio.of(-95, -100)));
        assertEquals(AttainmentStatus.MISSED, bands.status(Ratio.of(95, -100)));
    }

    @Test
    void undefinedAttainmentIsUndefinedStatus() {
        assertEquals(AttainmentStatus.UNDEFINED, bands.status(Ratio.of(5, 0)));
        assertEquals(AttainmentStatus.UNDEFINED, bands.status(Attainment.of(5, 0, LOWER_IS_BETTER)));
    }

    @Test
    void conventionsAlreadyNormaliseDirection() {
        // CAC 95 against 100: 1 + 5/100 = 1.05, met; CAC 105: 0.95, at risk; CAC 85: 1.15, exceeded
        assertEquals(AttainmentStatus.MET, bands.status(Attainment.of(95, 100, LOWER_IS_BETTER)));
        assertEquals(AttainmentStatus.AT_RISK, bands.status(Attainment.of(105, 100, LOWER_IS_BETTER)));
        assertEquals(AttainmentStatus.EXCEEDED, bands.status(Attainment.of(85, 100, LOWER_IS_BETTER)));
    }

    @Test
    void customBands() {
        StatusBands custom = StatusBands.of(0.8, 1.0, 1.2);
        assertEquals(AttainmentStatus.MET, custom.status(Ratio.of(115, 100)));
        assertEquals(AttainmentStatus.AT_RISK, custom.status(Ratio.of(85, 100)));
        assertEquals("at risk >= 0.8, met >= 1.0, exceeded >= 1.2", custom.toString());
        assertEquals(StatusBands.DEFAULT, StatusBands.of(0.9, 1.0, 1.1));
        assertEquals(StatusBands.DEFAULT.hashCode(), StatusBands.of(0.9, 1.0, 1.1).hashCode());
    }

    @Test
    void thresholdsMustBeFiniteAndStrictlyAscending() {
        assertEquals("met must be > atRisk (1.0), was 1.0", assertThrows(IllegalArgumentException.class,
                () -> StatusBands.of(1.0, 1.0, 1.1)).getMessage());
        assertEquals("exceeded must be > met (1.0), was 0.95", assertThrows(IllegalArgumentException.class,
                () -> StatusBands.of(0.9, 1.0, 0.95)).getMessage());
        assertEquals("exceeded must be a finite number, was Infinity", assertThrows(IllegalArgumentException.class,
                () -> StatusBands.of(0.9, 1.0, Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("atRisk must be a finite number, was NaN", assertThrows(IllegalArgumentException.class,
                () -> StatusBands.of(Double.NaN, 1.0, 1.1)).getMessage());
    }
}
