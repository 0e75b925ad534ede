package io.kpikit.attainment;

import static io.kpikit.attainment.AttainmentTest.assertDecimal;
import static io.kpikit.core.Direction.HIGHER_IS_BETTER;
import static io.kpikit.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void linearHalfYearBehindPace() {
        // target 1,200, 6 of 12 months: expected 1200 * 6/12 = 600; pace 540/600 = 0.9;
        // projected 540 / 0.5 = 1,080 < 1,200: not on track
        Pacing p = Pacing.of(1200, 540, Profile.equal(12), 6, HIGHER_IS_BETTER);
        assertDecimal("600", p.expectedToDate());
        assertEquals(0.9, p.pace().doubleValue());
        assertDecimal("1080", p.projected().toBigDecimal());
        assertFalse(p.isOnTrack());
        assertTrue(p.isDefined());
        assertEquals(Optional.empty(), p.undefinedReason());
    }

    @Test
    void seasonalProfileShiftsWhatIsDue() {
        // Q4-heavy year 1:1:1:2; after 2 quarters 2/5 is due: expected 1000 * 0.4 = 400;
        // YTD 420: pace 420/400 = 1.05, projected 420 / 0.4 = 1050, on track
        Pacing p = Pacing.of(1000, 420, Profile.quarterly(1, 1, 1, 2), 2, HIGHER_IS_BETTER);
        assertDecimal("400", p.expectedToDate());
        assertEquals(1.05, p.pace().doubleValue());
        assertDecimal("1050", p.projected().toBigDecimal());
        assertTrue(p.isOnTrack());
        // the same YTD against a linear profile is behind: 1000 * 0.5 = 500 expected
        assertFalse(Pacing.of(1000, 420, Profile.equal(4), 2, HIGHER_IS_BETTER).isOnTrack());
    }

    @Test
    void exactlyOnPaceIsOnTrack() {
        // 7 of 12 months: expected 1200 * 7/12 = 700; YTD 700 is exactly on track, though 7/12 does not terminate
        Pacing p = Pacing.of(1200, 700, Profile.equal(12), 7, HIGHER_IS_BETTER);
        assertTrue(p.isOnTrack());
        assertTrue(Pacing.of(1200, 700, Profile.equal(12), 7, LOWER_IS_BETTER).isOnTrack());
    }

    @Test
    void lowerIsBetterBudgetUnderPaceIsOnTrack() {
        // cost budget 1,200, spent 540 by mid-year: projected 1,080 <= 1,200, on track; pace 0.9 is not normalised
        Pacing p = Pacing.of(1200, 540, Profile.equal(12), 6, LOWER_IS_BETTER);
        assertTrue(p.isOnTrack());
        assertEquals(0.9, p.pace().doubleValue());
        assertFalse(Pacing.of(1200, 660, Profile.equal(12), 6, LOWER_IS_BETTER).isOnTrack());
    }

    @Test
    void linearByElapsedFraction() {
        // a quarter of the year gone, 300 of 1,000 done: expected 250, pace 1.2, projected 1,200
        Pacing p = Pacing.linear(1000, 300, 0.25, HIGHER_IS_BETTER);
        assertDecimal("250", p.expectedToDate());
        assertEquals(1.2, p.pace().doubleValue());
        assertDecimal("1200", p.projected().toBigDecimal());
        assertTrue(p.isOnTrack());
    }

    @Test
    void nothingDueYetIsUndefined() {
        Pacing p = Pacing.of(1200, 30, Profile.equal(12), 0, HIGHER_IS_BETTER);
        assertFalse(p.isDefined());
        String reason = "no part of the target is due yet: the elapsed share is 0";
        assertEquals(Optional.of(reason), p.undefinedReason());
        assertEquals(Optional.of(reason), p.pace().undefinedReason());
        assertEquals(Optional.of(reason), p.projected().undefinedReason());
        assertEquals("on track is undefined: " + reason,
                assertThrows(IllegalStateException.class, p::isOnTrack).getMessage());
        // a seasonal profile that puts nothing in January is also undefined after one month
        assertFalse(Pacing.of(1200, 30, Profile.quarterly(0, 1, 1, 1), 1, HIGHER_IS_BETTER).isDefined());
    }

    @Test
    void nonPositiveTargetLeavesPaceUndefinedButProjectionDefined() {
        Pacing p = Pacing.of(-100, -40, Profile.equal(4), 2, HIGHER_IS_BETTER);
        assertEquals(Optional.of("pace needs a positive target, was -100.0"), p.pace().undefinedReason());
        // projected -40 / 0.5 = -80 >= -100: a smaller loss than budgeted
        assertDecimal("-80", p.projected().toBigDecimal());
        assertTrue(p.isOnTrack());
    }

    @Test
    void moneyAndValidation() {
        Pacing p = Pacing.of(Money.parse("CNY 1200.00"), Money.parse("CNY 540.00"), Profile.equal(12), 6,
                HIGHER_IS_BETTER);
        assertEquals(0.9, p.pace().doubleValue());
        assertThrows(CurrencyMismatchException.class, () -> Pacing.of(Money.parse("CNY 1.00"),
                Money.parse("USD 1.00"), Profile.equal(12), 6, HIGHER_IS_BETTER));
        assertEquals("elapsedFraction must be in [0.0, 1.0], was 1.5", assertThrows(IllegalArgumentException.class,
                () -> Pacing.linear(1, 1, 1.5, HIGHER_IS_BETTER)).getMessage());
        assertEquals("elapsedPeriods must be in [0, 12], was 13", assertThrows(IllegalArgumentException.class,
                () -> Pacing.of(1, 1, Profile.equal(12), 13, HIGHER_IS_BETTER)).getMessage());
        assertEquals("yearToDate must be a finite number, was NaN", assertThrows(IllegalArgumentException.class,
                () -> Pacing.of(1, Double.NaN, Profile.equal(12), 1, HIGHER_IS_BETTER)).getMessage());
    }
}
