package io.kpikit.json.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line of one command: option values and positional arguments.
 *
 * <p>Rules of {@link #parse}: {@code --name value} and {@code --name=value} set an option;
 * a flag takes no value ({@code --flag=x} is an error); each option may be given once; an
 * option that takes a value may not be followed by another option instead
 * ({@code --model --order 2} is "--model needs a value"; write {@code --separator=--} for a
 * value that starts with {@code --}); a value outside the option's choices is rejected;
 * {@code -} alone is a positional argument (standard input); {@code --} ends the options,
 * so later words are positional even if they start with {@code -}. There are no short
 * options: any other word starting with {@code -} is an unknown option. Every error is a
 * {@link UsageException} naming the option and the value.
 *
 * <pre>{@code
 * Arguments a = Arguments.parse(options, List.of("paths.csv", "--model=markov", "--order", "2"));
 * a.positionals();        // [paths.csv]
 * a.value("--order");     // Optional[2]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
final class Arguments {

    private final Map<String, String> values;
    private final Set<String> typed;
    private final List<String> positionals;

    private Arguments(Map<String, String> values, Set<String> typed, List<String> positionals) {
        this.values = Map.copyOf(values);
        this.typed = Set.copyOf(typed);
        this.positionals = List.copyOf(positionals);
    }

    /**
     * Parses the words after the command name.
     *
     * @param options the options the command accepts
     * @param words the words to parse
     * @return the parsed arguments
     * @throws UsageException if a word is an unknown option, a value is missing or not one of
     *     the choices, a flag has a value, or an option is given twice
     * @throws NullPointerException if an argument is null
     */
    static Arguments parse(List<Option> options, List<String> words) {
        Map<String, Option> byName = new LinkedHashMap<>();
        for (Option o : options) {
            byName.put(o.name(), o);
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = Objects.requireNonNull(words.get(i), "word");
            if (word.equals("--")) {
                positionals.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (!word.startsWith("-") || word.equals("-")) {
                positionals.add(word);
                continue;
            }
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            Option option = byName.get(name);
            if (option == null || !name.startsWith("--")) {
                throw new UsageException("unknown option " + quote(name) + "; options are " + String.join(", ", byName.keySet()));
            }
            String value;
            if (!option.takesValue()) {
                if (eq >= 0) {
                    throw new UsageException(name + " takes no value, was " + quote(word.substring(eq + 1)));
                }
                value = "";
            } else if (eq >= 0) {
                value = word.substring(eq + 1);
            } else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
                value = words.get(++i);
            } else {
                throw new UsageException(name + " needs a value (" + option.valueName() + "), was "
                        + (i + 1 < words.size() ? quote(words.get(i + 1)) : "nothing"));
            }
            if (!option.choices().isEmpty() && !option.choices().contains(value)) {
                throw new UsageException(name + " must be one of " + String.join(", ", option.choices())
                        + ", was " + quote(value));
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageException(name + " must be given once, was given " + quote(values.get(name))
                        + " and " + quote(value));
            }
        }
        Set<String> typed = Set.copyOf(values.keySet());
        for (Option o : options) {
            if (o.defaultValue() != null) {
                values.putIfAbsent(o.name(), o.defaultValue());
            }
        }
        return new Arguments(values, typed, positionals);
    }

    private static boolean isOption(String word) {
        return word.startsWith("--") && word.length() > 2;
    }

    /**
     * Quotes a value for a message, so that empty values and spaces show.
     *
     * @param value the value
     * @return the value in double quotes
     */
    static String quote(String value) {
        return '"' + value + '"';
    }

    /**
     * Returns the positional arguments, in order.
     *
     * @return the words that are not options or option values
     */
    List<String> positionals() {
        return positionals;
    }

    /**
     * Tells whether an option was given on the command line (a default does not count).
     *
     * @param name the option name, such as {@code --order}
     * @return true if it was typed
     */
    boolean given(String name) {
        return typed.contains(name);
    }

    /**
     * Returns the value of an option, its default when absent.
     *
     * @param name the option name
     * @return the value, empty for an absent option without default; {@code ""} for a flag given
     */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
