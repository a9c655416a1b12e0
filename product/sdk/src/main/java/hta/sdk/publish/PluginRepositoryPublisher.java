package hta.sdk.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Publishes signed jurisdiction plugin jars into a plugin repository folder the app's catalogue reads (p2's layout:
 * {@code content.xml} with one unit per plugin version, the jar as {@code plugins/ID_VERSION.jar}, and, when the
 * folder has one, an entry in {@code artifacts.xml}; compressed copies of the two, which would now be stale, are
 * removed and {@code p2.index} names the plain files). Everything it writes comes from the jar's manifest: symbolic
 * name and version, name, description and vendor (what the catalogue shows), the {@code hta.jurisdiction}
 * capability and the contract requirement. A unit of the same id and version is replaced. Bad input stops it with
 * one line naming the jar and what is wrong; the repository is then unchanged.
 *
 * <p>Usage: {@code java -jar hta-plugin-publisher.jar REPOSITORY_FOLDER PLUGIN.jar…}
 */
public final class PluginRepositoryPublisher {
    private static final Pattern CAPABILITY = Pattern.compile("hta\\.jurisdiction;\\s*code=\"?([^;\"]+)\"?;\\s*contract:Version=\"([^\"]+)\"");
    private static final Pattern REQUIREMENT = Pattern.compile("hta\\.jurisdiction\\.contract;\\s*filter:=\"([^\"]+)\"");

    private PluginRepositoryPublisher() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java -jar hta-plugin-publisher.jar REPOSITORY_FOLDER PLUGIN.jar...");
            System.exit(2);
        }
        try {
            Path repository = Path.of(args[0]);
            for (int i = 1; i < args.length; i++) System.out.println(publish(repository, Path.of(args[i])));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Publishes one jar; returns the line to print. */
    public static String publish(Path repository, Path jar) throws IOException {
        Plugin p = Plugin.read(jar);
        Files.createDirectories(repository.resolve("plugins"));
        Path content = repository.resolve("content.xml");
        Document doc = Files.exists(content) ? RepositoryXml.read(content) : RepositoryXml.emptyContent();
        Element units = RepositoryXml.child(doc.getDocumentElement(), "units");
        RepositoryXml.removeUnits(units, "unit", p.id(), p.version());
        units.appendChild(p.unit(doc));
        RepositoryXml.count(units, "unit");
        Path target = repository.resolve("plugins").resolve(p.id() + "_" + p.version() + ".jar");
        Path artifacts = repository.resolve("artifacts.xml");
        Document art = Files.exists(artifacts) ? RepositoryXml.read(artifacts) : null;
        if (art != null) {
            Element list = RepositoryXml.child(art.getDocumentElement(), "artifacts");
            RepositoryXml.removeUnits(list, "artifact", p.id(), p.version());
            list.appendChild(p.artifact(art, Files.size(jar), sha256(jar)));
            RepositoryXml.count(list, "artifact");
        }
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        RepositoryXml.write(doc, content);
        if (art != null) RepositoryXml.write(art, artifacts);
        RepositoryXml.dropCompressedCopies(repository);
        return "published " + p.id() + " " + p.version() + " (jurisdiction " + p.code() + ", contract " + p.contract() + ") to " + repository;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the catalogue needs to know about one plugin jar. */
    record Plugin(String id, String version, String name, String description, String vendor, String code,
                  String contract, String requirement) {
        static Plugin read(Path jar) throws IOException {
            Attributes a;
            try (JarFile f = new JarFile(jar.toFile())) {
                if (f.getManifest() == null) throw new IllegalArgumentException(jar + ": not a plugin jar (no manifest)");
                a = f.getManifest().getMainAttributes();
            } catch (java.util.zip.ZipException e) {
                throw new IllegalArgumentException(jar + ": not a jar (" + e.getMessage() + ")");
            }
            String id = a.getValue("Bundle-SymbolicName");
            String version = a.getValue("Bundle-Version");
            if (id == null || version == null) throw new IllegalArgumentException(jar + ": no Bundle-SymbolicName or Bundle-Version");
            Matcher c = CAPABILITY.matcher(String.valueOf(a.getValue("Provide-Capability")));
            if (!c.find()) throw new IllegalArgumentException(jar + ": declares no hta.jurisdiction capability (code and contract)");
            Matcher r = REQUIREMENT.matcher(String.valueOf(a.getValue("Require-Capability")));
            if (!r.find()) throw new IllegalArgumentException(jar + ": requires no hta.jurisdiction.contract");
            return new Plugin(id.split(";")[0].trim(), version.trim(), a.getValue("Bundle-Name"), a.getValue("Bundle-Description"),
                    a.getValue("Bundle-Vendor"), c.group(1), c.group(2), r.group(1));
        }

        Element unit(Document doc) {
            Element unit = RepositoryXml.element(doc, "unit", "id", id, "version", version);
            Element props = RepositoryXml.element(doc, "properties");
            unit.appendChild(props);
            if (name != null) props.appendChild(RepositoryXml.element(doc, "property", "name", "org.eclipse.equinox.p2.name", "value", name));
            if (description != null) props.appendChild(RepositoryXml.element(doc, "property", "name", "org.eclipse.equinox.p2.description", "value", description));
            if (vendor != null) props.appendChild(RepositoryXml.element(doc, "property", "name", "org.eclipse.equinox.p2.provider", "value", vendor));
            RepositoryXml.count(props, "property");
            Element provides = RepositoryXml.element(doc, "provides", "size", "2");
            provides.appendChild(RepositoryXml.element(doc, "provided", "namespace", "osgi.bundle", "name", id, "version", version));
            Element capability = RepositoryXml.element(doc, "provided", "namespace", "hta.jurisdiction", "name", id + "_" + version + "-1", "version", "0.0.0");
            Element cprops = RepositoryXml.element(doc, "properties", "size", "2");
            cprops.appendChild(RepositoryXml.element(doc, "property", "name", "code", "value", code));
            cprops.appendChild(RepositoryXml.element(doc, "property", "name", "contract", "value", contract, "type", "Version"));
            capability.appendChild(cprops);
            provides.appendChild(capability);
            unit.appendChild(provides);
            Element requires = RepositoryXml.element(doc, "requires", "size", "1");
            requires.appendChild(RepositoryXml.element(doc, "requiredProperties", "namespace", "hta.jurisdiction.contract", "match", requirement));
            unit.appendChild(requires);
            Element artifacts = RepositoryXml.element(doc, "artifacts", "size", "1");
            artifacts.appendChild(RepositoryXml.element(doc, "artifact", "classifier", "osgi.bundle", "id", id, "version", version));
            unit.appendChild(artifacts);
            return unit;
        }

        Element artifact(Document doc, long size, String sha256) {
            Element a = RepositoryXml.element(doc, "artifact", "classifier", "osgi.bundle", "id", id, "version", version);
            Element props = RepositoryXml.element(doc, "properties", "size", "3");
            props.appendChild(RepositoryXml.element(doc, "property", "name", "artifact.size", "value", String.valueOf(size)));
            props.appendChild(RepositoryXml.element(doc, "property", "name", "download.size", "value", String.valueOf(size)));
            props.appendChild(RepositoryXml.element(doc, "property", "name", "download.checksum.sha-256", "value", sha256));
            a.appendChild(props);
            return a;
        }
    }

    static boolean sameUnit(Element e, String id, String version) {
        return id.equals(e.getAttribute("id")) && version.equals(e.getAttribute("version"));
    }
}
