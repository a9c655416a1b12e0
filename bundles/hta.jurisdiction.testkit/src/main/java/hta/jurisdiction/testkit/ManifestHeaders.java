package hta.jurisdiction.testkit;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reading OSGi manifest headers as the kit does, for the kit's own checks and for tools around plugins (the SDK's
 * build, the app's tests). Stateless.
 */
public final class ManifestHeaders {
    private ManifestHeaders() {
    }

    /**
     * The package names of an Import- or Export-Package header, in their order (commas inside quoted directives,
     * such as a version range, do not separate); empty for {@code null}.
     */
    public static Set<String> packageNames(String header) {
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
}
