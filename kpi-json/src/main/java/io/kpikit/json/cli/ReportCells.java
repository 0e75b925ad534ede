package io.kpikit.json.cli;

import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import io.kpikit.review.ReviewWarning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the values of a {@link io.kpikit.review.ReviewReport} into the cells of
 * {@link ReportText}'s tables, and remembers why a value was undefined.
 *
 * <p>Formats (presentation rounding only; the JSON report keeps every digit):
 * <ul>
 *   <li>money: thousands separators and the currency's minor unit, {@code -500,000.00}
 *       (HALF_EVEN, as {@link Money#DEFAULT_ROUNDING}); the currency is in the column header;</li>
 *   <li>percentages: one decimal, {@code 95.0%} (HALF_UP), computed from the ratio's numerator
 *       and denominator by {@link Ratio#toPercentString};</li>
 *   <li>plain numbers and counts: thousands separators, at most four decimals, trailing zeros
 *       dropped ({@code 117,600,000}, {@code 0.26});</li>
 *   <li>point changes: {@code +6.0 pts}.</li>
 * </ul>
 * An absent value (a figure that does not apply) is an empty cell. An undefined value is
 * {@code n/a}; its reason is in the report's warnings when the core warned about it (same
 * section, item and message {@code "<what> is undefined: <reason>"}), and otherwise it is kept
 * in {@link #notes()} so that the text prints it after the warnings. Every {@code n/a} is thus
 * explained once.
 *
 * <p>This class is mutable (it collects notes) and not thread-safe.
 */
final class ReportCells {

    /** The n/a cell. */
    static final String NA = "n/a";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 4;

    private final int minorUnits;
    private final Set<ReviewWarning> warned;
    private final List<ReviewWarning> notes = new ArrayList<>();

    /**
     * Creates the cells of one report.
     *
     * @param minorUnits the decimals of the report's currency (2 for CNY)
     * @param warnings the report's warnings
     */
    ReportCells(int minorUnits, List<ReviewWarning> warnings) {
        this.minorUnits = Math.max(0, minorUnits);
        this.warned = new HashSet<>(warnings);
    }

    /**
     * Returns the undefined values the report's warnings do not explain, in the order met.
     *
     * @return the notes, in the shape of warnings
     */
    List<ReviewWarning> notes() {
        return List.copyOf(notes);
    }

    /**
     * Returns {@code n/a} and records why, unless a warning already says it.
     *
     * @param section the report section
     * @param item the KPI, channel or line
     * @param what the figure, as the report's component is named
     * @param reason why it is undefined
     * @return {@code "n/a"}
     */
    String na(String section, String item, String what, String reason) {
        ReviewWarning note = new ReviewWarning(section, item, what + " is undefined: " + reason);
        if (!warned.contains(note) && !notes.contains(note)) {
            notes.add(note);
        }
        return NA;
    }

    /**
     * Formats an amount of money without its currency.
     *
     * @param m the amount, or null
     * @return {@code 1,600,000.00}, or null for null
     */
    String money(Money m) {
        return m == null ? null : decimal(m.amount().setScale(minorUnits, Money.DEFAULT_ROUNDING));
    }

    /**
     * Formats a ratio as a percentage with one decimal.
     *
     * @param r the ratio, or null
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 95.0%}, {@code n/a}, or null for null
     */
    String percent(Ratio r, String section, String item, String what) {
        if (r == null) {
            return null;
        }
        return r.isDefined() ? r.toPercentString(1, RoundingMode.HALF_UP)
                : na(section, item, what, r.undefinedReason().orElseThrow());
    }

    /**
     * Formats a figure (a fraction such as a score) as a percentage with one decimal.
     *
     * @param f the figure, or null
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 104.0%}, {@code n/a}, or null for null
     */
    String percent(Figure f, String section, String item, String what) {
        return percent(f, 1, section, item, what);
    }

    /**
     * Formats a figure as a percentage with the given decimals, for the ends of an interval.
     *
     * @param f the figure, or null
     * @param decimals the decimals of the percentage
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 4.96%}, {@code n/a}, or null for null
     */
    String percent(Figure f, int decimals, String section, String item, String what) {
        if (f == null) {
            return null;
        }
        return f.isDefined() ? f.toPercentString(decimals, RoundingMode.HALF_UP)
                : na(section, item, what, f.undefinedReason().orElseThrow());
    }

    /**
     * Formats a fraction given as a plain number (a weight, a tolerance) as a percentage.
     *
     * @param fraction the fraction, or null
     * @return {@code 40.0%}, or null for null
     */
    String percent(BigDecimal fraction) {
        return fraction == null ? null
                : fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * Formats a ratio's value with a fixed number of decimals, such as an index or a multiple.
     *
     * @param r the ratio, or null
     * @param scale the decimals
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 2,952.0}, {@code n/a}, or null for null
     */
    String value(Ratio r, int scale, String section, String item, String what) {
        if (r == null) {
            return null;
        }
        return r.isDefined() ? decimal(r.toBigDecimal(scale, RoundingMode.HALF_UP))
                : na(section, item, what, r.undefinedReason().orElseThrow());
    }

    /**
     * Formats a figure's value with a fixed number of decimals.
     *
     * @param f the figure, or null
     * @param scale the decimals
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 30.0}, {@code n/a}, or null for null
     */
    String value(Figure f, int scale, String section, String item, String what) {
        if (f == null) {
            return null;
        }
        return f.isDefined() ? decimal(f.toBigDecimal(scale, RoundingMode.HALF_UP))
                : na(section, item, what, f.undefinedReason().orElseThrow());
    }

    /**
     * Formats a ratio whose numerator is money, such as a burn rate, as an amount per unit.
     *
     * @param r the ratio, or null
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 191,666.67}, {@code n/a}, or null for null
     */
    String moneyValue(Ratio r, String section, String item, String what) {
        if (r == null) {
            return null;
        }
        return r.isDefined() ? decimal(r.toBigDecimal(minorUnits, Money.DEFAULT_ROUNDING))
                : na(section, item, what, r.undefinedReason().orElseThrow());
    }

    /**
     * Formats a point change with a sign and one decimal.
     *
     * @param change the change, or null
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code +6.0 pts}, {@code n/a}, or null for null
     */
    String points(PointChange change, String section, String item, String what) {
        if (change == null) {
            return null;
        }
        return change.points().isDefined() ? change.toPointsString(1, RoundingMode.HALF_UP)
                : na(section, item, what, change.points().undefinedReason().orElseThrow());
    }

    /**
     * Formats a ratio that is already in points (a share change) with a sign and one decimal.
     *
     * @param r the points, or null
     * @param section the report section, for the note when undefined
     * @param item the item, for the note
     * @param what the figure's name, for the note
     * @return {@code 4.0 pts}, {@code n/a}, or null for null
     */
    String points(Ratio r, String section, String item, String what) {
        if (r == null) {
            return null;
        }
        return r.isDefined() ? r.toBigDecimal(1, RoundingMode.HALF_UP).toPlainString() + " pts"
                : na(section, item, what, r.undefinedReason().orElseThrow());
    }

    /**
     * Formats a plain number with thousands separators and at most four decimals.
     *
     * @param n the number, or null
     * @return {@code 117,600,000}, {@code 0.26}, or null for null
     */
    String number(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal rounded = n.setScale(Math.min(Math.max(n.scale(), 0), MAX_DECIMALS), RoundingMode.HALF_UP);
        BigDecimal stripped = rounded.stripTrailingZeros();
        return decimal(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /**
     * Formats a count with thousands separators.
     *
     * @param n the count
     * @return {@code 1,000,000}
     */
    String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Formats a numerator and a denominator, the inputs of a ratio.
     *
     * @param r the ratio, or null
     * @return {@code 4,400 / 4,900}, or null for null
     */
    String inputs(Ratio r) {
        return r == null ? null : number(r.numerator()) + " / " + number(r.denominator());
    }

    /**
     * Formats an enum constant as words: {@code AT_RISK} as {@code at risk}.
     *
     * @param e the constant, or null
     * @return the words, or null for null
     */
    static String words(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A decimal with thousands separators, its scale kept. */
    private static String decimal(BigDecimal d) {
        return String.format(Locale.ROOT, "%,." + Math.max(d.scale(), 0) + "f", d);
    }
}
