package hta.sdk;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads OSGi manifest headers: package lists and the contract capability. Stateless. */
final class Headers {
    private static final Pattern CONTRACT = Pattern.compile("hta\\.jurisdiction\\.contract;\\s*version:Version=\"([^\"]+)\"");

    private Headers() {
    }

    /** The package names of an Import- or Export-Package header (commas inside quotes do not separate). */
    static Set<String> packages(String header) {
        Set<String> names = new LinkedHashSet<>();
        if (header == null) return names;
        boolean quoted = false;
        boolean inName = true;
        StringBuilder name = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (!quoted && c == ',') {
                if (!name.toString().isBlank()) names.add(name.toString().trim());
                name.setLength(0);
                inName = true;
            } else if (!quoted && c == ';') {
                inName = false;
            } else if (inName) {
                name.append(c);
            }
        }
        return names;
    }

    /** The contract version the platform bundle provides, or empty. */
    static String contractVersion(Manifest m) {
        String provided = m.getMainAttributes().getValue("Provide-Capability");
        Matcher c = CONTRACT.matcher(provided == null ? "" : provided);
        return c.find() ? c.group(1) : "";
    }
}
