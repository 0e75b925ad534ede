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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of budget lines in one currency, rolled up over their category tree.
 *
 * <p>Every prefix of a line's path is a node ({@link CategoryPath#prefixes()}), and the root is
 * the whole report. Each node's totals are exact sums of money over the lines of its subtree,
 * so a parent equals the sum of its children plus the lines that sit on the parent itself, to
 * the cent. Cost and revenue lines are rolled up separately (see {@link BudgetNode}); netting
 * them would hide a cost overrun behind a revenue beat.
 *
 * <p>Validation: at least one line; line ids unique; every line in the currency of the first
 * line, otherwise a {@link CurrencyMismatchException} whose message reads, for example,
 * {@code line "kol" is in USD, expected CNY (the currency of line "sem")}.
 *
 * <pre>{@code
 * BudgetReport r = BudgetReport.of(lines);     // 10,000,000 budget, 9,500,000 actual
 * Variance total = r.root().cost().orElseThrow();
 * total.variance();        // CNY -500000
 * total.executionRate();   // 0.95
 * r.largestContributors(3);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<BudgetLine> lines;
    private final ToleranceBand band;
    private final Map<String, BudgetLine> byId;
    /** Sorted by path, root first. */
    private final Map<CategoryPath, BudgetNode> nodes;

    private BudgetReport(List<BudgetLine> lines, ToleranceBand band, Map<String, BudgetLine> byId,
            Map<CategoryPath, BudgetNode> nodes) {
        this.lines = lines;
        this.band = band;
        this.byId = byId;
        this.nodes = nodes;
    }

    private static BudgetReport create(List<BudgetLine> input, ToleranceBand band) {
        Objects.requireNonNull(input, "lines");
        Objects.requireNonNull(band, "band");
        List<BudgetLine> lines = List.copyOf(input);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines must not be empty: the currency of an empty report is unknown");
        }
        BudgetLine first = lines.get(0);
        Currency currency = first.budget().currency();
        Map<String, BudgetLine> byId = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            if (!line.budget().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, line.budget().currency(), "line \"" + line.id()
                        + "\" is in " + line.budget().currency().getCurrencyCode() + ", expected "
                        + currency.getCurrencyCode() + " (the currency of line \"" + first.id() + "\")");
            }
            if (byId.putIfAbsent(line.id(), line) != null) {
                throw new IllegalArgumentException("line id must be unique, was \"" + line.id() + "\" twice");
            }
        }
        return new BudgetReport(lines, band, Collections.unmodifiableMap(byId), rollUp(lines, currency, band));
    }

    private static Map<CategoryPath, BudgetNode> rollUp(List<BudgetLine> lines, Currency currency,
            ToleranceBand band) {
        Map<CategoryPath, Sums> sums = new TreeMap<>();
        for (BudgetLine line : lines) {
            for (CategoryPath node : line.path().prefixes()) {
                sums.computeIfAbsent(node, k -> new Sums()).add(line);
            }
        }
        Map<CategoryPath, BudgetNode> out = new LinkedHashMap<>();
        for (Map.Entry<CategoryPath, Sums> e : sums.entrySet()) {
            out.put(e.getKey(), e.getValue().toNode(e.getKey(), currency, band));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Exact running sums of one node, per kind. */
    private static final class Sums {
        private final List<String> ids = new ArrayList<>();
        private final BigDecimal[] budget = {BigDecimal.ZERO, BigDecimal.ZERO};
        private final BigDecimal[] actual = {BigDecimal.ZERO, BigDecimal.ZERO};
        private final int[] count = new int[2];

        void add(BudgetLine line) {
            int k = line.kind().ordinal();
            ids.add(line.id());
            budget[k] = budget[k].add(line.budget().amount());
            actual[k] = actual[k].add(line.actual().amount());
            count[k]++;
        }

        BudgetNode toNode(CategoryPath path, Currency currency, ToleranceBand band) {
            return new BudgetNode(path, ids, rollUp(LineKind.COST, currency, band),
                    rollUp(LineKind.REVENUE, currency, band));
        }

        private Optional<Variance> rollUp(LineKind kind, Currency currency, ToleranceBand band) {
            int k = kind.ordinal();
            if (count[k] == 0) {
                return Optional.empty();
            }
            return Optional.of(Variance.of(kind, Money.of(budget[k], currency), Money.of(actual[k], currency), band));
        }
    }

    /**
     * Returns a report judged against the {@linkplain ToleranceBand#DEFAULT default} ±5% band.
     *
     * @param lines the lines; at least one, unique ids, one currency
     * @return the report
     * @throws IllegalArgumentException if there are no lines or an id repeats
     * @throws CurrencyMismatchException if a line is in another currency than the first line
     * @throws NullPointerException if {@code lines} or a line is null
     */
    public static BudgetReport of(List<BudgetLine> lines) {
        return create(lines, ToleranceBand.DEFAULT);
    }

    /**
     * Returns a report judged against the given band.
     *
     * @param lines the lines; at least one, unique ids, one currency
     * @param band the tolerance band for every line and node
     * @return the report
     * @throws IllegalArgumentException if there are no lines or an id repeats
     * @throws CurrencyMismatchException if a line is in another currency than the first line
     * @throws NullPointerException if an argument or a line is null
     */
    public static BudgetReport of(List<BudgetLine> lines, ToleranceBand band) {
        return create(lines, band);
    }

    /**
     * Returns the currency shared by every line.
     *
     * @return the currency
     */
    public Currency currency() {
        return lines.get(0).budget().currency();
    }

    /**
     * Returns the tolerance band.
     *
     * @return the band
     */
    public ToleranceBand band() {
        return band;
    }

    /**
     * Returns the lines in the order given.
     *
     * @return an unmodifiable list
     */
    public List<BudgetLine> lines() {
        return lines;
    }

    /**
     * Returns a line by id.
     *
     * @param id the line id
     * @return the line, or empty if the report has no such line
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<BudgetLine> line(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the variance of one line under the report's band.
     *
     * @param id the line id
     * @return the variance
     * @throws IllegalArgumentException if the report has no such line
     * @throws NullPointerException if {@code id} is null
     */
    public Variance variance(String id) {
        BudgetLine line = line(id).orElseThrow(() -> new IllegalArgumentException(
                "line id must be one of " + byId.keySet() + ", was \"" + id + "\""));
        return line.variance(band);
    }

    /**
     * Returns the roll-up of the whole report.
     *
     * @return the root node
     */
    public BudgetNode root() {
        return nodes.get(CategoryPath.root());
    }

    /**
     * Returns the roll-up of one node.
     *
     * @param path the node
     * @return the node, or empty if no line lies at or below it
     * @throws NullPointerException if {@code path} is null
     */
    public Optional<BudgetNode> node(CategoryPath path) {
        return Optional.ofNullable(nodes.get(Objects.requireNonNull(path, "path")));
    }

    /**
     * Returns the roll-up of one node given as text, such as {@code "online"}.
     *
     * @param path the node; use {@link #root()} for the root
     * @return the node, or empty if no line lies at or below it
     * @throws IllegalArgumentException if the path is not valid
     * @throws NullPointerException if {@code path} is null
     */
    public Optional<BudgetNode> node(String path) {
        return node(CategoryPath.of(path));
    }

    /**
     * Returns every node of the tree, parents before children, siblings in path order.
     *
     * @return an unmodifiable list starting with the root
     */
    public List<BudgetNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /**
     * Returns the direct children of a node.
     *
     * @param path the parent node
     * @return the children in path order; empty for a leaf or an unknown node
     * @throws NullPointerException if {@code path} is null
     */
    public List<BudgetNode> children(CategoryPath path) {
        Objects.requireNonNull(path, "path");
        List<BudgetNode> out = new ArrayList<>();
        for (BudgetNode n : nodes.values()) {
            if (n.path().depth() == path.depth() + 1 && path.contains(n.path())) {
                out.add(n);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the {@code n} cost lines with the largest absolute variance, largest first, ties by
     * line id; each with its share of the total absolute variance of all cost lines. Revenue
     * lines are left out, as in the roll-up; see {@link #largestContributors(LineKind, int)}.
     *
     * @param n how many lines to return; more than the number of cost lines returns them all
     * @return the contributions; empty when the report has no cost line
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public List<Contribution> largestContributors(int n) {
        return largestContributors(LineKind.COST, n);
    }

    /**
     * Returns the {@code n} lines of one kind with the largest absolute variance, largest first,
     * ties by line id; each with its share of the total absolute variance of the lines of that
     * kind, which every {@link Contribution} carries as
     * {@link Contribution#totalAbsoluteVariance()}.
     *
     * @param kind the kind of line to rank
     * @param n how many lines to return; more than the number of such lines returns them all
     * @return the contributions; empty when the report has no line of {@code kind}
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws NullPointerException if {@code kind} is null
     */
    public List<Contribution> largestContributors(LineKind kind, int n) {
        Objects.requireNonNull(kind, "kind");
        Checks.nonNegative(n, "n");
        Map<String, Money> absolute = new HashMap<>();
        Money totalAbsolute = Money.zero(currency());
        List<BudgetLine> sorted = new ArrayList<>();
        for (BudgetLine line : lines) {
            if (line.kind() == kind) {
                Money abs = line.actual().minus(line.budget()).abs();
                absolute.put(line.id(), abs);
                totalAbsolute = totalAbsolute.plus(abs);
                sorted.add(line);
            }
        }
        sorted.sort(Comparator.comparing((BudgetLine l) -> absolute.get(l.id())).reversed()
                .thenComparing(BudgetLine::id));
        List<Contribution> out = new ArrayList<>();
        for (BudgetLine line : sorted.subList(0, Math.min(n, sorted.size()))) {
            Money abs = absolute.get(line.id());
            Ratio share = totalAbsolute.isZero()
                    ? Ratio.undefined(abs.amount(), totalAbsolute.amount(),
                            "no " + kind.name().toLowerCase(Locale.ROOT) + " line varies from its budget")
                    : Ratio.of(abs, totalAbsolute);
            out.add(new Contribution(line.id(), line.kind(), line.actual().minus(line.budget()), totalAbsolute,
                    share));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the number of lines and the root totals.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        BudgetNode root = root();
        return "BudgetReport[" + lines.size() + " lines" + root.cost().map(v -> ", cost " + v).orElse("")
                + root.revenue().map(v -> ", revenue " + v).orElse("") + "]";
    }
}
