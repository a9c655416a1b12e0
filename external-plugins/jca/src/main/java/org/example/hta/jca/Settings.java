package org.example.hta.jca;

import java.util.Map;

/** Reads a component configuration's values, with one line naming the setting when one is wrong. Stateless. */
final class Settings {
    private Settings() {
    }

    /** A positive whole number of days, or null when the setting is absent or blank. */
    static Long days(Map<String, Object> config, String key) {
        Object v = config.get(key);
        if (v == null || v.toString().isBlank()) return null;
        try {
            long days = Long.parseLong(v.toString().trim());
            if (days > 0) return days;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("org.example.hta.jca: " + key + " must be a positive whole number of days, was '" + v + "'");
    }
}
