package io.kpikit.review;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.ChannelCredit;
import io.kpikit.attribution.ModelComparison;
import io.kpikit.attribution.PathSet;
import io.kpikit.core.Figure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Builds the attribution section with {@link ModelComparison}. */
final class AttributionSections {

    private static final String ATTRIBUTION = "attribution";

    private AttributionSections() {
    }

    static AttributionSection attribution(AttributionInput in, Currency currency, Path baseDirectory, Warnings w) {
        PathSet paths;
        try {
            paths = in.toPathSet(currency, baseDirectory);
        } catch (ReviewInputException e) {
            throw e.under("attribution");
        }
        ModelComparison comparison = ModelComparison.of(paths, in.attributionModels());
        if (paths.totalConversions() == 0) {
            w.add(ATTRIBUTION, "", "the paths have no conversions: every share is undefined");
        }
        if (paths.totalNulls() == 0) {
            w.add(ATTRIBUTION, "", "the paths have no non-converting journeys (nulls, 0 when absent): markov and"
                    + " shapley credit depend on them, so check that they were not left out");
        }
        List<AttributionRow> rows = new ArrayList<>();
        for (String channel : comparison.channels()) {
            List<ModelCredit> credits = new ArrayList<>();
            for (String model : comparison.models()) {
                Attribution a = comparison.attribution(model);
                ChannelCredit c = a.credit(channel);
                credits.add(new ModelCredit(model, Figure.ofComputed(c.conversions(), "conversions out of range"),
                        c.value(), c.share()));
            }
            rows.add(new AttributionRow(channel, credits));
        }
        return new AttributionSection(comparison.models(),
                Figure.ofComputed(paths.totalConversions(), "conversions out of range"), paths.totalValue(), rows);
    }
}
