package io.kpikit.market;

import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The change of one market share between two periods, in percentage points and, separately,
 * as a relative change.
 *
 * <p>With the share before {@code a/b} and after {@code c/d}:
 * <ul>
 *   <li>{@link #points()} = {@code 100 · (c/d − a/b)} = {@code 100 · (c·b − a·d) / (b·d)}:
 *       20% → 26% is {@code +6} points;</li>
 *   <li>{@link #relativeChange()} = {@code (c/d − a/b) / (a/b)} = {@code (c·b − a·d) / (a·d)}:
 *       20% → 26% is {@code +30%}.</li>
 * </ul>
 * Both are exact {@link Ratio}s (the points ratio's value is a number of points). A target
 * such as "market share +5" is usually in points; the two must not be confused.
 *
 * <p>Edge cases: when either share is undefined (a market total of zero), both results are
 * undefined with a reason naming which share; the relative change from a share of zero is
 * undefined. Shares must lie in {@code [0, 1]}.
 *
 * <pre>{@code
 * ShareChange c = ShareChange.between(Ratio.of(20, 100), Ratio.of(26, 100));
 * c.points().doubleValue();                          // 6.0
 * c.toPointsString(1, RoundingMode.HALF_UP);         // "+6.0 pts"
 * c.relativeChange().doubleValue();                  // 0.3
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The share in the first period. */
    private final Ratio before;
    /** The share in the second period. */
    private final Ratio after;

    private ShareChange(Ratio before, Ratio after) {
        this.before = before;
        this.after = after;
    }

    private static ShareChange create(Ratio before, Ratio after) {
        checkShare(before, "before");
        checkShare(after, "after");
        return new ShareChange(before, after);
    }

    private static void checkShare(Ratio share, String field) {
        Objects.requireNonNull(share, field);
        if (share.isDefined()
                && (share.toBigDecimal().signum() < 0 || share.toBigDecimal().compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(field + " must be a share in [0, 1], was " + share);
        }
    }

    /**
     * Returns the change from one share to another.
     *
     * @param before the share in the first period, in {@code [0, 1]} or undefined
     * @param after the share in the second period, in {@code [0, 1]} or undefined
     * @return the change
     * @throws IllegalArgumentException if a defined share is outside {@code [0, 1]}
     * @throws NullPointerException if an argument is null
     */
    public static ShareChange between(Ratio before, Ratio after) {
        return create(before, after);
    }

    /**
     * Returns the change of a player's share between two markets; a player absent from one
     * of them had no sales in it (it entered or left the market).
     *
     * @param before the market in the first period
     * @param after the market in the second period
     * @param player the player's name
     * @return the change of its share
     * @throws IllegalArgumentException if neither market has the player
     * @throws NullPointerException if an argument is null
     */
    public static ShareChange between(Market before, Market after, String player) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(player, "player");
        if (!before.contains(player) && !after.contains(player)) {
            throw new IllegalArgumentException("player must be in at least one of the two markets, was \""
                    + player + "\"");
        }
        return create(before.shareOf(before.salesOrZero(player)), after.shareOf(after.salesOrZero(player)));
    }

    /**
     * Returns the share in the first period.
     *
     * @return the share before
     */
    public Ratio before() {
        return before;
    }

    /**
     * Returns the share in the second period.
     *
     * @return the share after
     */
    public Ratio after() {
        return after;
    }

    /** {@code c·b − a·d}: the change times both denominators. */
    private BigDecimal crossDifference() {
        return after.numerator().multiply(before.denominator()).subtract(before.numerator().multiply(after.denominator()));
    }

    private String undefinedShare() {
        if (!before.isDefined()) {
            return "share before is undefined: " + before.undefinedReason().orElseThrow();
        }
        if (!after.isDefined()) {
            return "share after is undefined: " + after.undefinedReason().orElseThrow();
        }
        return null;
    }

    /**
     * Returns the change in percentage points, {@code 100 · (after − before)}, as an exact
     * ratio whose value is the number of points.
     *
     * @return the points; undefined when either share is undefined
     */
    public Ratio points() {
        BigDecimal numerator = HUNDRED.multiply(crossDifference());
        BigDecimal denominator = before.denominator().multiply(after.denominator());
        String reason = undefinedShare();
        return reason != null ? Ratio.undefined(numerator, denominator, reason) : Ratio.of(numerator, denominator);
    }

    /**
     * Returns the relative change, {@code (after − before) / before}.
     *
     * @return the relative change; undefined when either share is undefined or the share
     *     before is zero
     */
    public Ratio relativeChange() {
        BigDecimal numerator = crossDifference();
        BigDecimal denominator = before.numerator().multiply(after.denominator());
        String reason = undefinedShare();
        if (reason == null && before.numerator().signum() == 0) {
            reason = "relative change from a share of 0 is undefined";
        }
        return reason != null ? Ratio.undefined(numerator, denominator, reason) : Ratio.of(numerator, denominator);
    }

    /**
     * Returns the points as text with a sign, for example {@code "+6.0 pts"},
     * {@code "-3.0 pts"} or {@code "0.0 pts"}.
     *
     * @param scale the number of decimals
     * @param mode how to round
     * @return the text
     * @throws IllegalStateException if the change is undefined; the message gives the reason
     * @throws NullPointerException if {@code mode} is null
     */
    public String toPointsString(int scale, RoundingMode mode) {
        BigDecimal p = points().toBigDecimal(scale, mode);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " pts";
    }

    /**
     * Returns whether {@code obj} is a change between equal shares.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ShareChange)) {
            return false;
        }
        ShareChange other = (ShareChange) obj;
        return before.equals(other.before) && after.equals(other.after);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * before.hashCode() + after.hashCode();
    }

    /**
     * Returns {@code "share before → after"} with the shares in their ratio form.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "share " + before + " → " + after;
    }
}
