package io.kpikit.roi;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats and parses the Chinese "投入产出比" (input–output ratio) notation {@code 1:4.8}.
 *
 * <p>The notation is a ROAS, not a ROI: {@code 1:4.8} means that one unit of cost brought
 * 4.8 units of revenue ({@code revenue / cost = 4.8}); the matching ROI is {@code 3.8}
 * (380%).
 *
 * <p><b>Formatting</b> writes {@code "1:"} followed by the ROAS rounded to a fixed number of
 * decimals, by default {@value #DEFAULT_DECIMALS} with {@link RoundingMode#HALF_UP} (the
 * rounding of a spreadsheet's {@code ROUND}, so {@code 4.75} prints {@code 1:4.8} and
 * {@code 4.85} prints {@code 1:4.9}). The rounding is computed exactly from the ratio's
 * numerator and denominator and applies only to the text. An undefined ROAS cannot be
 * written (IllegalStateException with the reason) and a negative one is rejected.
 *
 * <p><b>Parsing</b> accepts, with optional whitespace (including the ideographic space
 * U+3000) around the text and around the colon:
 * <ul>
 *   <li>{@code 1:4.8} or {@code 1：4.8} (full-width colon U+FF1A);</li>
 *   <li>a bare {@code 4.8}, read as {@code 1:4.8};</li>
 *   <li>a general ratio {@code a:b} with {@code a > 0}, read as {@code b / a}
 *       ({@code 2:9.6} is {@code 4.8}); the returned {@link Ratio} keeps {@code b} as numerator
 *       and {@code a} as denominator.</li>
 * </ul>
 * Each side is a plain non-negative decimal of at most 18 digits before and 18 after the
 * point. Anything else is rejected with a message that quotes the input: {@code "1:"},
 * {@code "abc"}, {@code "1:-3"}, {@code "1:NaN"}, {@code "1:Infinity"}, {@code "0:4.8"},
 * exponents and thousands separators.
 *
 * <pre>{@code
 * RoasNotation.format(Ratio.of(48, 10));                    // "1:4.8"
 * RoasNotation.format(Ratio.of(62, 10), 2, RoundingMode.HALF_UP);  // "1:6.20"
 * RoasNotation.parse(" 1：4.8 ").doubleValue();              // 4.8
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RoasNotation {

    /** The number of decimals {@link #format(Ratio)} writes. */
    public static final int DEFAULT_DECIMALS = 1;

    /** The rounding {@link #format(Ratio)} uses: half up, as a spreadsheet's ROUND. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

    private static final String NUMBER = "([0-9]{1,18}(?:\\.[0-9]{1,18})?)";
    private static final String SPACE = "[\\s\\u3000]*";
    private static final Pattern NOTATION = Pattern.compile(
            SPACE + "(?:" + NUMBER + SPACE + "[:\\uFF1A]" + SPACE + ")?" + NUMBER + SPACE);

    private RoasNotation() {
    }

    /**
     * Writes a ROAS as {@code "1:x"} with {@value #DEFAULT_DECIMALS} decimal, rounded
     * {@link RoundingMode#HALF_UP}.
     *
     * @param roas the ROAS (revenue ÷ cost)
     * @return the notation, for example {@code "1:4.8"}
     * @throws IllegalArgumentException if the ROAS is negative
     * @throws IllegalStateException if the ROAS is undefined; the message gives the reason
     * @throws NullPointerException if {@code roas} is null
     */
    public static String format(Ratio roas) {
        return format(roas, DEFAULT_DECIMALS, DEFAULT_ROUNDING);
    }

    /**
     * Writes a ROAS as {@code "1:x"} with the given number of decimals.
     *
     * @param roas the ROAS (revenue ÷ cost)
     * @param decimals the number of decimals after the point, {@code >= 0}
     * @param mode how to round
     * @return the notation, for example {@code "1:4.80"} for two decimals
     * @throws IllegalArgumentException if {@code decimals} is negative or the ROAS is negative
     * @throws IllegalStateException if the ROAS is undefined; the message gives the reason
     * @throws NullPointerException if {@code roas} or {@code mode} is null
     */
    public static String format(Ratio roas, int decimals, RoundingMode mode) {
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(mode, "mode");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0, was " + decimals);
        }
        BigDecimal value = roas.toBigDecimal(decimals, mode);
        if (roas.numerator().signum() * roas.denominator().signum() < 0) {
            throw new IllegalArgumentException("ROAS must be >= 0 to be written as 1:x, was "
                    + roas.toBigDecimal().toPlainString());
        }
        return "1:" + value.toPlainString();
    }

    /**
     * Reads the notation back as a ROAS: {@code "1:4.8"}, {@code "1：4.8"}, {@code "4.8"} or
     * a general {@code "a:b"} meaning {@code b / a}.
     *
     * @param text the text to parse
     * @return the ROAS with the right-hand side as numerator and the left-hand side (1 when
     *     absent) as denominator
     * @throws IllegalArgumentException if the text is not in the notation or its left-hand
     *     side is zero; the message quotes the text
     * @throws NullPointerException if {@code text} is null
     */
    public static Ratio parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        Matcher m = NOTATION.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("ROAS notation must be a non-negative plain decimal"
                    + " written \"1:4.8\", \"1：4.8\", \"a:b\" or \"4.8\", was \"" + s + "\"");
        }
        BigDecimal cost = m.group(1) == null ? BigDecimal.ONE : new BigDecimal(m.group(1));
        BigDecimal revenue = new BigDecimal(m.group(2));
        if (cost.signum() == 0) {
            throw new IllegalArgumentException(
                    "left-hand side of the ROAS notation must be > 0, was \"" + s + "\"");
        }
        return Ratio.of(revenue, cost);
    }
}
