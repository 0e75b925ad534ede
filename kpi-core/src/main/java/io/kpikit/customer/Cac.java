package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer acquisition cost: acquisition spend divided by the new customers it acquired,
 * carrying both inputs.
 *
 * <p>{@code CAC = spend ÷ newCustomers}, rounded to the currency's minor unit with
 * {@link Money#DEFAULT_ROUNDING} ({@code HALF_EVEN}) unless the caller passes a
 * {@link RoundingMode}. The {@link Basis} says which spend and which customers were used:
 * <ul>
 *   <li>{@link Basis#BLENDED}: all marketing spend ÷ all new customers, organic included;</li>
 *   <li>{@link Basis#PAID}: paid acquisition spend ÷ customers acquired through paid
 *       channels only;</li>
 *   <li>{@link Basis#CHANNEL}: one channel's spend ÷ that channel's new customers (see
 *       {@link CacTable}).</li>
 * </ul>
 * Reports often write "CAC" without saying which; blended is lower than paid whenever
 * organic customers exist, so the two are separate factories.
 *
 * <p>{@link #value()} is the rounded amount a report shows, rounded with
 * {@link #roundingMode()}; the exact CAC is
 * {@link #spend()} ÷ {@link #newCustomers()}, both kept as given. Ratios built on a CAC
 * ({@link UnitEconomics}) use those exact inputs, never the rounded value: {@code Cac.blended(
 * JPY 1000, 3)} shows {@code JPY 333}, but its exact value is {@code 333.33…}.
 *
 * <p>With zero new customers the CAC is <em>undefined</em> (not zero, not infinite):
 * {@link #isDefined()} is {@code false}, {@link #undefinedReason()} says why, and
 * {@link #value()} throws {@link IllegalStateException}; {@link #toOptional()} and
 * {@link #orElse(Money)} never throw. Spend must not be negative.
 *
 * <pre>{@code
 * Cac cac = Cac.blended(Money.parse("CNY 1200000"), 400);
 * cac.value();        // CNY 3000.00
 * cac.spend();        // CNY 1200000
 * cac.newCustomers(); // 400
 * Cac.paid(Money.parse("CNY 500"), 0).isDefined();  // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cac implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which spend and which customers a CAC was computed from. */
    public enum Basis {
        /** All marketing spend ÷ all new customers, organic included. */
        BLENDED,
        /** Paid acquisition spend ÷ customers acquired through paid channels. */
        PAID,
        /** One channel's spend ÷ that channel's new customers. */
        CHANNEL
    }

    private final Basis basis;
    /** The channel name, or null unless the basis is CHANNEL. */
    private final String channel;
    private final Money spend;
    private final long newCustomers;
    /** The rounded CAC, or null when undefined. */
    private final Money value;
    /** How {@link #value} was rounded. */
    private final RoundingMode mode;

    private Cac(Basis basis, String channel, Money spend, long newCustomers, Money value, RoundingMode mode) {
        this.mode = mode;
        this.basis = basis;
        this.channel = channel;
        this.spend = spend;
        this.newCustomers = newCustomers;
        this.value = value;
    }

    private static Cac create(Basis basis, String channel, Money spend, long newCustomers, RoundingMode mode) {
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(mode, "mode");
        String where = channel == null ? "" : " (channel \"" + channel + "\")";
        if (spend.isNegative()) {
            throw new IllegalArgumentException("spend must be >= 0, was " + spend + where);
        }
        if (newCustomers < 0) {
            throw new IllegalArgumentException("newCustomers must be >= 0, was " + newCustomers + where);
        }
        Money value = newCustomers == 0 ? null : spend.dividedBy(newCustomers, mode);
        return new Cac(basis, channel, spend, newCustomers, value, mode);
    }

    /**
     * Returns the blended CAC: all marketing spend ÷ all new customers, rounded
     * {@code HALF_EVEN} to the minor unit.
     *
     * @param marketingSpend all marketing spend of the period, not negative
     * @param newCustomers all new customers of the period, paid and organic
     * @return the CAC; undefined when {@code newCustomers} is zero
     * @throws IllegalArgumentException if the spend or the count is negative
     */
    public static Cac blended(Money marketingSpend, long newCustomers) {
        return create(Basis.BLENDED, null, marketingSpend, newCustomers, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the blended CAC rounded with {@code mode}.
     *
     * @param marketingSpend all marketing spend of the period, not negative
     * @param newCustomers all new customers of the period, paid and organic
     * @param mode how to round to the minor unit
     * @return the CAC; undefined when {@code newCustomers} is zero
     * @throws IllegalArgumentException if the spend or the count is negative
     */
    public static Cac blended(Money marketingSpend, long newCustomers, RoundingMode mode) {
        return create(Basis.BLENDED, null, marketingSpend, newCustomers, mode);
    }

    /**
     * Returns the paid CAC: paid acquisition spend ÷ paid-acquired customers, rounded
     * {@code HALF_EVEN} to the minor unit.
     *
     * @param paidSpend spend on paid acquisition, not negative
     * @param paidCustomers new customers acquired through paid channels
     * @return the CAC; undefined when {@code paidCustomers} is zero
     * @throws IllegalArgumentException if the spend or the count is negative
     */
    public static Cac paid(Money paidSpend, long paidCustomers) {
        return create(Basis.PAID, null, paidSpend, paidCustomers, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the paid CAC rounded with {@code mode}.
     *
     * @param paidSpend spend on paid acquisition, not negative
     * @param paidCustomers new customers acquired through paid channels
     * @param mode how to round to the minor unit
     * @return the CAC; undefined when {@code paidCustomers} is zero
     * @throws IllegalArgumentException if the spend or the count is negative
     */
    public static Cac paid(Money paidSpend, long paidCustomers, RoundingMode mode) {
        return create(Basis.PAID, null, paidSpend, paidCustomers, mode);
    }

    /**
     * Returns the CAC of one channel, rounded with {@code mode}.
     *
     * @param channel the channel name, not blank
     * @param spend the channel's spend, not negative
     * @param newCustomers the channel's new customers
     * @param mode how to round to the minor unit
     * @return the CAC; undefined when {@code newCustomers} is zero
     * @throws IllegalArgumentException if the channel is blank, or the spend or the count is
     *     negative; the message names the channel
     */
    public static Cac channel(String channel, Money spend, long newCustomers, RoundingMode mode) {
        Objects.requireNonNull(channel, "channel");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel must not be blank, was \"" + channel + "\"");
        }
        return create(Basis.CHANNEL, channel, spend, newCustomers, mode);
    }

    /**
     * Returns which spend and customers this CAC was computed from.
     *
     * @return the basis
     */
    public Basis basis() {
        return basis;
    }

    /**
     * Returns the channel of a per-channel CAC.
     *
     * @return the channel name, or empty unless the basis is {@link Basis#CHANNEL}
     */
    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    /**
     * Returns the acquisition spend, exactly as given.
     *
     * @return the spend
     */
    public Money spend() {
        return spend;
    }

    /**
     * Returns the number of new customers the spend is divided by.
     *
     * @return the count, never negative
     */
    public long newCustomers() {
        return newCustomers;
    }

    /**
     * Returns whether the CAC has a value (there was at least one new customer).
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns why the CAC is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return value != null ? Optional.empty()
                : Optional.of("new customers is zero: CAC of " + spend + " spend is undefined");
    }

    /**
     * Returns the CAC, rounded to the currency's minor unit, for display; derived figures use
     * {@link #spend()} and {@link #newCustomers()} instead.
     *
     * @return the cost per new customer
     * @throws IllegalStateException if undefined; the message gives the reason
     */
    public Money value() {
        if (value == null) {
            throw new IllegalStateException(undefinedReason().orElseThrow());
        }
        return value;
    }

    /**
     * Returns the CAC, or an empty optional when undefined.
     *
     * @return the CAC if defined
     */
    public Optional<Money> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the CAC, or {@code fallback} when undefined.
     *
     * @param fallback the amount to use for an undefined CAC
     * @return the CAC or the fallback
     */
    public Money orElse(Money fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Returns the rounding mode {@link #value()} was rounded to the minor unit with:
     * {@link Money#DEFAULT_ROUNDING} ({@code HALF_EVEN}) unless the factory was given another.
     * It is kept even when the value is undefined, so the factory rebuilds an equal value.
     *
     * @return the rounding mode
     */
    public RoundingMode roundingMode() {
        return mode;
    }

    /**
     * Returns whether {@code obj} is a CAC with the same basis, channel, inputs and value.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Cac)) {
            return false;
        }
        Cac other = (Cac) obj;
        return basis == other.basis && Objects.equals(channel, other.channel)
                && spend.equals(other.spend) && newCustomers == other.newCustomers
                && Objects.equals(value, other.value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(basis, channel, spend, newCustomers, value);
    }

    /**
     * Returns a short description such as
     * {@code "BLENDED CAC CNY 3000.00 = CNY 1200000 / 400 new customers"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String name = channel == null ? basis + " CAC" : "CAC of \"" + channel + "\"";
        String inputs = spend + " / " + newCustomers + " new customers";
        return value != null ? name + " " + value + " = " + inputs : name + " undefined: " + inputs;
    }
}
