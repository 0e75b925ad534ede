package io.kpikit.market;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete market in one period: named players and their sales, with each player's share
 * and the market's concentration.
 *
 * <p>Definitions, with {@code sᵢ} a player's sales and {@code T = Σ sᵢ}:
 * <ul>
 *   <li>{@link #share(String) share} = {@code sᵢ / T};</li>
 *   <li>{@link #relativeShare(String) relative share} = own sales ÷ the sales of the largest
 *       competitor, where "competitor" excludes the own player (so the leader's relative
 *       share is above 1);</li>
 *   <li>{@link #concentrationRatio(int) CRn} = the sum of the {@code n} largest shares; when
 *       the market has fewer than {@code n} players it is 1;</li>
 *   <li>{@link #hhi() HHI} = {@code Σ (100 · sᵢ / T)²} on the 0–10,000 scale
 *       ({@link Hhi}).</li>
 * </ul>
 * The players must cover the whole market: shares are taken of their own total, so put the
 * rest of the market in an "others" player if it matters (it then counts as one player in
 * CRn and HHI).
 *
 * <p>Edge cases: names must be distinct (a duplicate is rejected, naming it) and sales
 * {@code >= 0}. When the total is zero (including a market with no players) every share, CRn
 * and the HHI are undefined with the reason {@code "market total is 0"}. Asking for a player
 * the market does not have is an error that lists the players.
 *
 * <pre>{@code
 * Market m = Market.of(List.of(new Player("us", new BigDecimal("40")), new Player("B", new BigDecimal("30")),
 *         new Player("C", new BigDecimal("20")), new Player("D", new BigDecimal("10"))));
 * m.share("us").doubleValue();               // 0.4
 * m.relativeShare("us").doubleValue();       // 40 / 30 = 1.333…
 * m.concentrationRatio(2).doubleValue();     // 0.7
 * m.hhi().toBigDecimal(0, RoundingMode.HALF_UP);   // 3000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Market implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String ZERO_TOTAL = "market total is 0";

    /** The players in the order given. */
    private final List<Player> players;
    /** Name to sales. */
    private final Map<String, BigDecimal> sales;
    /** Σ sales. */
    private final BigDecimal total;

    private Market(List<Player> players, Map<String, BigDecimal> sales, BigDecimal total) {
        this.players = players;
        this.sales = sales;
        this.total = total;
    }

    private static Market create(List<Player> players) {
        Objects.requireNonNull(players, "players");
        List<Player> copy = List.copyOf(players);
        Map<String, BigDecimal> sales = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Player p : copy) {
            if (sales.putIfAbsent(p.name(), p.sales()) != null) {
                throw new IllegalArgumentException("player names must be distinct, was \"" + p.name() + "\" twice");
            }
            total = total.add(p.sales());
        }
        return new Market(copy, Collections.unmodifiableMap(sales), total);
    }

    /**
     * Returns the market of the given players.
     *
     * @param players the players, with distinct names
     * @return the market
     * @throws IllegalArgumentException if two players have the same name
     * @throws NullPointerException if {@code players} or a player is null
     */
    public static Market of(List<Player> players) {
        return create(players);
    }

    /**
     * Returns the market of players given as name → sales, in the map's iteration order.
     *
     * @param sales each player's sales, {@code >= 0}
     * @return the market
     * @throws IllegalArgumentException if a name is blank or sales are negative
     * @throws NullPointerException if {@code sales}, a name or an amount is null
     */
    public static Market of(Map<String, BigDecimal> sales) {
        Objects.requireNonNull(sales, "sales");
        List<Player> players = new ArrayList<>(sales.size());
        sales.forEach((name, amount) -> players.add(new Player(name, amount)));
        return create(players);
    }

    /**
     * Returns the market of players given as name → sales in money, all in one currency; the
     * shares do not depend on the currency.
     *
     * @param sales each player's sales, {@code >= 0}, in one currency
     * @return the market
     * @throws io.kpikit.core.CurrencyMismatchException if two amounts are in different
     *     currencies; the message names the player
     * @throws IllegalArgumentException if a name is blank or sales are negative
     * @throws NullPointerException if {@code sales}, a name or an amount is null
     */
    public static Market ofMoney(Map<String, Money> sales) {
        Objects.requireNonNull(sales, "sales");
        List<Player> players = new ArrayList<>(sales.size());
        Currency currency = null;
        for (Map.Entry<String, Money> e : sales.entrySet()) {
            Money amount = Objects.requireNonNull(e.getValue(), "sales of " + e.getKey());
            if (currency == null) {
                currency = amount.currency();
            } else if (!currency.equals(amount.currency())) {
                throw new CurrencyMismatchException(currency, amount.currency(),
                        "sales of player \"" + e.getKey() + "\"");
            }
            players.add(new Player(e.getKey(), amount.amount()));
        }
        return create(players);
    }

    /**
     * Returns the players in the order given.
     *
     * @return an unmodifiable list of players
     */
    public List<Player> players() {
        return players;
    }

    /**
     * Returns the total sales of the market.
     *
     * @return {@code Σ sales}
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * Returns whether the market has a player of that name.
     *
     * @param player the name
     * @return {@code true} if present
     */
    public boolean contains(String player) {
        return sales.containsKey(Objects.requireNonNull(player, "player"));
    }

    /**
     * Returns a player's sales.
     *
     * @param player the name
     * @return the sales
     * @throws IllegalArgumentException if the market has no such player
     * @throws NullPointerException if {@code player} is null
     */
    public BigDecimal sales(String player) {
        BigDecimal s = sales.get(Objects.requireNonNull(player, "player"));
        if (s == null) {
            throw new IllegalArgumentException("player must be one of " + names() + ", was \"" + player + "\"");
        }
        return s;
    }

    /** Returns a player's sales, or zero when absent: for comparing two periods. */
    BigDecimal salesOrZero(String player) {
        return sales.getOrDefault(player, BigDecimal.ZERO);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(players.size());
        for (Player p : players) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Returns a player's market share, {@code sales / total}.
     *
     * @param player the name
     * @return the share; undefined when the total is zero
     * @throws IllegalArgumentException if the market has no such player
     * @throws NullPointerException if {@code player} is null
     */
    public Ratio share(String player) {
        return shareOf(sales(player));
    }

    /** Returns {@code amount / total}, undefined with a reason when the total is zero. */
    Ratio shareOf(BigDecimal amount) {
        return total.signum() == 0 ? Ratio.undefined(amount, total, ZERO_TOTAL) : Ratio.of(amount, total);
    }

    /**
     * Returns every player's share, in player order. The numerators add up to the common
     * denominator, the total, so the shares sum to exactly 1 when the total is not zero.
     *
     * @return an unmodifiable map of name to share
     */
    public Map<String, Ratio> shares() {
        Map<String, Ratio> out = new LinkedHashMap<>();
        for (Player p : players) {
            out.put(p.name(), shareOf(p.sales()));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns a player's relative market share: its sales ÷ the sales of the largest other
     * player.
     *
     * @param player the own player's name
     * @return the relative share; undefined when there is no other player or the largest
     *     other player has no sales
     * @throws IllegalArgumentException if the market has no such player
     * @throws NullPointerException if {@code player} is null
     */
    public Ratio relativeShare(String player) {
        BigDecimal own = sales(player);
        BigDecimal largest = null;
        for (Player p : players) {
            if (!p.name().equals(player) && (largest == null || p.sales().compareTo(largest) > 0)) {
                largest = p.sales();
            }
        }
        if (largest == null) {
            return Ratio.undefined(own, BigDecimal.ZERO, "the market has no competitor of \"" + player + "\"");
        }
        if (largest.signum() == 0) {
            return Ratio.undefined(own, largest, "the largest competitor of \"" + player + "\" has no sales");
        }
        return Ratio.of(own, largest);
    }

    /**
     * Returns the change of a player's share between two markets, in percentage points and
     * as a relative change ({@link PointChange}); a player absent from one of them had no
     * sales in it (it entered or left the market). The points ratio has the denominator
     * {@code before.total() · after.total()}, so the points of all players compare and add
     * exactly. When either total is zero both results are undefined with the reason
     * {@code "rate before is undefined: market total is 0"} (or {@code after}).
     *
     * <p>Example: 200 of 1,000 (20%) → 390 of 1,500 (26%) is {@code +6} points and
     * {@code +30%}.
     *
     * @param before the market in the first period
     * @param after the market in the second period
     * @param player the player's name
     * @return the change of its share
     * @throws IllegalArgumentException if neither market has the player
     * @throws NullPointerException if an argument is null
     */
    public static PointChange shareChange(Market before, Market after, String player) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(player, "player");
        if (!before.contains(player) && !after.contains(player)) {
            throw new IllegalArgumentException("player must be in at least one of the two markets, was \""
                    + player + "\"");
        }
        return PointChange.between(before.shareOf(before.salesOrZero(player)),
                after.shareOf(after.salesOrZero(player)));
    }

    /**
     * Returns the change between two shares given as ratios (from a panel report, say),
     * checking that each defined share lies in {@code [0, 1]}; {@link PointChange#between}
     * is the same without the check, for rates that may exceed 1.
     *
     * @param before the share in the first period, in {@code [0, 1]} or undefined
     * @param after the share in the second period, in {@code [0, 1]} or undefined
     * @return the change
     * @throws IllegalArgumentException if a defined share is outside {@code [0, 1]}
     * @throws NullPointerException if an argument is null
     */
    public static PointChange shareChange(Ratio before, Ratio after) {
        return PointChange.between(checkShare(before, "before"), checkShare(after, "after"));
    }

    private static Ratio checkShare(Ratio share, String field) {
        Objects.requireNonNull(share, field);
        if (share.isDefined()
                && (share.toBigDecimal().signum() < 0 || share.toBigDecimal().compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(field + " must be a share in [0, 1], was " + share);
        }
        return share;
    }

    /**
     * Returns the concentration ratio CRn: the combined share of the {@code n} largest
     * players (all players when there are fewer than {@code n}).
     *
     * @param n the number of players, {@code >= 1} (CR4 is {@code n = 4})
     * @return the sum of the top {@code n} sales over the total; undefined when the total is
     *     zero
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Ratio concentrationRatio(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        List<BigDecimal> sorted = new ArrayList<>(sales.values());
        sorted.sort(Collections.reverseOrder());
        BigDecimal top = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(n, sorted.size()); i++) {
            top = top.add(sorted.get(i));
        }
        return shareOf(top);
    }

    /**
     * Returns the Herfindahl–Hirschman index on the 0–10,000 scale.
     *
     * @return the HHI; undefined when the total is zero
     */
    public Hhi hhi() {
        List<BigDecimal> sales = new ArrayList<>(players.size());
        for (Player p : players) {
            sales.add(p.sales());
        }
        return Hhi.create(Collections.unmodifiableList(sales));
    }

    /**
     * Returns whether {@code obj} is a market with the same players, in the same order, with
     * numerically equal sales.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Market)) {
            return false;
        }
        Market other = (Market) obj;
        if (players.size() != other.players.size()) {
            return false;
        }
        for (int i = 0; i < players.size(); i++) {
            Player a = players.get(i);
            Player b = other.players.get(i);
            if (!a.name().equals(b.name()) || a.sales().compareTo(b.sales()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 1;
        for (Player p : players) {
            h = 31 * h + p.name().hashCode();
            h = 31 * h + p.sales().stripTrailingZeros().hashCode();
        }
        return h;
    }

    /**
     * Returns {@code "Market{name=sales, ...}"} in player order.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Market{");
        for (int i = 0; i < players.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(players.get(i).name()).append('=').append(players.get(i).sales().toPlainString());
        }
        return sb.append('}').toString();
    }
}
