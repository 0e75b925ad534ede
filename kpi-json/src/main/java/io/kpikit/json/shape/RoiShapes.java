package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.CURRENCY;
import static io.kpikit.json.shape.Codecs.MONEY;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.roi.ChannelRow;
import io.kpikit.roi.ChannelSpend;
import io.kpikit.roi.ChannelTable;
import io.kpikit.roi.IncrementalReturn;
import io.kpikit.roi.Roas;
import io.kpikit.roi.Roi;
import io.kpikit.roi.SpendLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Shapes of {@code io.kpikit.roi}: ROAS, ROI, incremental return, the channel table.
 *
 * <pre>{@code
 * Roas  {"revenue": <Money>, "cost": <Money>, "ratio": <Ratio>, "notation": "1:4.2"}
 * }</pre>
 */
final class RoiShapes {

    /** ROAS: revenue and cost; the ratio and the "1:4.2" notation ({@code null} when undefined). */
    static final Shape<Roas> ROAS = Shape.builder(Roas.class)
            .input("revenue", MONEY, Roas::revenue)
            .input("cost", MONEY, Roas::cost)
            .derived("ratio", RATIO, Roas::ratio)
            .derived("notation", optional(STRING), RoiShapes::notation)
            .build(v -> Roas.of(v.get("revenue", Money.class), v.get("cost", Money.class)));

    /** ROI: the return and the cost; the net return and the ratio. */
    static final Shape<Roi> ROI = Shape.builder(Roi.class)
            .input("returnAmount", MONEY, Roi::returnAmount)
            .input("cost", MONEY, Roi::cost)
            .derived("netReturn", MONEY, Roi::netReturn)
            .derived("ratio", RATIO, Roi::ratio)
            .build(v -> Roi.of(v.get("returnAmount", Money.class), v.get("cost", Money.class)));

    /**
     * Incremental return: the baseline as shown (checked against the value built), the exact
     * baseline of a holdout ({@code holdout return × treated units} over {@code holdout units};
     * {@code null} for a plain baseline, which {@code baselineReturn} gives exactly), the treated
     * return and the cost; the incremental return and the two ratios.
     */
    static final Shape<IncrementalReturn> INCREMENTAL_RETURN = Shape.builder(IncrementalReturn.class)
            .checkedInput("baselineReturn", MONEY, IncrementalReturn::baselineReturn)
            .input("exactBaselineReturn", optional(RATIO), RoiShapes::holdoutBaseline)
            .input("treatedReturn", MONEY, IncrementalReturn::treatedReturn)
            .input("cost", MONEY, IncrementalReturn::cost)
            .derived("incrementalReturn", MONEY, IncrementalReturn::incrementalReturn)
            .derived("incrementalRoas", RATIO, IncrementalReturn::incrementalRoas)
            .derived("incrementalRoi", RATIO, IncrementalReturn::incrementalRoi)
            .build(RoiShapes::incrementalReturn);

    /** One channel's cost and revenue, the input of a channel table. */
    static final Shape<ChannelSpend> CHANNEL_SPEND = Shape.ofRecord(ChannelSpend.class).build();

    /** A channel table row, with the channel's ROAS and ROI ratios and its ROAS notation. */
    static final Shape<ChannelRow> CHANNEL_ROW = Shape.ofRecord(ChannelRow.class)
            .derived("roas", RATIO, r -> r.roas().ratio())
            .derived("roasNotation", optional(STRING), r -> notation(r.roas()))
            .derived("roi", RATIO, r -> r.roi().ratio())
            .build();

    /** The channel table: rows in channel-name order (shares checked), totals and overall ROAS. */
    static final Shape<ChannelTable> CHANNEL_TABLE = Shape.builder(ChannelTable.class)
            .input("currency", CURRENCY, ChannelTable::currency)
            .checkedInput("rows", listOf(object(ChannelRow.class)), ChannelTable::rows)
            .derived("totalCost", MONEY, ChannelTable::totalCost)
            .derived("totalRevenue", MONEY, ChannelTable::totalRevenue)
            .derived("overallRoas", object(Roas.class), ChannelTable::overallRoas)
            .build(v -> {
                List<ChannelSpend> spends = new ArrayList<>();
                for (ChannelRow r : v.list("rows", ChannelRow.class)) {
                    spends.add(new ChannelSpend(r.channel(), r.cost(), r.revenue()));
                }
                return ChannelTable.of(v.get("currency", Currency.class), spends);
            });

    /** A spend level and its return, the input of marginal ROI. */
    static final Shape<SpendLevel> SPEND_LEVEL = Shape.ofRecord(SpendLevel.class).build();

    private RoiShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(ROAS, ROI, INCREMENTAL_RETURN, CHANNEL_SPEND, CHANNEL_ROW, CHANNEL_TABLE, SPEND_LEVEL);
    }

    private static Optional<String> notation(Roas roas) {
        return roas.isDefined() ? Optional.of(roas.toNotation()) : Optional.empty();
    }

    /** The exact baseline when it divides by more than one holdout unit; empty for a plain baseline. */
    private static Optional<Ratio> holdoutBaseline(IncrementalReturn r) {
        Ratio exact = r.exactBaselineReturn();
        return exact.denominator().compareTo(BigDecimal.ONE) == 0 ? Optional.empty() : Optional.of(exact);
    }

    private static IncrementalReturn incrementalReturn(Values v) throws JsonMappingException {
        Money treated = v.get("treatedReturn", Money.class);
        Money cost = v.get("cost", Money.class);
        Optional<Ratio> exact = v.optional("exactBaselineReturn", Ratio.class);
        if (exact.isEmpty()) {
            return IncrementalReturn.between(v.get("baselineReturn", Money.class), treated, cost);
        }
        BigDecimal units = exact.get().denominator();
        long holdoutUnits;
        try {
            holdoutUnits = units.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("exactBaselineReturn.denominator must be a whole number of holdout "
                    + "units, was " + units.toPlainString(), e);
        }
        return IncrementalReturn.ofHoldout(Money.of(exact.get().numerator(), cost.currency()), holdoutUnits, treated, 1,
                cost);
    }
}
