package io.kpikit.json.cli;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.AttributionModel;
import io.kpikit.attribution.MarkovChain;
import io.kpikit.attribution.MarkovModel;
import io.kpikit.attribution.PathCsv;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

/**
 * {@code kpi attribute PATHS.csv --model NAME}: attributes the conversions and conversion
 * value of aggregated paths to channels with one model of {@code io.kpikit.attribution}.
 *
 * <p>The file is read with {@link PathCsv} ({@code -} reads standard input), the model is
 * one of {@link RuleBasedModel}, {@link MarkovModel}, {@link ShapleyModel}, and the result is
 * printed by {@link AttributionTable}: CSV {@code channel,conversions,value} (Markov adds
 * {@code removal_effect}) or a JSON document.
 *
 * <p>Options that belong to one model ({@code --order}, {@code --direct},
 * {@code --first-share}, {@code --last-share}) are usage errors with any other model. Errors
 * in the file (its line number comes from {@link PathCsv}) or that a model finds in the data
 * are {@link DataException}s naming the file.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AttributeCommand implements Command {

    private static final String MODEL = "--model";
    private static final String ORDER = "--order";
    private static final String DIRECT = "--direct";
    private static final String FIRST_SHARE = "--first-share";
    private static final String LAST_SHARE = "--last-share";
    private static final String SEPARATOR = "--separator";
    private static final String CURRENCY = "--currency";
    private static final String FORMAT = "--format";

    private static final List<Option> OPTIONS = List.of(
            Option.value(MODEL, "NAME", "Required. The attribution model:\n"
                    + "first             first touch gets all the credit\n"
                    + "last              last touch gets all the credit\n"
                    + "last-non-direct   last touch that is not --direct (all-direct paths: direct)\n"
                    + "linear            every touch gets 1/L of a path of L touches\n"
                    + "linear-distinct   every distinct channel of a path gets an equal share\n"
                    + "position          U-shaped: --first-share, --last-share, the rest to the middle\n"
                    + "markov            Markov chain removal effects, exact (--order K)\n"
                    + "shapley           Shapley values, rate-based worth (exact up to 20 channels,\n"
                    + "                  sampled from a fixed seed up to 64)")
                    .withChoices("first", "last", "last-non-direct", "linear", "linear-distinct", "position", "markov",
                            "shapley"),
            Option.value(ORDER, "K", "Markov only: channels per state, an integer >= 1.").withDefault("1"),
            Option.value(DIRECT, "NAME", "last-non-direct only: the direct channel's name; it must occur\n"
                    + "in the paths.").withDefault("Direct"),
            Option.value(FIRST_SHARE, "F", "position only: the first touch's share, in [0, 1].").withDefault("0.4"),
            Option.value(LAST_SHARE, "L", "position only: the last touch's share, in [0, 1]; F + L <= 1.")
                    .withDefault("0.4"),
            Option.value(SEPARATOR, "S", "The string between channels in the path column; spaces around\n"
                    + "it are optional.").withDefault(PathCsv.DEFAULT_SEPARATOR),
            Option.value(CURRENCY, "CODE", "ISO 4217 code of the conversion values; values must be whole\n"
                    + "minor units of it (at most 2 decimals for CNY).").withDefault("CNY"),
            Option.value(FORMAT, "FORMAT", "csv or json.").withChoices("csv", "json").withDefault("csv"));

    /**
     * Creates the command.
     */
    AttributeCommand() {
    }

    @Override
    public String name() {
        return "attribute";
    }

    @Override
    public String summary() {
        return "Attribute the conversions and value of a paths CSV to its channels";
    }

    @Override
    public String synopsis() {
        return "attribute PATHS.csv --model NAME [OPTIONS]";
    }

    @Override
    public String description() {
        return "PATHS.csv is UTF-8 CSV with a header naming the columns path and total_conversions,\n"
                + "and optionally total_conversion_value and total_null (ChannelAttribution's export\n"
                + "format), for example:\n"
                + "    path,total_conversions,total_conversion_value,total_null\n"
                + "    Search > Email,3,300.00,7\n"
                + "Use - for standard input.\n"
                + "\n"
                + "Prints CSV with the header channel,conversions,value (markov adds removal_effect),\n"
                + "one row per channel sorted by channel name. Conversions are printed in full\n"
                + "(Java's Double.toString, which reads back to the same double); values are exact\n"
                + "decimal amounts in the currency that add up to the total value to the cent;\n"
                + "removal_effect is the channel's conversion removal effect, empty when the paths\n"
                + "never convert. Channel names holding a comma, quote or line break are quoted\n"
                + "(RFC 4180). --format json prints the model, the totals and the same rows, with\n"
                + "values as {\"amount\", \"currency\"} and each channel's share as a ratio.\n";
    }

    @Override
    public List<Option> options() {
        return OPTIONS;
    }

    @Override
    public void run(Arguments args, Io io) {
        String file = file(args);
        String modelName = args.value(MODEL).orElseThrow(() -> new UsageException(MODEL + " is required, one of "
                + String.join(", ", OPTIONS.get(0).choices())));
        onlyWith(args, modelName, ORDER, "markov");
        onlyWith(args, modelName, DIRECT, "last-non-direct");
        onlyWith(args, modelName, FIRST_SHARE, "position");
        onlyWith(args, modelName, LAST_SHARE, "position");
        AttributionModel model = model(args, modelName);
        String separator = args.value(SEPARATOR).orElseThrow();
        if (separator.isEmpty()) {
            throw new UsageException(SEPARATOR + " must not be empty, was \"\"");
        }
        Currency currency = currency(args.value(CURRENCY).orElseThrow());
        PathSet paths = read(file, io, currency, separator);
        AttributionTable table;
        try {
            if (model instanceof MarkovModel) {
                MarkovChain chain = ((MarkovModel) model).fit(paths);
                table = AttributionTable.of(chain.attribution(), paths, chain.removalEffects());
            } else {
                Attribution a = model.attribute(paths);
                table = AttributionTable.of(a, paths, null);
            }
        } catch (IllegalArgumentException e) {
            String hint = modelName.equals("last-non-direct") ? " (choose it with " + DIRECT + ")" : "";
            throw new DataException(label(file) + ": " + e.getMessage() + hint, e);
        }
        if (args.value(FORMAT).orElseThrow().equals("json")) {
            table.writeJson(io.out());
        } else {
            io.out().print(table.toCsv());
        }
    }

    private static String file(Arguments args) {
        List<String> files = args.positionals();
        if (files.isEmpty()) {
            throw new UsageException("PATHS.csv is required (a file, or - for standard input), was nothing");
        }
        if (files.size() > 1) {
            throw new UsageException("exactly one PATHS.csv must be given, was " + files.size() + ": "
                    + String.join(" ", files));
        }
        return files.get(0);
    }

    private static void onlyWith(Arguments args, String model, String option, String only) {
        if (args.given(option) && !model.equals(only)) {
            throw new UsageException(option + " applies only to " + MODEL + " " + only + ", was given with "
                    + MODEL + " " + model);
        }
    }

    private static AttributionModel model(Arguments args, String name) {
        switch (name) {
            case "first":
                return RuleBasedModel.firstTouch();
            case "last":
                return RuleBasedModel.lastTouch();
            case "last-non-direct":
                return RuleBasedModel.lastNonDirect(args.value(DIRECT).orElseThrow());
            case "linear":
                return RuleBasedModel.linearPerTouch();
            case "linear-distinct":
                return RuleBasedModel.linearPerChannel();
            case "position":
                return position(args);
            case "markov":
                return MarkovModel.ofOrder(order(args.value(ORDER).orElseThrow()));
            case "shapley":
                return ShapleyModel.rateBased();
            default:
                throw new UsageException(MODEL + " must be one of " + String.join(", ", OPTIONS.get(0).choices())
                        + ", was " + Arguments.quote(name));
        }
    }

    private static int order(String text) {
        int order;
        try {
            order = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException(ORDER + " must be an integer >= 1, was " + Arguments.quote(text), e);
        }
        if (order < 1) {
            throw new UsageException(ORDER + " must be an integer >= 1, was " + Arguments.quote(text));
        }
        return order;
    }

    private static RuleBasedModel position(Arguments args) {
        double first = share(FIRST_SHARE, args.value(FIRST_SHARE).orElseThrow());
        double last = share(LAST_SHARE, args.value(LAST_SHARE).orElseThrow());
        try {
            return RuleBasedModel.positionBased(first, last);
        } catch (IllegalArgumentException e) {
            // the core validates; only its parameter names are translated into option names
            String message = e.getMessage().replace("firstShare", FIRST_SHARE).replace("lastShare", LAST_SHARE);
            throw new UsageException(message, e);
        }
    }

    private static double share(String option, String text) {
        try {
            return new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number in [0, 1], was " + Arguments.quote(text), e);
        }
    }

    private static Currency currency(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException(CURRENCY + " must be an ISO 4217 code such as CNY or USD, was "
                    + Arguments.quote(code), e);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new UsageException(CURRENCY + " must be a currency with a minor unit, was " + Arguments.quote(code));
        }
        return currency;
    }

    private static PathSet read(String file, Io io, Currency currency, String separator) {
        try (Reader reader = open(file, io)) {
            return PathCsv.read(reader, currency, separator);
        } catch (IllegalArgumentException e) {
            throw new DataException(label(file) + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static Reader open(String file, Io io) throws IOException {
        if (file.equals("-")) {
            // a fresh decoder reports malformed input instead of replacing it
            return new InputStreamReader(io.in(), StandardCharsets.UTF_8.newDecoder()) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new DataException(label(file) + ": not a valid file name (" + e.getReason() + ")", e);
        }
        if (Files.isDirectory(path)) {
            throw new DataException(label(file) + ": is a directory, not a CSV file", null);
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }

    private static DataException unreadable(String file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof CharacterCodingException) {
            why = "not UTF-8 text (" + e + ")";
        } else {
            why = "cannot read it (" + e + ")";
        }
        return new DataException(label(file) + ": " + why, e);
    }

    private static String label(String file) {
        return file.equals("-") ? "<stdin>" : file;
    }
}
