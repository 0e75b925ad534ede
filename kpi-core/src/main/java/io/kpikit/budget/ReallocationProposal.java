package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A proposal to move a share of the total budget from the channels with the lowest ROAS to
 * those with the highest, within each channel's bounds, keeping the total exactly.
 *
 * <p>The rule, deterministic:
 * <ol>
 *   <li>requested = total current budget × share, rounded to the currency's minor unit with
 *       {@link Money#DEFAULT_ROUNDING};</li>
 *   <li>donors are taken in ascending ROAS order (ties by channel name), each down to its
 *       {@code min}; receivers in descending ROAS order (ties by channel name), each up to its
 *       {@code max};</li>
 *   <li>each step moves {@code min(still to move, donor's room above min, receiver's room
 *       below max)} from the current donor to the current receiver, and only while the donor's
 *       ROAS is strictly below the receiver's: money never moves between channels of equal
 *       ROAS, nor from a higher to a lower one;</li>
 *   <li>when the bounds or the ROAS order stop the moves early, the proposal moves what it can
 *       and reports the rest as {@link #shortfall()}.</li>
 * </ol>
 * Every amount moved is an exact difference of the inputs, so the proposed budgets add up to
 * the current total exactly. The ROAS values are compared exactly from their numerators and
 * denominators. The proposal describes the change; it mutates nothing. It keeps its inputs
 * ({@link #channels()}, {@link #share()}), so a stored proposal is read back by proposing again.
 *
 * <pre>{@code
 * // total 1,000,000; move 10% = 100,000 from the weakest to the strongest channels
 * ReallocationProposal p = ReallocationProposal.propose(channels, new BigDecimal("0.10"));
 * p.changes();      // per channel: from, to, change
 * p.transfers();    // e.g. offline -> feed-ads CNY 100000.00
 * p.shortfall();    // CNY 0.00 when the bounds allowed the full amount
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReallocationProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ChannelBudget> channels;
    private final BigDecimal share;
    private final Money requested;
    private final List<ChannelChange> changes;
    private final List<Transfer> transfers;

    private ReallocationProposal(List<ChannelBudget> channels, BigDecimal share, Money requested,
            List<ChannelChange> changes, List<Transfer> transfers) {
        this.channels = channels;
        this.share = share;
        this.requested = requested;
        this.changes = changes;
        this.transfers = transfers;
    }

    /**
     * Proposes a reallocation.
     *
     * @param channels the channels, at least one, unique names, one currency
     * @param share the share of the total budget to move, in [0, 1], such as {@code 0.10}
     * @return the proposal; its changes are in the order of {@code channels}
     * @throws IllegalArgumentException if there are no channels, a name repeats, or the share
     *     is outside [0, 1]
     * @throws CurrencyMismatchException if a channel is not in the currency of the first; the
     *     message names both channels
     * @throws NullPointerException if an argument or a channel is null
     */
    public static ReallocationProposal propose(List<ChannelBudget> channels, BigDecimal share) {
        List<ChannelBudget> input = List.copyOf(Objects.requireNonNull(channels, "channels"));
        Checks.nonNegative(share, "share");
        if (share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be <= 1, was " + share.toPlainString());
        }
        if (input.isEmpty()) {
            throw new IllegalArgumentException("channels must not be empty");
        }
        Money total = Money.zero(input.get(0).current().currency());
        Set<String> names = new HashSet<>();
        ChannelBudget first = input.get(0);
        for (ChannelBudget c : input) {
            if (!names.add(c.channel())) {
                throw new IllegalArgumentException("channel must be unique, was \"" + c.channel() + "\" twice");
            }
            Currency currency = c.current().currency();
            if (!currency.equals(total.currency())) {
                throw new CurrencyMismatchException(total.currency(), currency, "channel \"" + c.channel() + "\" is in "
                        + currency.getCurrencyCode() + ", expected " + total.currency().getCurrencyCode()
                        + ", the currency of channel \"" + first.channel() + "\"");
            }
            total = total.plus(c.current());
        }
        Money requested = total.multipliedBy(share, Money.DEFAULT_ROUNDING);

        Comparator<ChannelBudget> byRoas = (a, b) -> compare(a.roas(), b.roas());
        List<ChannelBudget> donors = new ArrayList<>(input);
        donors.sort(byRoas.thenComparing(ChannelBudget::channel));
        List<ChannelBudget> receivers = new ArrayList<>(input);
        receivers.sort(byRoas.reversed().thenComparing(ChannelBudget::channel));

        Map<String, Money> delta = new HashMap<>();
        input.forEach(c -> delta.put(c.channel(), Money.zero(c.current().currency())));
        List<Transfer> transfers = new ArrayList<>();
        Money remaining = requested;
        int d = 0;
        int r = 0;
        while (remaining.isPositive() && d < donors.size() && r < receivers.size()) {
            ChannelBudget donor = donors.get(d);
            ChannelBudget receiver = receivers.get(r);
            if (compare(donor.roas(), receiver.roas()) >= 0) {
                break;
            }
            Money canGive = donor.current().plus(delta.get(donor.channel())).minus(donor.min());
            Money canTake = receiver.max().minus(receiver.current().plus(delta.get(receiver.channel())));
            if (!canGive.isPositive()) {
                d++;
                continue;
            }
            if (!canTake.isPositive()) {
                r++;
                continue;
            }
            Money amount = smallest(remaining, canGive, canTake);
            delta.put(donor.channel(), delta.get(donor.channel()).minus(amount));
            delta.put(receiver.channel(), delta.get(receiver.channel()).plus(amount));
            transfers.add(new Transfer(donor.channel(), receiver.channel(), amount));
            remaining = remaining.minus(amount);
        }
        List<ChannelChange> changes = new ArrayList<>();
        for (ChannelBudget c : input) {
            changes.add(new ChannelChange(c.channel(), c.current(), c.current().plus(delta.get(c.channel()))));
        }
        return new ReallocationProposal(input, share, requested, Collections.unmodifiableList(changes),
                Collections.unmodifiableList(transfers));
    }

    /** Compares two defined ratios exactly: sign(a/b − c/d) = sign(a·d − c·b) · sign(b·d). */
    private static int compare(Ratio x, Ratio y) {
        BigDecimal lhs = x.numerator().multiply(y.denominator());
        BigDecimal rhs = y.numerator().multiply(x.denominator());
        return lhs.compareTo(rhs) * x.denominator().signum() * y.denominator().signum();
    }

    private static Money smallest(Money a, Money b, Money c) {
        Money m = a.isLessThan(b) ? a : b;
        return m.isLessThan(c) ? m : c;
    }

    /**
     * Returns the channels the proposal was made from, as given to {@link #propose}, so that
     * {@code propose(p.channels(), p.share())} rebuilds the same proposal.
     *
     * @return the channels, unmodifiable, in input order
     */
    public List<ChannelBudget> channels() {
        return channels;
    }

    /**
     * Returns the share of the total that was asked to move.
     *
     * @return the share, in [0, 1]
     */
    public BigDecimal share() {
        return share;
    }

    /**
     * Returns the amount asked to move: total × share at the minor unit.
     *
     * @return the requested amount
     */
    public Money requested() {
        return requested;
    }

    /**
     * Returns the amount actually moved: the sum of the transfers.
     *
     * @return the moved amount, at most {@link #requested()}
     */
    public Money moved() {
        Money sum = Money.zero(requested.currency());
        for (Transfer t : transfers) {
            sum = sum.plus(t.amount());
        }
        return sum;
    }

    /**
     * Returns what the bounds or the ROAS order prevented from moving.
     *
     * @return requested − moved, zero when the full amount moved
     */
    public Money shortfall() {
        return requested.minus(moved());
    }

    /**
     * Returns each channel's budget before and after, in input order.
     *
     * @return an unmodifiable list
     */
    public List<ChannelChange> changes() {
        return changes;
    }

    /**
     * Returns the moves in the order they were made.
     *
     * @return an unmodifiable list
     */
    public List<Transfer> transfers() {
        return transfers;
    }

    /**
     * Returns the total budget, the same before and after.
     *
     * @return the total
     */
    public Money total() {
        Money sum = Money.zero(requested.currency());
        for (ChannelChange c : changes) {
            sum = sum.plus(c.to());
        }
        return sum;
    }

    /**
     * Returns the requested and moved amounts and the transfers.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "ReallocationProposal[requested " + requested + ", moved " + moved() + ", transfers " + transfers + "]";
    }
}
