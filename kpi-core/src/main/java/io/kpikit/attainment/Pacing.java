package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a year-to-date actual is on pace for an annual target, given how much of the target is
 * due by now.
 *
 * <p>With annual target {@code T}, year-to-date actual {@code Y} and elapsed share {@code e}
 * (the share of the {@link Profile} due so far, or the elapsed fraction of the year for a linear
 * profile):
 * <ul>
 *   <li>expected to date {@code E = T × e};</li>
 *   <li>pace {@code = Y / E}: 90% means 10% behind the expected amount (for a cost KPI a pace
 *       below 100% is good: pace is not direction-normalised, the on-track flag is);</li>
 *   <li>projected full year {@code = Y / e}, the outcome at the current run rate;</li>
 *   <li>on track: projected {@code ≥ T} for higher-is-better, {@code ≤ T} for lower-is-better,
 *       decided exactly as {@code Y ≥ T × e} (or {@code ≤}).</li>
 * </ul>
 * Target 1,200, 6 of 12 months linear, YTD 540: expected 600, pace 90%, projected 1,080, not on
 * track.
 *
 * <p>Undefined cases: with an elapsed share of 0 nothing is due yet, so pace, projection and the
 * on-track flag are undefined ({@link #isDefined()} is false and {@link #isOnTrack()} throws);
 * with a target of zero or below, pace is undefined (dividing by a negative expected amount
 * would flip its meaning) while projection and on-track stay defined.
 *
 * <pre>{@code
 * Pacing p = Pacing.of(1200, 540, Profile.equal(12), 6, Direction.HIGHER_IS_BETTER);
 * p.expectedToDate();  // 600
 * p.pace();            // 540/600 = 0.9
 * p.projected();       // 540/0.5 = 1080
 * p.isOnTrack();       // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pacing implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal target;
    private final BigDecimal yearToDate;
    private final Ratio elapsedShare;
    private final Direction direction;

    private Pacing(BigDecimal target, BigDecimal yearToDate, Ratio elapsedShare, Direction direction) {
        this.target = target;
        this.yearToDate = yearToDate;
        this.elapsedShare = elapsedShare;
        this.direction = direction;
    }

    private static Pacing create(BigDecimal target, BigDecimal yearToDate, Ratio elapsedShare, Direction direction) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(direction, "direction");
        return new Pacing(target, yearToDate, elapsedShare, direction);
    }

    /**
     * Returns the pacing after {@code elapsedPeriods} complete periods of a profile.
     *
     * @param target the annual target
     * @param yearToDate the actual so far
     * @param profile how the target is spread over the periods
     * @param elapsedPeriods the number of complete periods, from 0 to {@code profile.periods()}
     * @param direction the polarity of the KPI
     * @return the pacing
     * @throws IllegalArgumentException if {@code elapsedPeriods} is out of range
     * @throws NullPointerException if an argument is null
     */
    public static Pacing of(BigDecimal target, BigDecimal yearToDate, Profile profile, int elapsedPeriods,
            Direction direction) {
        Objects.requireNonNull(profile, "profile");
        return create(target, yearToDate, profile.shareThrough(elapsedPeriods), direction);
    }

    /**
     * Returns the pacing of finite doubles after {@code elapsedPeriods} periods of a profile.
     *
     * @param target the annual target
     * @param yearToDate the actual so far
     * @param profile how the target is spread over the periods
     * @param elapsedPeriods the number of complete periods, from 0 to {@code profile.periods()}
     * @param direction the polarity of the KPI
     * @return the pacing
     * @throws IllegalArgumentException if a number is NaN or infinite, or {@code elapsedPeriods}
     *     is out of range
     * @throws NullPointerException if {@code profile} or {@code direction} is null
     */
    public static Pacing of(double target, double yearToDate, Profile profile, int elapsedPeriods,
            Direction direction) {
        return of(Checks.decimal(target, "target"), Checks.decimal(yearToDate, "yearToDate"), profile,
                elapsedPeriods, direction);
    }

    /**
     * Returns the pacing of amounts in one currency after {@code elapsedPeriods} periods.
     *
     * @param target the annual target
     * @param yearToDate the actual so far
     * @param profile how the target is spread over the periods
     * @param elapsedPeriods the number of complete periods, from 0 to {@code profile.periods()}
     * @param direction the polarity of the KPI
     * @return the pacing of the amounts
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if {@code elapsedPeriods} is out of range
     * @throws NullPointerException if an argument is null
     */
    public static Pacing of(Money target, Money yearToDate, Profile profile, int elapsedPeriods, Direction direction) {
        Objects.requireNonNull(target, "target").checkSameCurrency(Objects.requireNonNull(yearToDate, "yearToDate"));
        return of(target.amount(), yearToDate.amount(), profile, elapsedPeriods, direction);
    }

    /**
     * Returns the pacing for a linear profile at an elapsed fraction of the year (45 days of 365
     * is {@code 45/365}).
     *
     * @param target the annual target
     * @param yearToDate the actual so far
     * @param elapsedFraction the elapsed share of the year, in {@code [0, 1]}
     * @param direction the polarity of the KPI
     * @return the pacing
     * @throws IllegalArgumentException if a number is NaN or infinite, or
     *     {@code elapsedFraction} is outside {@code [0, 1]}
     * @throws NullPointerException if {@code direction} is null
     */
    public static Pacing linear(double target, double yearToDate, double elapsedFraction, Direction direction) {
        Checks.inRange(elapsedFraction, 0, 1, "elapsedFraction");
        return create(Checks.decimal(target, "target"), Checks.decimal(yearToDate, "yearToDate"),
                Ratio.of(Checks.decimal(elapsedFraction, "elapsedFraction"), BigDecimal.ONE), direction);
    }

    /**
     * Returns the annual target.
     *
     * @return the target
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the actual so far.
     *
     * @return the year-to-date actual
     */
    public BigDecimal yearToDate() {
        return yearToDate;
    }

    /**
     * Returns the share of the target due so far.
     *
     * @return the elapsed share, in {@code [0, 1]}
     */
    public Ratio elapsedShare() {
        return elapsedShare;
    }

    /**
     * Returns the polarity of the KPI.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the amount expected by now, {@code target × elapsed share}, to 34 significant
     * digits (exact when the share is a terminating decimal).
     *
     * @return the expected amount to date
     */
    public BigDecimal expectedToDate() {
        return target.multiply(elapsedShare.numerator()).divide(elapsedShare.denominator(), Ratio.PRECISION);
    }

    /**
     * Returns whether pace, projection and the on-track flag are defined: some of the target is
     * due by now.
     *
     * @return {@code true} if the elapsed share is above zero
     */
    public boolean isDefined() {
        return elapsedShare.numerator().signum() > 0;
    }

    /**
     * Returns why pacing is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return isDefined() ? Optional.empty()
                : Optional.of("no part of the target is due yet: the elapsed share is 0");
    }

    /**
     * Returns the pace {@code yearToDate / expectedToDate}.
     *
     * @return the pace; undefined when nothing is due yet or the target is zero or below
     */
    public Ratio pace() {
        BigDecimal expected = expectedToDate();
        if (!isDefined()) {
            return Ratio.undefined(yearToDate, expected, undefinedReason().orElseThrow());
        }
        if (target.signum() <= 0) {
            return Ratio.undefined(yearToDate, expected, "pace needs a positive target, was "
                    + target.toPlainString());
        }
        return Ratio.of(yearToDate, expected);
    }

    /**
     * Returns the projected full-year outcome at the current run rate,
     * {@code yearToDate / elapsed share}.
     *
     * @return the projection as a ratio whose value is the projected amount; undefined when
     *     nothing is due yet
     */
    public Ratio projected() {
        BigDecimal share = elapsedShare.numerator().divide(elapsedShare.denominator(), Ratio.PRECISION);
        if (!isDefined()) {
            return Ratio.undefined(yearToDate, share, undefinedReason().orElseThrow());
        }
        return Ratio.of(yearToDate, share);
    }

    /**
     * Returns whether the projection meets or beats the target in the KPI's direction.
     *
     * @return {@code true} if on track
     * @throws IllegalStateException if pacing is undefined; the message gives the reason
     */
    public boolean isOnTrack() {
        if (!isDefined()) {
            throw new IllegalStateException("on track is undefined: " + undefinedReason().orElseThrow());
        }
        // projected >= T  <=>  Y / (n/d) >= T  <=>  Y·d >= T·n, as n, d > 0: exact, no rounding.
        int cmp = yearToDate.multiply(elapsedShare.denominator())
                .compareTo(target.multiply(elapsedShare.numerator()));
        return direction == Direction.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
    }

    /**
     * Returns {@code "540 of 1200 at elapsed share 6/12 = 0.5 (HIGHER_IS_BETTER)"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return yearToDate.toPlainString() + " of " + target.toPlainString() + " at elapsed share " + elapsedShare
                + " (" + direction + ")";
    }
}
