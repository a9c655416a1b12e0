package hta.plugins.internal;

import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The shape a plugin jar must have before its signature means anything. The JDK's signature check and the
 * framework's class loading look entries up differently: the JDK finds the manifest in any letter case and passes
 * over folder entries and {@code META-INF/SIG-*} files; the framework takes a name exactly, and a missing name
 * followed by {@code /}. A jar could therefore show the verifier one thing and the framework another (an outside
 * trust test swapped a build-signed jar's manifest this way, and hid an unsigned class in a "folder"). So a plugin
 * jar is refused when a folder entry holds data, when two entries differ only in letter case or in a trailing
 * {@code /}, when {@code META-INF} is written in another case, when it holds {@code META-INF/SIG-*} files (a
 * signature form the JDK does not check and plugins do not use), or a signature block without its signature file.
 */
final class JarShape {
    private JarShape() {
    }

    static void check(ZipFile zip, String label) throws JarProblem {
        Map<String, String> seen = new HashMap<>();
        java.util.Set<String> signatureFiles = new java.util.HashSet<>();
        java.util.List<String> blocks = new java.util.ArrayList<>();
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            String name = e.getName();
            if (e.isDirectory() && (e.getSize() > 0 || e.getCompressedSize() > 2)) {
                throw new JarProblem(label + " is malformed: the folder entry " + name + " holds data");
            }
            String key = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).toLowerCase(Locale.ROOT);
            String before = seen.putIfAbsent(key, name);
            if (before != null) {
                throw new JarProblem(label + " is malformed: the entries " + before + " and " + name
                        + " differ only in letter case or a trailing /");
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.startsWith("META-INF/") && !name.startsWith("META-INF/")) {
                throw new JarProblem(label + " is malformed: the entry " + name + " writes META-INF in another case");
            }
            if (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0 && upper.startsWith("SIG-", 9)) {
                throw new JarProblem(label + " holds " + name + ", a signature form plugins do not use and that is"
                        + " not checked");
            }
            if (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0) {
                int dot = upper.lastIndexOf('.');
                String ext = dot < 0 ? "" : upper.substring(dot);
                if (ext.equals(".SF")) signatureFiles.add(upper.substring(0, dot));
                if (ext.equals(".RSA") || ext.equals(".DSA") || ext.equals(".EC")) blocks.add(name);
            }
            if (upper.equals(JarFile.MANIFEST_NAME) && !name.equals(JarFile.MANIFEST_NAME)) {
                throw new JarProblem(label + " is malformed: its manifest is named " + name + ", not "
                        + JarFile.MANIFEST_NAME);
            }
        }
        // a signature block belongs to its signature file; one alone carries bytes nothing checks
        for (String b : blocks) {
            String base = b.toUpperCase(Locale.ROOT).substring(0, b.lastIndexOf('.'));
            if (!signatureFiles.contains(base)) {
                throw new JarProblem(label + " is malformed: the signature block " + b + " has no signature file");
            }
        }
    }
}
