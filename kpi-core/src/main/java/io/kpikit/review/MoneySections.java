package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.customer.AverageRevenue;
import io.kpikit.customer.Cac;
import io.kpikit.customer.CustomerRates;
import io.kpikit.customer.Ltv;
import io.kpikit.customer.Nps;
import io.kpikit.roi.ChannelRanking;
import io.kpikit.roi.ChannelRow;
import io.kpikit.roi.ChannelSpend;
import io.kpikit.roi.ChannelTable;
import io.kpikit.roi.Roas;
import io.kpikit.roi.Roi;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the ROI and customer sections with the roi and customer APIs. */
final class MoneySections {

    private static final String ROI = "roi";
    private static final String CUSTOMERS = "customers";

    private MoneySections() {
    }

    static RoiSection roi(List<ChannelInput> channels, Currency currency, Warnings w) {
        List<ChannelSpend> spends = new ArrayList<>();
        Map<String, ChannelInput> byName = new HashMap<>();
        for (ChannelInput c : channels) {
            spends.add(new ChannelSpend(c.name(), c.spend(), c.revenue()));
            byName.put(c.name(), c);
        }
        ChannelTable table = ChannelTable.of(currency, spends);
        List<RoiRow> rows = new ArrayList<>();
        for (ChannelRow r : table.ranking(ChannelRanking.ROAS)) {
            ChannelInput in = byName.get(r.channel());
            Roas roas = r.roas();
            w.check(ROI, r.channel(), "roas", roas.ratio());
            w.check(ROI, r.channel(), "spendShare", r.spendShare());
            w.check(ROI, r.channel(), "revenueShare", r.revenueShare());
            Ratio gpRoi = in.grossProfit() == null ? null
                    : w.check(ROI, r.channel(), "grossProfitRoi", Roi.ofGrossProfit(in.grossProfit(), r.cost()).ratio());
            MoneyPerUnit cac = null;
            if (in.newCustomers() != null) {
                cac = perUnit(Cac.channel(r.channel(), r.cost(), in.newCustomers(), Money.DEFAULT_ROUNDING), w, ROI,
                        r.channel());
            }
            rows.add(new RoiRow(r.channel(), r.cost(), r.revenue(), roas.ratio(), notation(roas), r.roi().ratio(),
                    r.spendShare(), r.revenueShare(), in.grossProfit(), gpRoi, in.newCustomers(), cac));
        }
        Roas overall = table.overallRoas();
        w.check(ROI, "total", "roas", overall.ratio());
        return new RoiSection(table.totalCost(), table.totalRevenue(), overall.ratio(), notation(overall),
                overall.toRoi().ratio(), rows);
    }

    private static String notation(Roas roas) {
        return roas.isDefined() ? roas.toNotation() : null;
    }

    static MoneyPerUnit perUnit(Cac cac, Warnings w, String section, String item) {
        if (!cac.isDefined()) {
            w.add(section, item, "cac is undefined: " + cac.undefinedReason().orElseThrow());
        }
        return new MoneyPerUnit(cac.toOptional().orElse(null), cac.spend(), cac.newCustomers(),
                cac.undefinedReason().orElse(null));
    }

    private static MoneyPerUnit perUnit(AverageRevenue a, Warnings w, String item) {
        if (!a.isDefined()) {
            w.add(CUSTOMERS, item, item + " is undefined: " + a.undefinedReason().orElseThrow());
        }
        return new MoneyPerUnit(a.toOptional().orElse(null), a.revenue(), a.count(), a.undefinedReason().orElse(null));
    }

    static CustomerSection customers(CustomerInput c, List<ChannelInput> channels, BudgetInput budget,
            Currency currency, Warnings w) {
        long start = c.customersAtStart();
        long end = c.customersAtEnd();
        Ratio retention = w.check(CUSTOMERS, "retention", "retention",
                CustomerRates.retention(start, end, c.newCustomers()));
        Ratio churn = w.check(CUSTOMERS, "churn", "churn", CustomerRates.churn(start, c.lostCustomers()));
        Ratio newShare = w.check(CUSTOMERS, "newCustomerShare", "newCustomerShare",
                CustomerRates.newCustomerShare(c.newCustomers(), end));
        Ratio growth = w.check(CUSTOMERS, "customerGrowth", "customerGrowth", CustomerRates.growthRate(start, end));
        MoneyPerUnit aov = null;
        MoneyPerUnit arpu = null;
        AverageRevenue arpuValue = null;
        if (c.revenue() != null) {
            arpuValue = AverageRevenue.arpu(c.revenue(), end);
            arpu = perUnit(arpuValue, w, "arpu");
            if (c.orders() != null) {
                aov = perUnit(AverageRevenue.aov(c.revenue(), c.orders()), w, "aov");
            }
        }
        CacFigures cac = CacFigures.of(c, channels, budget, currency, w);
        LtvFigure ltv = null;
        if (c.grossMargin() != null && arpuValue != null && arpuValue.isDefined()) {
            if (churn.isDefined()) {
                Ltv value = Ltv.simple(arpuValue.value(), c.grossMargin(), churn.toBigDecimal(), Money.DEFAULT_ROUNDING);
                if (!value.isDefined()) {
                    w.add(CUSTOMERS, "ltv", "ltv is undefined: " + value.undefinedReason().orElseThrow());
                }
                ltv = new LtvFigure(value.toOptional().orElse(null), arpuValue.value(), c.grossMargin(),
                        churn.toBigDecimal(), value.undefinedReason().orElse(null));
            } else {
                ltv = new LtvFigure(null, arpuValue.value(), c.grossMargin(), null,
                        "churn is undefined: " + churn.undefinedReason().orElseThrow());
                w.add(CUSTOMERS, "ltv", "ltv is undefined: " + ltv.reason());
            }
        }
        return new CustomerSection(start, c.newCustomers(), c.lostCustomers(), end, retention, churn, newShare, growth,
                c.orders(), c.revenue(), aov, arpu, cac.blended(), cac.blendedSpend(), cac.paid(), cac.paidSpend(), ltv,
                ltvToCac(ltv, cac.blended(), "ltvToBlendedCac", w), ltvToCac(ltv, cac.paid(), "ltvToPaidCac", w),
                c.nps() == null ? null : nps(c.nps().toNps(), w),
                c.csat() == null ? null : w.check(CUSTOMERS, "csat", "csat", c.csat().toCsat()));
    }

    /**
     * LTV ÷ CAC from the two amounts as the report prints them (both rounded to the minor unit),
     * so the ratio's numerator is the LTV shown and its denominator the CAC shown; null when
     * either has no value (its own reason says why).
     */
    private static Ratio ltvToCac(LtvFigure ltv, MoneyPerUnit cac, String what, Warnings w) {
        if (ltv == null || ltv.value() == null || cac == null || cac.value() == null) {
            return null;
        }
        return w.check(CUSTOMERS, what, what, Ratio.of(ltv.value(), cac.value()));
    }

    private static NpsFigure nps(Nps nps, Warnings w) {
        Figure score;
        Figure lower;
        Figure upper;
        if (nps.isDefined()) {
            Nps.Interval ci = nps.confidenceInterval();
            score = Figure.of(nps.toBigDecimal());
            lower = Figure.ofComputed(ci.lower(), "NPS interval is outside the range of a double");
            upper = Figure.ofComputed(ci.upper(), "NPS interval is outside the range of a double");
        } else {
            score = Figure.undefined(nps.undefinedReason().orElseThrow());
            lower = score;
            upper = score;
        }
        w.check(CUSTOMERS, "nps", "nps", score);
        return new NpsFigure(nps.promoters(), nps.passives(), nps.detractors(), nps.responses(),
                nps.promoterShare(), nps.detractorShare(), score, lower, upper);
    }
}
