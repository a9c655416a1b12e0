package hta.plugins.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Version;

/**
 * Reads OSGi manifest headers such as {@code Provide-Capability} before a jar is installed, so a plugin can be
 * refused without ever reaching the framework. Typed attributes ({@code contract:Version="1.0"}) are converted.
 */
final class HeaderClauses {
    /** One clause: its namespace (the first path), attributes and directives. */
    record Clause(String namespace, Map<String, Object> attributes, Map<String, String> directives) {
    }

    private HeaderClauses() {
    }

    static List<Clause> parse(String header) {
        List<Clause> result = new ArrayList<>();
        if (header == null || header.isBlank()) return result;
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            if (parts.isEmpty()) continue;
            String namespace = parts.get(0).trim();
            Map<String, Object> attrs = new LinkedHashMap<>();
            Map<String, String> dirs = new LinkedHashMap<>();
            for (String p : parts.subList(1, parts.size())) {
                int dir = p.indexOf(":=");
                int eq = p.indexOf('=');
                if (dir >= 0 && dir < eq) {
                    dirs.put(p.substring(0, dir).trim(), unquote(p.substring(dir + 2).trim()));
                } else if (eq > 0) {
                    String key = p.substring(0, eq).trim();
                    String value = unquote(p.substring(eq + 1).trim());
                    String type = "String";
                    int colon = key.indexOf(':');
                    if (colon > 0) {
                        type = key.substring(colon + 1).trim();
                        key = key.substring(0, colon).trim();
                    }
                    attrs.put(key, typed(type, value));
                }
            }
            result.add(new Clause(namespace, attrs, dirs));
        }
        return result;
    }

    private static Object typed(String type, String value) {
        try {
            return switch (type) {
                case "Version" -> Version.parseVersion(value);
                case "Long" -> Long.parseLong(value);
                case "Double" -> Double.parseDouble(value);
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Splits at a separator outside double quotes. */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                if (!current.toString().isBlank()) out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().trim());
        return out;
    }
}
