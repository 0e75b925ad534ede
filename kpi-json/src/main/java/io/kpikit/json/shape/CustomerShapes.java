package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.LONG;
import static io.kpikit.json.shape.Codecs.MONEY;
import static io.kpikit.json.shape.Codecs.OPTIONAL_LONG;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.enumOf;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.mapOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.core.Money;
import io.kpikit.customer.AverageRevenue;
import io.kpikit.customer.Cac;
import io.kpikit.customer.CacTable;
import io.kpikit.customer.Csat;
import io.kpikit.customer.Ltv;
import io.kpikit.customer.Nps;
import io.kpikit.customer.OrderStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Shapes of {@code io.kpikit.customer}: AOV and ARPU, CAC and the CAC table, LTV, NPS, order
 * statistics. The money results carry the rounding mode they were rounded with
 * ({@code roundingMode}, {@code HALF_EVEN} when absent, core's default).
 */
final class CustomerShapes {

    /** A rounding mode by constant name; absent or {@code null} reads as {@link Money#DEFAULT_ROUNDING}. */
    private static final Codec<Optional<RoundingMode>> ROUNDING = optional(enumOf(RoundingMode.class));

    /** AOV or ARPU: kind, revenue, count, rounding mode; the rounded value ({@code null} when undefined) and reason. */
    static final Shape<AverageRevenue> AVERAGE_REVENUE = Shape.builder(AverageRevenue.class)
            .input("kind", enumOf(AverageRevenue.Kind.class), AverageRevenue::kind)
            .input("revenue", MONEY, AverageRevenue::revenue)
            .input("count", LONG, AverageRevenue::count)
            .input("roundingMode", ROUNDING, a -> Optional.of(a.roundingMode()))
            .derived("value", optional(MONEY), AverageRevenue::toOptional)
            .derived("reason", optional(STRING), AverageRevenue::undefinedReason)
            .build(v -> {
                Money revenue = v.get("revenue", Money.class);
                long count = v.getLong("count");
                RoundingMode mode = mode(v);
                return v.get("kind", AverageRevenue.Kind.class) == AverageRevenue.Kind.AOV
                        ? AverageRevenue.aov(revenue, count, mode) : AverageRevenue.arpu(revenue, count, mode);
            });

    /** CAC: basis, channel ({@code null} unless per channel), spend, new customers, rounding mode; value and reason. */
    static final Shape<Cac> CAC = Shape.builder(Cac.class)
            .input("basis", enumOf(Cac.Basis.class), Cac::basis)
            .input("channel", optional(STRING), Cac::channel)
            .input("spend", MONEY, Cac::spend)
            .input("newCustomers", LONG, Cac::newCustomers)
            .input("roundingMode", ROUNDING, c -> Optional.of(c.roundingMode()))
            .derived("value", optional(MONEY), Cac::toOptional)
            .derived("reason", optional(STRING), Cac::undefinedReason)
            .build(CustomerShapes::cac);

    /**
     * Per-channel CACs (checked input: each channel's spend and new customers), the rounding mode
     * of the table, and the blended total.
     */
    static final Shape<CacTable> CAC_TABLE = Shape.builder(CacTable.class)
            .checkedInput("channels", mapOf(object(Cac.class)), CacTable::asMap)
            .input("roundingMode", ROUNDING, t -> Optional.of(t.roundingMode()))
            .derived("total", object(Cac.class), CacTable::total)
            .build(v -> {
                RoundingMode mode = mode(v);
                Map<String, Money> spend = new LinkedHashMap<>();
                Map<String, Long> customers = new LinkedHashMap<>();
                for (Map.Entry<String, Cac> row : v.map("channels", Cac.class).entrySet()) {
                    if (row.getValue().roundingMode() != mode) {
                        throw new IllegalArgumentException("channels[\"" + row.getKey() + "\"].roundingMode must be the "
                                + "table's " + mode + ", was " + row.getValue().roundingMode());
                    }
                    spend.put(row.getKey(), row.getValue().spend());
                    customers.put(row.getKey(), row.getValue().newCustomers());
                }
                return CacTable.of(spend, customers, mode);
            });

    /**
     * LTV: method and the inputs of that method ({@code null} or empty where it has none); the
     * rounded value and reason.
     */
    static final Shape<Ltv> LTV = Shape.builder(Ltv.class)
            .input("method", enumOf(Ltv.Method.class), Ltv::method)
            .input("arpu", optional(MONEY), Ltv::arpu)
            .input("grossMargin", optional(DECIMAL), Ltv::grossMargin)
            .input("churnRate", optional(DECIMAL), Ltv::churnRate)
            .input("discountRate", DECIMAL, Ltv::discountRate)
            .input("cohortMargins", listOf(MONEY), Ltv::cohortMargins)
            .input("cohortSize", OPTIONAL_LONG, Ltv::cohortSize)
            .input("roundingMode", ROUNDING, l -> Optional.of(l.roundingMode()))
            .derived("value", optional(MONEY), Ltv::toOptional)
            .derived("reason", optional(STRING), Ltv::undefinedReason)
            .build(CustomerShapes::ltv);

    /** A confidence interval of an NPS. */
    static final Shape<Nps.Interval> NPS_INTERVAL = Shape.ofRecord(Nps.Interval.class).build();

    /**
     * NPS: the three counts; responses, shares, the score, its standard error and 95% interval
     * ({@code null} when there are no responses) and the reason.
     */
    static final Shape<Nps> NPS = Shape.builder(Nps.class)
            .input("promoters", LONG, Nps::promoters)
            .input("passives", LONG, Nps::passives)
            .input("detractors", LONG, Nps::detractors)
            .derived("responses", LONG, Nps::responses)
            .derived("promoterShare", RATIO, Nps::promoterShare)
            .derived("detractorShare", RATIO, Nps::detractorShare)
            .derived("score", optional(DECIMAL), n -> n.isDefined() ? Optional.of(n.toBigDecimal()) : Optional.empty())
            .derived("standardError", optional(DOUBLE),
                    n -> n.isDefined() ? Optional.of(n.standardError()) : Optional.empty())
            .derived("confidenceInterval", optional(object(Nps.Interval.class)),
                    n -> n.isDefined() ? Optional.of(n.confidenceInterval()) : Optional.empty())
            .derived("reason", optional(STRING), Nps::undefinedReason)
            .build(v -> Nps.of(v.getLong("promoters"), v.getLong("passives"), v.getLong("detractors")));

    /** A CSAT answer scale: lowest and highest answer, lowest satisfied answer. */
    static final Shape<Csat.Scale> CSAT_SCALE = Shape.ofRecord(Csat.Scale.class).build();

    /** Order statistics; the repurchase rate and orders per customer. */
    static final Shape<OrderStats> ORDER_STATS = Shape.ofRecord(OrderStats.class)
            .derived("repurchaseRate", RATIO, OrderStats::repurchaseRate)
            .derived("ordersPerCustomer", RATIO, OrderStats::ordersPerCustomer)
            .build();

    private CustomerShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(AVERAGE_REVENUE, CAC, CAC_TABLE, LTV, NPS_INTERVAL, NPS, CSAT_SCALE, ORDER_STATS);
    }

    private static Cac cac(Values v) throws JsonMappingException {
        Cac.Basis basis = v.get("basis", Cac.Basis.class);
        Optional<String> channel = v.optional("channel", String.class);
        Money spend = v.get("spend", Money.class);
        long customers = v.getLong("newCustomers");
        if (basis == Cac.Basis.CHANNEL && channel.isEmpty()) {
            throw new IllegalArgumentException("channel must be given for a CHANNEL CAC, was null");
        }
        if (basis != Cac.Basis.CHANNEL && channel.isPresent()) {
            throw new IllegalArgumentException("channel must be null for a " + basis + " CAC, was \""
                    + channel.get() + "\"");
        }
        RoundingMode mode = mode(v);
        switch (basis) {
            case BLENDED:
                return Cac.blended(spend, customers, mode);
            case PAID:
                return Cac.paid(spend, customers, mode);
            default:
                return Cac.channel(channel.get(), spend, customers, mode);
        }
    }

    private static Ltv ltv(Values v) throws JsonMappingException {
        Ltv.Method method = v.get("method", Ltv.Method.class);
        BigDecimal discountRate = v.get("discountRate", BigDecimal.class);
        List<Money> margins = v.list("cohortMargins", Money.class);
        OptionalLong size = v.get("cohortSize", OptionalLong.class);
        if (method == Ltv.Method.COHORT) {
            if (size.isEmpty()) {
                throw new IllegalArgumentException("cohortSize must be given for a COHORT LTV, was null");
            }
            for (String field : List.of("arpu", "grossMargin", "churnRate")) {
                if (v.optional(field, Object.class).isPresent()) {
                    throw new IllegalArgumentException(field + " must be null for a COHORT LTV, was "
                            + v.optional(field, Object.class).get());
                }
            }
            return Ltv.cohort(margins, size.getAsLong(), discountRate, mode(v));
        }
        if (!margins.isEmpty() || size.isPresent()) {
            throw new IllegalArgumentException("cohortMargins and cohortSize must be empty for a " + method
                    + " LTV, were " + margins + " and " + size);
        }
        if (method == Ltv.Method.SIMPLE && discountRate.signum() != 0) {
            throw new IllegalArgumentException("discountRate must be 0 for a SIMPLE LTV, was "
                    + discountRate.toPlainString());
        }
        Money arpu = required(v.optional("arpu", Money.class), "arpu", method);
        BigDecimal margin = required(v.optional("grossMargin", BigDecimal.class), "grossMargin", method);
        BigDecimal churn = required(v.optional("churnRate", BigDecimal.class), "churnRate", method);
        RoundingMode mode = mode(v);
        return method == Ltv.Method.SIMPLE ? Ltv.simple(arpu, margin, churn, mode)
                : Ltv.discounted(arpu, margin, churn, discountRate, mode);
    }

    /** The rounding mode read, {@link Money#DEFAULT_ROUNDING} when absent or {@code null}. */
    private static RoundingMode mode(Values v) throws JsonMappingException {
        return v.optional("roundingMode", RoundingMode.class).orElse(Money.DEFAULT_ROUNDING);
    }

    private static <V> V required(Optional<V> value, String field, Ltv.Method method) {
        return value.orElseThrow(() -> new IllegalArgumentException(field + " must be given for a " + method
                + " LTV, was null"));
    }
}
