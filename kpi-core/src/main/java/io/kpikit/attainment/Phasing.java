package io.kpikit.attainment;

import io.kpikit.core.Allocation;
import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits an annual target into periods (quarters, months) by a {@link Profile}, so that the
 * parts add up to the annual target exactly.
 *
 * <p>Part {@code i} is the exact share {@code total × w_i / Σ w} rounded by the largest-remainder
 * rule of {@link Allocation}: money at the currency's minor unit (via {@link Money#allocate}),
 * counts at whole units. Every part is within one unit (a cent, a customer) of its exact share,
 * and the parts sum to the total with no residue to book anywhere.
 *
 * <pre>{@code
 * Phasing.split(Money.parse("CNY 1000000.00"), Profile.equal(3));  // 333333.34, 333333.33, 333333.33
 * Phasing.split(1_000, Profile.quarterly(1, 1, 1, 2));                // 200, 200, 200, 400
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Phasing {

    private Phasing() {
    }

    /**
     * Splits an amount of money by a profile.
     *
     * @param annual the amount to split; at most the currency's minor-unit decimal places
     * @param profile the weights of the periods
     * @return one part per period, summing exactly to {@code annual}
     * @throws IllegalArgumentException if {@code annual} has more decimal places than its
     *     currency's minor unit
     * @throws NullPointerException if an argument is null
     */
    public static List<Money> split(Money annual, Profile profile) {
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(profile, "profile");
        return annual.allocate(profile.weights().toArray(new BigDecimal[0]));
    }

    /**
     * Splits a count (customers, leads, orders) by a profile, into whole parts.
     *
     * @param annual the count to split, not negative
     * @param profile the weights of the periods
     * @return one whole part per period, summing exactly to {@code annual}
     * @throws IllegalArgumentException if {@code annual} is negative
     * @throws NullPointerException if {@code profile} is null
     */
    public static List<Long> split(long annual, Profile profile) {
        Checks.nonNegative(annual, "annual");
        Objects.requireNonNull(profile, "profile");
        BigDecimal[] parts = Allocation.largestRemainder(BigDecimal.valueOf(annual), 0,
                profile.weights().toArray(new BigDecimal[0]));
        List<Long> out = new ArrayList<>(parts.length);
        for (BigDecimal p : parts) {
            out.add(p.longValueExact());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Splits an amount into four equal quarters.
     *
     * @param annual the amount to split
     * @return Q1 to Q4, summing exactly to {@code annual}
     * @throws IllegalArgumentException as {@link #split(Money, Profile)}
     * @throws NullPointerException if {@code annual} is null
     */
    public static List<Money> quarters(Money annual) {
        return split(annual, Profile.equal(4));
    }

    /**
     * Splits an amount into twelve equal months.
     *
     * @param annual the amount to split
     * @return January to December, summing exactly to {@code annual}
     * @throws IllegalArgumentException as {@link #split(Money, Profile)}
     * @throws NullPointerException if {@code annual} is null
     */
    public static List<Money> months(Money annual) {
        return split(annual, Profile.equal(12));
    }
}
