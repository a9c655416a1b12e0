package hta.plugins.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.osgi.framework.Constants;

/**
 * What a plugin jar says about itself, read within the limits: at most so many entries, a manifest and signature
 * files of bounded size (a four-megabyte manifest that compresses to a few kilobytes is refused before anything
 * parses it).
 *
 * @param symbolicName      Bundle-SymbolicName without its directives, or {@code null}
 * @param name              Bundle-Name, or {@code null}
 * @param version           Bundle-Version ({@code 0.0.0} when absent)
 * @param vendor            Bundle-Vendor, or {@code null}
 * @param code              the code of its {@code hta.jurisdiction} capability, or {@code null}
 * @param contract          the contract version that capability names, or {@code null}
 * @param requireCapability its Require-Capability header, or {@code null}
 */
record PluginManifest(String symbolicName, String name, String version, String vendor, String code, String contract,
                      String requireCapability) {
    static final String NAMESPACE = "hta.jurisdiction";

    /**
     * What a plugin code may be: lower-case ASCII letters, digits, '-' and '_', starting with a letter, at most 16
     * characters. The code names the plugin in the state file's keys, in configuration PIDs and in dossiers, so a
     * dot ("no.x" broke Norway's record), an empty code, a list, a look-alike letter of another script ("nо") or
     * another case ("NO") is refused (outside trust test).
     */
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_-]{0,15}");

    static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** "Name (code) version", for messages. */
    String label() {
        return (name != null ? name : symbolicName) + (code != null ? " (" + code + ")" : "") + " " + version;
    }

    /** Reads the manifest of {@code jar}; {@code label} names it in messages. */
    static PluginManifest read(java.nio.file.Path jar, String label, Limits limits) throws JarProblem {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new JarProblem(label + " has " + zip.size() + " entries, more than the " + limits.maxEntries()
                        + " a plugin may have");
            }
            JarShape.check(zip, label);
            byte[] manifest = null;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String upper = e.getName().toUpperCase(java.util.Locale.ROOT);
                if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0 || e.isDirectory()) continue;
                byte[] bytes = bounded(zip, e, label, limits.maxManifestBytes());
                if (e.getName().equals(JarFile.MANIFEST_NAME)) manifest = bytes;
            }
            if (manifest == null) throw new JarProblem(label + " has no manifest, so it is not an OSGi bundle");
            headersOneWay(manifest, label);
            Attributes main = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes();
            if (main.getValue(Constants.FRAGMENT_HOST) != null) {
                // a fragment joins another bundle's code, a framework extension runs as the framework itself
                throw new JarProblem(label + " is a fragment (Fragment-Host: " + main.getValue(Constants.FRAGMENT_HOST)
                        + "); a plugin must be a bundle of its own");
            }
            return of(main);
        } catch (ZipException e) {
            throw new JarProblem(label + " is not a readable jar: " + Problems.describe(e));
        } catch (IOException e) {
            throw new JarProblem(label + " cannot be read: " + Problems.describe(e));
        }
    }

    /**
     * Refuses a manifest that the JDK and the framework could read differently: a carriage return not followed by a
     * line feed (the JDK ends a line there, the framework does not), or a backslash in a capability or requirement
     * header (the framework takes it as an escape inside quotes, the JDK's reading of the clause does not). The
     * framework's own reading is checked again after installation.
     */
    private static void headersOneWay(byte[] manifest, String label) throws JarProblem {
        for (int i = 0; i < manifest.length; i++) {
            if (manifest[i] == '\r' && (i + 1 >= manifest.length || manifest[i + 1] != '\n')) {
                throw new JarProblem(label + " is malformed: its manifest has a line ending in a lone carriage return");
            }
        }
        try {
            Attributes main = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes();
            for (String h : new String[] {Constants.PROVIDE_CAPABILITY, Constants.REQUIRE_CAPABILITY}) {
                String v = main.getValue(h);
                if (v != null && v.indexOf('\\') >= 0) {
                    throw new JarProblem(label + " is malformed: its " + h + " header holds a backslash");
                }
            }
        } catch (IOException e) {
            throw new JarProblem(label + " has a manifest that cannot be read: " + Problems.describe(e));
        }
    }

    /** An entry's bytes, refusing it when it inflates beyond {@code max} whatever its header claims. */
    private static byte[] bounded(ZipFile zip, ZipEntry e, String label, int max) throws IOException, JarProblem {
        String what = e.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) ? "manifest (" + e.getName() + ")"
                : "signature file " + e.getName();
        String tooLarge = label + ": its " + what + " is larger than " + (max >> 10) + " KB, the limit for a plugin";
        if (e.getSize() > max) throw new JarProblem(tooLarge);
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) throw new JarProblem(tooLarge);
            return bytes;
        }
    }

    static PluginManifest of(Attributes a) {
        HeaderClauses.Clause cap = HeaderClauses.parse(a.getValue(Constants.PROVIDE_CAPABILITY)).stream()
                .filter(c -> c.namespace().equals(NAMESPACE)).findFirst().orElse(null);
        Object code = cap == null ? null : cap.attributes().get("code");
        Object contract = cap == null ? null : cap.attributes().get("contract");
        String version = a.getValue(Constants.BUNDLE_VERSION);
        return new PluginManifest(symbolicName(a.getValue(Constants.BUNDLE_SYMBOLICNAME)), a.getValue(Constants.BUNDLE_NAME),
                version == null ? "0.0.0" : version.trim(), a.getValue(Constants.BUNDLE_VENDOR),
                code == null ? null : String.valueOf(code), contract == null ? null : String.valueOf(contract),
                a.getValue(Constants.REQUIRE_CAPABILITY));
    }

    static String symbolicName(String header) {
        if (header == null) return null;
        int semi = header.indexOf(';');
        String s = (semi < 0 ? header : header.substring(0, semi)).trim();
        return s.isEmpty() ? null : s;
    }
}
