package hta.workbench.plugins.internal;

import hta.jurisdiction.Setting;
import java.util.Locale;

/**
 * A setting's value as a person reads it on the Jurisdiction settings page: a choice in words ({@code BLACK_BAR}
 * reads "Black bar"), a yes/no as yes or no, any other value as stored. The stored code stays what is typed and what
 * {@code hta config} takes; the page says it in the tooltip.
 */
final class SettingWords {
    private SettingWords() {
    }

    static String value(Setting s, String value) {
        if (value == null) return "";
        if (s.type() == Setting.Type.BOOLEAN) {
            return "true".equalsIgnoreCase(value) ? "yes" : "false".equalsIgnoreCase(value) ? "no" : value;
        }
        if (s.type() == Setting.Type.CHOICE && value.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
            String words = value.toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }

    /** What an unset setting means: "off" without a default, else "default Text". */
    static String unset(Setting s) {
        return s.defaultValue() == null ? "off" : "default " + value(s, s.defaultValue());
    }
}
