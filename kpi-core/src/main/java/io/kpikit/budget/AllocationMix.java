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
 * <p>{@link #restore} rebuilds a stored mix from the figures it holds (tag key, kind, totals
 * and groups) and checks that they agree with each other, since the report a mix was taken
 * from is not kept: {@code restore(m.tagKey(), m.kind(), m.totalBudget(), m.totalActual(),
 * m.groups())} gives a mix with the same figures.
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
     * Rebuilds a stored mix from its figures, checking that they are consistent: the inverse of
     * the accessors, for reading a mix back (from JSON or a database), since the report it was
     * taken from is not kept. {@code restore} is the name kpikit gives such factories.
     *
     * <p>Checked: the two totals are in one currency and every group's amounts are in it; group
     * names are distinct and in the order {@link #from} gives (by name, {@link #UNTAGGED} last);
     * {@code totalBudget = Σ budget} and {@code totalActual = Σ actual} exactly; and each share
     * is the ratio {@code from} computes, {@code budget / totalBudget} and
     * {@code actual / totalActual} with equal numerator and denominator, or, when the total is
     * zero, undefined with the reason {@code "total budget is zero: share is undefined"}
     * ({@code "total actual ..."}).
     *
     * <pre>{@code
     * // proven 800 of 1,000, experimental 200 of 1,000 (actuals 900 and 300 of 1,200)
     * AllocationMix m = AllocationMix.restore("mix", LineKind.COST, Money.parse("CNY 1000"),
     *         Money.parse("CNY 1200"), List.of(
     *             new MixShare("experimental", Money.parse("CNY 200"), Money.parse("CNY 300"),
     *                     Ratio.of(200, 1000), Ratio.of(300, 1200)),
     *             new MixShare("proven", Money.parse("CNY 800"), Money.parse("CNY 900"),
     *                     Ratio.of(800, 1000), Ratio.of(900, 1200))));
     * }</pre>
     *
     * @param tagKey the tag key the groups are values of
     * @param kind the kind of line the mix is taken over
     * @param totalBudget the total budget of the lines of {@code kind}
     * @param totalActual the total actual of the lines of {@code kind}
     * @param groups the groups, in name order with {@link #UNTAGGED} last
     * @return the mix
     * @throws IllegalArgumentException if a figure disagrees with the others; the message names
     *     the group and field, the value expected and the value given, as
     *     {@code groups[1].budgetShare must be 800/1000 = 0.8 (group "proven"), was 8/10 = 0.8}
     * @throws io.kpikit.core.CurrencyMismatchException if an amount is in another currency
     * @throws NullPointerException if an argument or a group is null
     */
    public static AllocationMix restore(String tagKey, LineKind kind, Money totalBudget, Money totalActual,
            List<MixShare> groups) {
        Objects.requireNonNull(tagKey, "tagKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(totalBudget, "totalBudget");
        Objects.requireNonNull(totalActual, "totalActual");
        List<MixShare> copy = List.copyOf(Objects.requireNonNull(groups, "groups"));
        totalBudget.checkSameCurrency(totalActual);
        Money budgetSum = Money.zero(totalBudget.currency());
        Money actualSum = budgetSum;
        for (int i = 0; i < copy.size(); i++) {
            MixShare g = copy.get(i);
            String field = "groups[" + i + "]";
            if (i > 0 && GROUP_ORDER.compare(copy.get(i - 1).group(), g.group()) >= 0) {
                throw new IllegalArgumentException(field + ".group must come after \"" + copy.get(i - 1).group()
                        + "\" (groups are distinct, by name, " + UNTAGGED + " last), was \"" + g.group() + "\"");
            }
            budgetSum = budgetSum.plus(g.budget());
            actualSum = actualSum.plus(g.actual());
        }
        if (!budgetSum.equals(totalBudget)) {
            throw new IllegalArgumentException("totalBudget must be the sum of the groups' budgets, " + budgetSum
                    + ", was " + totalBudget);
        }
        if (!actualSum.equals(totalActual)) {
            throw new IllegalArgumentException("totalActual must be the sum of the groups' actuals, " + actualSum
                    + ", was " + totalActual);
        }
        for (int i = 0; i < copy.size(); i++) {
            MixShare g = copy.get(i);
            String field = "groups[" + i + "]";
            String where = " (group \"" + g.group() + "\")";
            requireShare(field + ".budgetShare", g.budgetShare(), share(g.budget(), totalBudget, "total budget"), where);
            requireShare(field + ".actualShare", g.actualShare(), share(g.actual(), totalActual, "total actual"), where);
        }
        return new AllocationMix(tagKey, kind, totalBudget, totalActual, copy);
    }

    private static void requireShare(String field, Ratio given, Ratio expected, String where) {
        if (!given.equals(expected)) {
            throw new IllegalArgumentException(field + " must be " + expected + where + ", was " + given);
        }
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
