package io.kpikit.budget;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One line of a budget: an id, a display name, a place in the category tree, a kind, the
 * budget and the actual, and optional tags.
 *
 * <p>Tags are key/value pairs such as {@code mix=proven} or {@code channel=kol}; an
 * {@link AllocationMix} groups lines by the value of one key. Keys and values must be
 * non-blank.
 *
 * <p>Validation: the id and name must be non-blank; the budget must not be negative (a plan
 * to spend or earn a negative amount is an input error, for cost and revenue lines alike);
 * budget and actual must be in one currency. The actual may be negative: it is the net of the
 * ledger, and refunds or credit notes can exceed the charges of a period; see
 * {@link Variance} for what that does to the rates.
 *
 * <pre>{@code
 * BudgetLine kol = BudgetLine.of("kol", "KOL seeding", "online/kol", LineKind.COST,
 *         Money.parse("CNY 1500000"), Money.parse("CNY 1320000")).withTag("mix", "experimental");
 * kol.variance().variancePercent();   // -180000/1500000 = -0.12
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final CategoryPath path;
    private final LineKind kind;
    private final Money budget;
    private final Money actual;
    /** Sorted by key, unmodifiable. */
    private final Map<String, String> tags;

    private BudgetLine(String id, String name, CategoryPath path, LineKind kind, Money budget, Money actual,
            Map<String, String> tags) {
        this.id = id;
        this.name = name;
        this.path = path;
        this.kind = kind;
        this.budget = budget;
        this.actual = actual;
        this.tags = tags;
    }

    private static BudgetLine create(String id, String name, CategoryPath path, LineKind kind, Money budget,
            Money actual, Map<String, String> tags) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(actual, "actual");
        if (id.isBlank()) {
            throw new IllegalArgumentException("line id must be non-blank, was \"" + id + "\"");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must be non-blank, was \"" + name + "\" (line \"" + id + "\")");
        }
        if (path.isRoot()) {
            throw new IllegalArgumentException("path must not be the root (line \"" + id + "\")");
        }
        if (!budget.currency().equals(actual.currency())) {
            throw new CurrencyMismatchException(budget.currency(), actual.currency(),
                    "budget and actual of line \"" + id + "\"");
        }
        if (budget.isNegative()) {
            throw new IllegalArgumentException("budget must be >= 0, was " + budget + " (line \"" + id + "\")");
        }
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : tags.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "tag key");
            String value = Objects.requireNonNull(e.getValue(), "tag value");
            if (key.isBlank() || value.isBlank()) {
                throw new IllegalArgumentException("tag key and value must be non-blank, was \"" + key + "\"=\""
                        + value + "\" (line \"" + id + "\")");
            }
            sorted.put(key, value);
        }
        return new BudgetLine(id, name, path, kind, budget, actual, Collections.unmodifiableMap(sorted));
    }

    /**
     * Returns a line without tags.
     *
     * @param id the line id, unique within a report
     * @param name the display name
     * @param path the category path, such as {@code "online/feed-ads"}
     * @param kind cost or revenue
     * @param budget the budget, not negative
     * @param actual the actual, any sign, in the budget's currency
     * @return the line
     * @throws IllegalArgumentException if the id or name is blank, the path is invalid or the
     *     budget negative; the message names the line
     * @throws io.kpikit.core.CurrencyMismatchException if budget and actual differ in currency
     * @throws NullPointerException if an argument is null
     */
    public static BudgetLine of(String id, String name, String path, LineKind kind, Money budget, Money actual) {
        return create(id, name, CategoryPath.of(path), kind, budget, actual, Map.of());
    }

    /**
     * Returns a copy with one more tag, or with the value of an existing key replaced.
     *
     * @param key the tag key, such as {@code "mix"}
     * @param value the tag value, such as {@code "proven"}
     * @return the tagged line
     * @throws IllegalArgumentException if the key or value is blank
     * @throws NullPointerException if an argument is null
     */
    public BudgetLine withTag(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return create(id, name, path, kind, budget, actual, copy);
    }

    /**
     * Returns a copy with another actual, for example one built by a
     * {@link PostingAccumulator}.
     *
     * @param newActual the actual, in the budget's currency
     * @return the line with the new actual
     * @throws io.kpikit.core.CurrencyMismatchException if the currency differs
     * @throws NullPointerException if {@code newActual} is null
     */
    public BudgetLine withActual(Money newActual) {
        return create(id, name, path, kind, budget, newActual, tags);
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the display name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the category path.
     *
     * @return the path, never the root
     */
    public CategoryPath path() {
        return path;
    }

    /**
     * Returns the kind.
     *
     * @return cost or revenue
     */
    public LineKind kind() {
        return kind;
    }

    /**
     * Returns the budget.
     *
     * @return the budget, not negative
     */
    public Money budget() {
        return budget;
    }

    /**
     * Returns the actual.
     *
     * @return the actual, any sign
     */
    public Money actual() {
        return actual;
    }

    /**
     * Returns the tags, sorted by key.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> tags() {
        return tags;
    }

    /**
     * Returns the value of one tag.
     *
     * @param key the tag key
     * @return the value, or empty when the line has no such tag
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<String> tag(String key) {
        return Optional.ofNullable(tags.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns the variance of this line under the default ±5% band.
     *
     * @return the variance
     */
    public Variance variance() {
        return Variance.of(kind, budget, actual);
    }

    /**
     * Returns the variance of this line under the given band.
     *
     * @param band the tolerance band
     * @return the variance
     * @throws NullPointerException if {@code band} is null
     */
    public Variance variance(ToleranceBand band) {
        return Variance.of(kind, budget, actual, band);
    }

    /**
     * Returns whether {@code obj} is a line with equal fields (money compared numerically).
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof BudgetLine)) {
            return false;
        }
        BudgetLine o = (BudgetLine) obj;
        return id.equals(o.id) && name.equals(o.name) && path.equals(o.path) && kind == o.kind
                && budget.equals(o.budget) && actual.equals(o.actual) && tags.equals(o.tags);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, name, path, kind, budget, actual, tags);
    }

    /**
     * Returns a short description such as {@code "kol online/kol COST budget CNY 1500000 actual CNY 1320000"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return id + " " + path + " " + kind + " budget " + budget + " actual " + actual
                + (tags.isEmpty() ? "" : " " + tags);
    }
}
