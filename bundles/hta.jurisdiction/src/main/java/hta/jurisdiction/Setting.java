package hta.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact a jurisdiction cannot confirm from its sources and leaves to an administrator, e.g. where in SMC's 22–26
 * weeks a PACE case falls, or Sykehusinnkjøp's target for a price memo. The jurisdiction reads it from its component
 * configuration (PID {@link Jurisdiction#configurationPid()}, property {@link #name()}); the app's settings service
 * lists, sets and audits it, and shows it as {@code CODE.name} (e.g. {@code smc.pace.weeks}). Until it is set,
 * {@link #defaultValue()} stands in where the jurisdiction needs a value, and its memos say nothing that depends on
 * it. Immutable.
 *
 * @param name         the configuration property, e.g. {@code pace.weeks}
 * @param type         what kind of value it takes
 * @param defaultValue the value that stands in while it is unset, or null when nothing does (the rule is then off)
 * @param choices      the allowed values of a {@link Type#CHOICE}; empty otherwise
 * @param min          the least value of an {@link Type#INTEGER}, or null
 * @param max          the greatest value of an {@link Type#INTEGER}, or null
 * @param description  what it decides, in English, for administrators
 * @param source       what is known and where from, e.g. the range an agency gives
 * @since 1.4
 */
public record Setting(String name, Type type, String defaultValue, List<String> choices, Integer min, Integer max,
                      String description, String source) {
    /** The kinds of value a setting takes. */
    public enum Type { INTEGER, BOOLEAN, TEXT, CHOICE }

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An integer setting within {@code min}–{@code max} (either may be null). */
    public static Setting integer(String name, String defaultValue, Integer min, Integer max, String description,
                                  String source) {
        return new Setting(name, Type.INTEGER, defaultValue, List.of(), min, max, description, source);
    }

    /** A yes/no setting. */
    public static Setting bool(String name, String defaultValue, String description, String source) {
        return new Setting(name, Type.BOOLEAN, defaultValue, List.of(), null, null, description, source);
    }

    /** One of a fixed list of values. */
    public static Setting choice(String name, String defaultValue, List<String> choices, String description,
                                 String source) {
        return new Setting(name, Type.CHOICE, defaultValue, choices, null, null, description, source);
    }

    /** Free text. */
    public static Setting text(String name, String defaultValue, String description, String source) {
        return new Setting(name, Type.TEXT, defaultValue, List.of(), null, null, description, source);
    }

    /** What is wrong with {@code value}, in words that follow the setting's name ("must be …"); empty when allowed. */
    public Optional<String> check(String value) {
        if (value == null || value.isBlank()) return Optional.of("needs a value");
        String v = value.trim();
        switch (type) {
            case INTEGER:
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return Optional.of("takes a whole number, not '" + value + "'");
                }
                if ((min != null && n < min) || (max != null && n > max)) {
                    return Optional.of("must be " + (min != null && max != null ? "between " + min + " and " + max
                            : min != null ? "at least " + min : "at most " + max) + ", not " + v);
                }
                return Optional.empty();
            case BOOLEAN:
                return v.equals("true") || v.equals("false") ? Optional.empty()
                        : Optional.of("takes true or false, not '" + value + "'");
            case CHOICE:
                return choices.contains(v) ? Optional.empty()
                        : Optional.of("takes one of " + String.join(", ", choices) + ", not '" + value + "'");
            default:
                return Optional.empty();
        }
    }

    /**
     * This setting's value in a component configuration, checked: the configured value, or the default while it is
     * unset (null when there is neither, i.e. the rule is off). A jurisdiction calls it in its constructor, so a value
     * the settings service did not write (a configuration file edited by hand) is refused there with one line.
     *
     * @param pid    the configuration PID, named in the error
     * @param config the component configuration (may be null)
     * @throws IllegalArgumentException "PID: name must be …" when the configured value is not allowed
     */
    public String read(String pid, Map<String, ?> config) {
        Object raw = config == null ? null : config.get(name);
        String v = raw == null || raw.toString().isBlank() ? defaultValue : raw.toString().trim();
        if (v == null) return null;
        Optional<String> wrong = check(v);
        if (wrong.isPresent()) throw new IllegalArgumentException(pid + ": " + name + " " + wrong.get());
        return v;
    }

    /** The value as the configuration stores it: an Integer, a Boolean or a String. */
    public Object typed(String value) {
        String v = value.trim();
        switch (type) {
            case INTEGER: return Integer.valueOf(v);
            case BOOLEAN: return Boolean.valueOf(v);
            default: return v;
        }
    }
}
