package io.kpikit.attribution;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks {@link Attribution#restore} and {@link ModelComparison#restore} run on stored
 * figures, each failing with a message that names the field, the rule and the value. Stateless.
 */
final class StoredAttributions {

    /**
     * How far the credits' conversions may add up from the total, relative to
     * {@code max(1, total)}: the models give the residual to one channel, so their credits add
     * up to within a few ulps, and adding them up again in another order moves the sum by a
     * few more.
     */
    static final double CONVERSIONS_TOLERANCE = 1e-9;

    private StoredAttributions() {
    }

    /** Checks the figures of one attribution; returns the credits, copied. */
    static List<ChannelCredit> attribution(String model, List<ChannelCredit> credits, double totalConversions,
            Money totalValue) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(totalValue, "totalValue");
        List<ChannelCredit> copy = List.copyOf(Objects.requireNonNull(credits, "credits"));
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank, was \"" + model + "\"");
        }
        Checks.nonNegative(totalConversions, "totalConversions");
        Checks.nonNegative(totalValue, "totalValue");
        wholeMinorUnits(totalValue, "totalValue", "");
        Set<String> seen = new HashSet<>();
        double conversions = 0;
        Money value = Money.zero(totalValue.currency());
        for (int i = 0; i < copy.size(); i++) {
            ChannelCredit c = copy.get(i);
            String field = "credits[" + i + "]";
            String where = " (channel \"" + c.channel() + "\")";
            if (c.channel().isBlank()) {
                throw new IllegalArgumentException(field + ".channel must not be blank, was \"" + c.channel() + "\"");
            }
            if (!seen.add(c.channel())) {
                throw new IllegalArgumentException(field + ".channel must be distinct, was \"" + c.channel()
                        + "\" twice");
            }
            totalValue.checkSameCurrency(c.value());
            if (c.value().isNegative()) {
                throw new IllegalArgumentException(field + ".value must be >= 0, was " + c.value() + where);
            }
            wholeMinorUnits(c.value(), field + ".value", where);
            if (totalConversions == 0 && c.conversions() != 0) {
                throw new IllegalArgumentException(field + ".conversions must be 0 when totalConversions is 0, was "
                        + c.conversions() + where);
            }
            conversions += c.conversions();
            value = value.plus(c.value());
        }
        if (!value.equals(totalValue)) {
            throw new IllegalArgumentException("totalValue must be the sum of the credits' values, " + value
                    + ", was " + totalValue);
        }
        if (!(Math.abs(conversions - totalConversions) <= CONVERSIONS_TOLERANCE * Math.max(1, totalConversions))) {
            throw new IllegalArgumentException("totalConversions must be the sum of the credits' conversions, "
                    + conversions + " (to within " + CONVERSIONS_TOLERANCE + " relative), was " + totalConversions);
        }
        for (int i = 0; i < copy.size(); i++) {
            ChannelCredit c = copy.get(i);
            Ratio expected = Ratio.of(c.conversions(), totalConversions);
            if (!c.share().equals(expected)) {
                throw new IllegalArgumentException("credits[" + i + "].share must be conversions / totalConversions, "
                        + expected + " (channel \"" + c.channel() + "\"), was " + c.share());
            }
        }
        return copy;
    }

    private static void wholeMinorUnits(Money m, String field, String where) {
        int scale = m.minorUnitScale();
        if (m.amount().scale() > scale && m.amount().stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(field + " must be whole minor units of " + m.currency().getCurrencyCode()
                    + " (at most " + scale + " decimal places), was " + m + where);
        }
    }

    /** Checks the channels and attributions of a comparison; returns the channels, copied. */
    static List<String> comparison(List<String> channels, List<Attribution> attributions) {
        List<String> names = List.copyOf(Objects.requireNonNull(channels, "channels"));
        List<Attribution> copy = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String c = names.get(i);
            if (c.isBlank()) {
                throw new IllegalArgumentException("channels[" + i + "] must not be blank, was \"" + c + "\"");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("channels[" + i + "] must be distinct, was \"" + c + "\" twice");
            }
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("attributions must not be empty, was []");
        }
        Set<String> models = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            Attribution a = copy.get(i);
            if (!models.add(a.model())) {
                throw new IllegalArgumentException("attributions[" + i + "].model must be distinct, was \"" + a.model()
                        + "\" twice");
            }
            creditsEveryChannel(names, a, "attributions[" + i + "]");
        }
        return names;
    }

    /**
     * Checks that an attribution credits exactly the channels of a comparison, in any order, so
     * that every cell of the table is defined (an attribution's channels are distinct).
     */
    static void creditsEveryChannel(List<String> channels, Attribution a, String field) {
        List<String> credited = a.channels();
        if (credited.size() != channels.size() || !new HashSet<>(channels).containsAll(credited)) {
            throw new IllegalArgumentException(field + " must credit exactly the channels " + channels + " (model \""
                    + a.model() + "\"), was " + credited);
        }
    }
}
