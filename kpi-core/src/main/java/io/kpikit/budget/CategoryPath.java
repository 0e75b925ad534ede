package io.kpikit.budget;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the budget category tree, written as non-empty segments separated by {@code /},
 * such as {@code "online/feed-ads"}.
 *
 * <p>Every prefix of a path is a node: {@code online/feed-ads} lies under {@code online}, which
 * lies under the {@link #root()}, the whole report. The root is the only path with no
 * segments; its text is the empty string, and {@link #of(String)} does not accept it (a budget
 * line always sits somewhere below the root). A segment must not be empty or blank, and must
 * not start or end with whitespace; a path must not start or end with {@code /}.
 *
 * <p>Paths are ordered segment by segment ({@code a < a/b < a/c < b}), so a parent sorts
 * before its children. Equality is by segments.
 *
 * <pre>{@code
 * CategoryPath p = CategoryPath.of("online/feed-ads");
 * p.parent();     // Optional[online]
 * p.prefixes();   // [, online, online/feed-ads]  (root first)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategoryPath implements Comparable<CategoryPath>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final CategoryPath ROOT = new CategoryPath(List.of());

    /** The segments, root first; empty for the root. */
    private final List<String> segments;

    private CategoryPath(List<String> segments) {
        this.segments = segments;
    }

    private static CategoryPath create(String text) {
        Objects.requireNonNull(text, "path");
        if (text.isEmpty() || text.startsWith("/") || text.endsWith("/")) {
            throw new IllegalArgumentException(
                    "path must be non-empty segments separated by '/' with no leading or trailing '/', was \""
                            + text + "\"");
        }
        String[] parts = text.split("/", -1);
        for (String part : parts) {
            if (part.isBlank() || !part.strip().equals(part)) {
                throw new IllegalArgumentException("path segments must be non-blank without surrounding spaces, was \""
                        + text + "\"");
            }
        }
        return new CategoryPath(List.copyOf(Arrays.asList(parts)));
    }

    /**
     * Parses a path such as {@code "online/feed-ads"}.
     *
     * @param path the path text
     * @return the path
     * @throws IllegalArgumentException if the text is empty, starts or ends with {@code /}, or
     *     has an empty or blank segment; the message quotes the text
     * @throws NullPointerException if {@code path} is null
     */
    public static CategoryPath of(String path) {
        return create(path);
    }

    /**
     * Returns the root of the tree: the whole report.
     *
     * @return the root path, with no segments
     */
    public static CategoryPath root() {
        return ROOT;
    }

    /**
     * Returns the segments, root first.
     *
     * @return an unmodifiable list; empty for the root
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * Returns the number of segments: 0 for the root, 2 for {@code online/feed-ads}.
     *
     * @return the depth
     */
    public int depth() {
        return segments.size();
    }

    /**
     * Returns whether this is the root.
     *
     * @return {@code true} for the root
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Returns the parent node.
     *
     * @return the parent, or empty for the root
     */
    public Optional<CategoryPath> parent() {
        if (isRoot()) {
            return Optional.empty();
        }
        return Optional.of(segments.size() == 1 ? ROOT : new CategoryPath(segments.subList(0, segments.size() - 1)));
    }

    /**
     * Returns every node from the root down to this one.
     *
     * @return the prefixes, root first and this path last
     */
    public List<CategoryPath> prefixes() {
        List<CategoryPath> out = new ArrayList<>(segments.size() + 1);
        out.add(ROOT);
        for (int i = 1; i <= segments.size(); i++) {
            out.add(new CategoryPath(List.copyOf(segments.subList(0, i))));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns whether {@code other} is this node or lies below it.
     *
     * @param other the candidate descendant
     * @return {@code true} if this path is a prefix of {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean contains(CategoryPath other) {
        Objects.requireNonNull(other, "other");
        return other.segments.size() >= segments.size()
                && other.segments.subList(0, segments.size()).equals(segments);
    }

    /**
     * Compares segment by segment; a prefix sorts before its extensions.
     *
     * @param other the path to compare with
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(CategoryPath other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /**
     * Returns whether {@code obj} is a path with the same segments.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof CategoryPath && segments.equals(((CategoryPath) obj).segments);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * Returns the segments joined by {@code /}; the empty string for the root.
     *
     * @return the path text, parseable by {@link #of(String)} except for the root
     */
    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
