package io.kpikit.budget;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The split of a report's budget and actual spend between the values of one tag, such as
 * {@code mix=proven} and {@code mix=experimental}, for checking a rule like "80% of budget to
 * proven channels, 20% to experiments".
 *
 * <p>A mix is taken over the lines of one {@link LineKind}: {@link LineKind#COST} unless
 * another kind is given. Lines of the other kind are left out of every group and of the
 * totals, because adding revenue to spend would dilute the shares (a revenue line of 5,000
 * would turn an experimental 200 of 1,000 spend into 200 of 6,000).
 *
 * <p>Each group's budget and actual are exact sums over its lines; its share is its amount ÷
 * the total over the lines of the kind ({@link Ratio}; undefined when the total is zero, as it
 * is when the report has no line of the kind). Lines without the tag
 * form the explicit group {@link #UNTAGGED}, so the shares of all groups sum to 1 and money
 * never disappears from the mix; that name is therefore reserved, and a line whose tag value
 * equals it is rejected. Shares of the actual can fall outside {@code [0, 1]} when refunds make
 * a group's net actual negative.
 *
 * <p>{@link #check(MixTarget, MixBasis)} compares the shares with a target: for each group
 * named by the mix or the target, deviation = share − target, within tolerance when
 * {@code |amount − target × total| ≤ points/100 × |total|} (exact, bounds included).
 *
 * <pre>{@code
 * AllocationMix mix = AllocationMix.from(report, "mix");
 * mix.group("experimental").get().budgetShare();                  // 2300000/10000000 = 0.23
 * mix.check(MixTarget.of(Map.of("proven", new BigDecimal("0.8"),
 *         "experimental", new BigDecimal("0.2")), BigDecimal.valueOf(5)), MixBasis.BUDGET);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllocationMix implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The group of lines that do not carry the tag. */
    public static final String UNTAGGED = "untagged";

    /** Untagged last, the rest by name. */
    private static final Comparator<String> GROUP_ORDER =
            Comparator.comparing((String g) -> g.equals(UNTAGGED)).thenComparing(Comparator.naturalOrder());

    private final String tagKey;
    private final LineKind kind;
    private final Money totalBudget;
    private final Money totalActual;
    private final List<MixShare> groups;

    private AllocationMix(String tagKey, LineKind kind, Money totalBudget, Money totalActual, List<MixShare> groups) {
        this.tagKey = tagKey;
        this.kind = kind;
        this.totalBudget = totalBudget;
        this.totalActual = totalActual;
        this.groups = groups;
    }

    private static AllocationMix create(BudgetReport report, String tagKey, LineKind kind) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(tagKey, "tagKey");
        Objects.requireNonNull(kind, "kind");
        Money zero = Money.zero(report.currency());
        Map<String, Money[]> sums = new TreeMap<>(GROUP_ORDER);
        Money totalBudget = zero;
        Money totalActual = zero;
        for (BudgetLine line : report.lines()) {
            if (line.kind() != kind) {
                continue;
            }
            Optional<String> value = line.tag(tagKey);
            if (value.isPresent() && value.get().equals(UNTAGGED)) {
                throw new IllegalArgumentException("tag \"" + tagKey + "\" must not use the reserved group name \""
                        + UNTAGGED + "\", was on line \"" + line.id() + "\"");
            }
            Money[] s = sums.computeIfAbsent(value.orElse(UNTAGGED), g -> new Money[] {zero, zero});
            s[0] = s[0].plus(line.budget());
            s[1] = s[1].plus(line.actual());
            totalBudget = totalBudget.plus(line.budget());
            totalActual = totalActual.plus(line.actual());
        }
        List<MixShare> groups = new ArrayList<>();
        for (Map.Entry<String, Money[]> e : sums.entrySet()) {
            Money[] s = e.getValue();
            groups.add(new MixShare(e.getKey(), s[0], s[1], share(s[0], totalBudget, "total budget"),
                    share(s[1], totalActual, "total actual")));
        }
        return new AllocationMix(tagKey, kind, totalBudget, totalActual, Collections.unmodifiableList(groups));
    }

    private static Ratio share(Money part, Money total, String what) {
        if (total.isZero()) {
            return Ratio.undefined(part.amount(), total.amount(), what + " is zero: share is undefined");
        }
        return Ratio.of(part, total);
    }

    /**
     * Returns the mix of a report's cost lines by the values of one tag; revenue lines are left
     * out.
     *
     * @param report the report
     * @param tagKey the tag key whose values form the groups, such as {@code "mix"}
     * @return the mix of the {@link LineKind#COST} lines
     * @throws IllegalArgumentException if a cost line's value for the tag is {@link #UNTAGGED}
     * @throws NullPointerException if an argument is null
     */
    public static AllocationMix from(BudgetReport report, String tagKey) {
        return create(report, tagKey, LineKind.COST);
    }

    /**
     * Returns the mix of a report's lines of one kind by the values of one tag; lines of the
     * other kind are left out.
     *
     * @param report the report
     * @param tagKey the tag key whose values form the groups, such as {@code "mix"}
     * @param kind the kind of line to take the mix over
     * @return the mix of the lines of {@code kind}
     * @throws IllegalArgumentException if such a line's value for the tag is {@link #UNTAGGED}
     * @throws NullPointerException if an argument is null
     */
    public static AllocationMix from(BudgetReport report, String tagKey, LineKind kind) {
        return create(report, tagKey, kind);
    }

    /**
     * Returns the tag key the lines were grouped by.
     *
     * @return the tag key
     */
    public String tagKey() {
        return tagKey;
    }

    /**
     * Returns the kind of line the mix is taken over.
     *
     * @return cost or revenue
     */
    public LineKind kind() {
        return kind;
    }

    /**
     * Returns the total budget of the report's lines of {@link #kind()}.
     *
     * @return the total budget
     */
    public Money totalBudget() {
        return totalBudget;
    }

    /**
     * Returns the total actual of the report's lines of {@link #kind()}.
     *
     * @return the total actual
     */
    public Money totalActual() {
        return totalActual;
    }

    /**
     * Returns the groups by name, {@link #UNTAGGED} last (when some line has no tag).
     *
     * @return an unmodifiable list
     */
    public List<MixShare> groups() {
        return groups;
    }

    /**
     * Returns one group.
     *
     * @param group the tag value, or {@link #UNTAGGED}
     * @return the group, or empty if no line belongs to it
     * @throws NullPointerException if {@code group} is null
     */
    public Optional<MixShare> group(String group) {
        Objects.requireNonNull(group, "group");
        return groups.stream().filter(g -> g.group().equals(group)).findFirst();
    }

    /**
     * Checks the shares against a target mix.
     *
     * @param target the target shares and tolerance
     * @param basis whether to check the budget or the actual shares
     * @return one deviation per group named by the mix or the target, and the verdict
     * @throws NullPointerException if an argument is null
     */
    public MixCheck check(MixTarget target, MixBasis basis) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(basis, "basis");
        Money total = basis == MixBasis.BUDGET ? totalBudget : totalActual;
        TreeSet<String> names = new TreeSet<>(GROUP_ORDER);
        names.addAll(target.shares().keySet());
        groups.forEach(g -> names.add(g.group()));
        List<MixDeviation> out = new ArrayList<>();
        for (String name : names) {
            Money amount = group(name).map(g -> g.amount(basis)).orElse(Money.zero(total.currency()));
            BigDecimal t = target.share(name);
            BigDecimal gap = amount.amount().subtract(t.multiply(total.amount()));
            String what = basis == MixBasis.BUDGET ? "total budget" : "total actual";
            Ratio share = share(amount, total, what);
            Ratio deviation = total.isZero()
                    ? Ratio.undefined(gap, total.amount(), what + " is zero: deviation is undefined")
                    : Ratio.of(gap, total.amount());
            boolean within = !total.isZero()
                    && gap.abs().compareTo(target.toleranceFraction().multiply(total.amount().abs())) <= 0;
            out.add(new MixDeviation(name, share, t, deviation, within));
        }
        return new MixCheck(basis, target, out);
    }

    /**
     * Returns the tag key and the groups.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "AllocationMix[" + tagKey + ", " + kind + ", " + groups.size() + " groups, budget " + totalBudget + ", actual "
                + totalActual + "]";
    }
}
