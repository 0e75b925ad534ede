package io.kpikit.market;

import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which competitors the own player took share from between two periods ("took 8% of the 3C
 * category from competitors").
 *
 * <p>Definition. With every player's share change in points {@code Δᵢ} (a player missing
 * from one period had no sales in it):
 * <ul>
 *   <li>the own gain is {@code G = Δ_own} points; {@link #takenFromCompetitors()} is
 *       {@code max(G, 0)};</li>
 *   <li>each competitor's loss is {@code Lᵢ = max(−Δᵢ, 0)} points; competitors that gained
 *       lose nothing;</li>
 *   <li>the gain is split among the losers in proportion to their losses:
 *       {@code takenᵢ = G · Lᵢ / Σ L} when {@code G > 0}, otherwise 0. The parts add up to
 *       {@code G} exactly, and no part exceeds the competitor's loss (shares sum to 1 in both
 *       periods, so {@code Σ L >= G}).</li>
 * </ul>
 * The attribution is an accounting convention, not a measurement of switching: it says who
 * lost the share the own player gained, not whose customers moved.
 *
 * <p>Edge case: when either market's total is zero, every change and every taken part is
 * undefined with the reason.
 *
 * <p>A shift keeps the two markets it was computed from ({@link #before()}, {@link #after()}),
 * so {@code ShareShift.between(s.before(), s.after(), s.own())} rebuilds an equal shift; that is
 * how a stored shift is read back and its figures checked.
 *
 * <pre>{@code
 * // own 20% → 28%, A 50% → 45%, B 30% → 27%
 * ShareShift s = ShareShift.between(before, after, "own");
 * s.takenFromCompetitors().doubleValue();             // 8.0 points
 * s.competitor("A").takenPoints().doubleValue();      // 5.0
 * s.competitor("B").takenPoints().doubleValue();      // 3.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareShift implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The market in the first period. */
    private final Market before;
    /** The market in the second period. */
    private final Market after;
    /** The own player's name. */
    private final String own;
    /** The own player's share change. */
    private final PointChange ownChange;
    /** Max(own gain, 0) in points. */
    private final Ratio taken;
    /** One entry per competitor, in order of appearance (first period, then new entrants). */
    private final List<CompetitorShift> competitors;

    private ShareShift(Market before, Market after, String own, PointChange ownChange, Ratio taken,
            List<CompetitorShift> competitors) {
        this.before = before;
        this.after = after;
        this.own = own;
        this.ownChange = ownChange;
        this.taken = taken;
        this.competitors = competitors;
    }

    /**
     * Returns the share shift of {@code own} between two markets.
     *
     * @param before the market in the first period
     * @param after the market in the second period
     * @param own the own player's name
     * @return the shift
     * @throws IllegalArgumentException if neither market has the own player
     * @throws NullPointerException if an argument is null
     */
    public static ShareShift between(Market before, Market after, String own) {
        PointChange ownChange = Market.shareChange(before, after, own);
        Set<String> names = new LinkedHashSet<>();
        before.players().forEach(p -> names.add(p.name()));
        after.players().forEach(p -> names.add(p.name()));
        names.remove(own);

        // Every points ratio has the denominator D = T_before · T_after, so numerators compare and add exactly.
        BigDecimal denominator = before.total().multiply(after.total());
        BigDecimal gain = ownChange.points().numerator().max(BigDecimal.ZERO);
        List<PointChange> changes = new ArrayList<>();
        BigDecimal lossSum = BigDecimal.ZERO;
        for (String name : names) {
            PointChange c = Market.shareChange(before, after, name);
            changes.add(c);
            lossSum = lossSum.add(c.points().numerator().negate().max(BigDecimal.ZERO));
        }
        Ratio ownPoints = ownChange.points();
        String reason = ownPoints.undefinedReason().orElse(null);
        Ratio taken = reason != null ? Ratio.undefined(gain, denominator, reason) : Ratio.of(gain, denominator);

        List<CompetitorShift> shifts = new ArrayList<>(changes.size());
        int i = 0;
        for (String name : names) {
            PointChange c = changes.get(i++);
            BigDecimal loss = c.points().numerator().negate().max(BigDecimal.ZERO);
            Ratio part;
            if (reason != null) {
                part = Ratio.undefined(BigDecimal.ZERO, denominator, reason);
            } else if (gain.signum() == 0 || loss.signum() == 0) {
                part = Ratio.of(BigDecimal.ZERO, denominator);
            } else {
                // taken = G · L / ΣL with G = gain / D and L = loss / D, so = gain · loss / (D · ΣL)
                part = Ratio.of(gain.multiply(loss), denominator.multiply(lossSum));
            }
            shifts.add(new CompetitorShift(name, c, part));
        }
        return new ShareShift(before, after, own, ownChange, taken, List.copyOf(shifts));
    }

    /**
     * Returns the market in the first period, as given to {@link #between}.
     *
     * @return the earlier market
     */
    public Market before() {
        return before;
    }

    /**
     * Returns the market in the second period, as given to {@link #between}.
     *
     * @return the later market
     */
    public Market after() {
        return after;
    }

    /**
     * Returns the own player's name.
     *
     * @return the name
     */
    public String own() {
        return own;
    }

    /**
     * Returns the change of the own player's share.
     *
     * @return the own change
     */
    public PointChange ownChange() {
        return ownChange;
    }

    /**
     * Returns the points the own player took from competitors: its gain in points, or zero
     * if it did not gain.
     *
     * @return the points taken; undefined when a market total is zero
     */
    public Ratio takenFromCompetitors() {
        return taken;
    }

    /**
     * Returns every competitor's shift, in order of appearance (the first period's players,
     * then players new in the second).
     *
     * @return an unmodifiable list
     */
    public List<CompetitorShift> competitors() {
        return competitors;
    }

    /**
     * Returns one competitor's shift.
     *
     * @param competitor the competitor's name
     * @return its shift
     * @throws IllegalArgumentException if it is not a competitor in either period
     * @throws NullPointerException if {@code competitor} is null
     */
    public CompetitorShift competitor(String competitor) {
        Objects.requireNonNull(competitor, "competitor");
        List<String> names = new ArrayList<>();
        for (CompetitorShift s : competitors) {
            if (s.competitor().equals(competitor)) {
                return s;
            }
            names.add(s.competitor());
        }
        throw new IllegalArgumentException("competitor must be one of " + names + ", was \"" + competitor + "\"");
    }

    /**
     * Returns whether {@code obj} is a shift of the same player with equal changes.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ShareShift)) {
            return false;
        }
        ShareShift other = (ShareShift) obj;
        return own.equals(other.own) && ownChange.equals(other.ownChange) && competitors.equals(other.competitors);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(own, ownChange, competitors);
    }

    /**
     * Returns {@code "ShareShift own: change, N competitors"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "ShareShift " + own + ": " + ownChange + ", " + competitors.size() + " competitors";
    }
}
