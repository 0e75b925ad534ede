package io.kpikit.json.cli;

import java.util.List;
import java.util.Objects;

/**
 * One {@code --name} option of a command, as parsed by {@link Arguments} and listed by
 * {@link Help}.
 *
 * <p>A flag ({@code valueName} null) takes no value; any other option takes exactly one,
 * written {@code --name value} or {@code --name=value}. When {@code choices} is not empty the
 * value must be one of them, which {@link Arguments#parse} checks.
 *
 * <pre>{@code
 * Option.value("--format", "FORMAT", "csv (default) or json").withChoices("csv", "json").withDefault("csv")
 * }</pre>
 *
 * @param name the option as typed, starting with {@code --}
 * @param valueName the placeholder shown in help ({@code K}, {@code NAME}), or null for a flag
 * @param description what the option does, for help; may hold line breaks
 * @param choices the allowed values, empty for any
 * @param defaultValue the value when the option is absent, or null
 */
record Option(String name, String valueName, String description, List<String> choices, String defaultValue) {

    /**
     * Validates the option.
     *
     * @param name the option as typed, starting with {@code --}
     * @param valueName the placeholder shown in help, or null for a flag
     * @param description what the option does
     * @param choices the allowed values, empty for any
     * @param defaultValue the value when the option is absent, or null
     * @throws IllegalArgumentException if {@code name} does not start with {@code --} or a
     *     flag has choices or a default
     * @throws NullPointerException if {@code name}, {@code description} or {@code choices} is null
     */
    Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if (!name.startsWith("--") || name.length() < 3 || name.contains("=")) {
            throw new IllegalArgumentException("name must be --word, was \"" + name + "\"");
        }
        if (valueName == null && (!choices.isEmpty() || defaultValue != null)) {
            throw new IllegalArgumentException("a flag must have no choices or default, was " + name);
        }
    }

    /**
     * Returns a flag, an option without a value.
     *
     * @param name the option, such as {@code --debug}
     * @param description what it does
     * @return the option
     */
    static Option flag(String name, String description) {
        return new Option(name, null, description, List.of(), null);
    }

    /**
     * Returns an option that takes one value.
     *
     * @param name the option, such as {@code --order}
     * @param valueName the placeholder shown in help, such as {@code K}
     * @param description what it does
     * @return the option, with no choices and no default
     */
    static Option value(String name, String valueName, String description) {
        return new Option(name, Objects.requireNonNull(valueName, "valueName"), description, List.of(), null);
    }

    /**
     * Returns a copy that accepts only the given values.
     *
     * @param allowed the allowed values
     * @return the option
     */
    Option withChoices(String... allowed) {
        return new Option(name, valueName, description, List.of(allowed), defaultValue);
    }

    /**
     * Returns a copy with a default value.
     *
     * @param value the value used when the option is absent
     * @return the option
     */
    Option withDefault(String value) {
        return new Option(name, valueName, description, choices, Objects.requireNonNull(value, "value"));
    }

    /**
     * Tells whether the option takes a value.
     *
     * @return false for a flag
     */
    boolean takesValue() {
        return valueName != null;
    }
}
