package hta.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.osgi.framework.Version;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the jurisdiction plugins a p2 repository offers from its metadata ({@code content.xml}, or
 * {@code content.jar} when the repository is compressed): every installable unit that provides the
 * {@code hta.jurisdiction} capability, with its name, description, provider, code, contract and contract
 * requirement. The artifact of a bundle unit lies at {@code plugins/ID_VERSION.jar} (p2's standard mapping).
 */
final class RepositoryCatalogue {

    /** One unit: what the repository says about a jurisdiction plugin. */
    record Unit(String id, String version, String name, String description, String provider, String code,
                String contract, String contractFilter, Path jar) {
    }

    private RepositoryCatalogue() {
    }

    /** The newest unit per jurisdiction code, sorted by code; empty when there is no repository there. */
    static List<Unit> read(Path repository) throws IOException {
        if (repository == null || !Files.isDirectory(repository)) return List.of();
        Document doc;
        Path xml = repository.resolve("content.xml");
        Path jar = repository.resolve("content.jar");
        try {
            if (Files.isRegularFile(xml)) {
                try (InputStream in = Files.newInputStream(xml)) {
                    doc = parser().parse(in);
                }
            } else if (Files.isRegularFile(jar)) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry e = zip.getEntry("content.xml");
                    if (e == null) throw new IOException(jar + " holds no content.xml");
                    try (InputStream in = zip.getInputStream(e)) {
                        doc = parser().parse(in);
                    }
                }
            } else {
                throw new IOException("it has neither content.xml nor content.jar");
            }
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("its content.xml is not readable XML: " + e.getMessage(), e);
        }
        Map<String, Unit> newest = new LinkedHashMap<>();
        NodeList units = doc.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            Unit u = unit((Element) units.item(i), repository);
            if (u == null) continue;
            Unit old = newest.get(u.code());
            if (old == null || version(u.version()).compareTo(version(old.version())) > 0) newest.put(u.code(), u);
        }
        List<Unit> out = new ArrayList<>(newest.values());
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    private static Unit unit(Element unit, Path repository) {
        String code = null;
        String contract = null;
        for (Element p : children(child(unit, "provides"), "provided")) {
            if (!PluginManifest.NAMESPACE.equals(p.getAttribute("namespace"))) continue;
            Map<String, String> attrs = properties(p);
            code = attrs.get("code");
            contract = attrs.get("contract");
        }
        if (code == null || code.isBlank()) return null;
        String filter = null;
        for (Element r : children(child(unit, "requires"), "requiredProperties")) {
            if (ContractCheck.CONTRACT_NAMESPACE.equals(r.getAttribute("namespace"))) filter = r.getAttribute("match");
        }
        Map<String, String> props = properties(unit);
        String id = unit.getAttribute("id");
        String version = unit.getAttribute("version");
        Path jar = null;
        for (Element a : children(child(unit, "artifacts"), "artifact")) {
            if ("osgi.bundle".equals(a.getAttribute("classifier"))) {
                jar = repository.resolve("plugins").resolve(a.getAttribute("id") + "_" + a.getAttribute("version") + ".jar");
            }
        }
        String name = props.getOrDefault("org.eclipse.equinox.p2.name", id);
        return new Unit(id, version, name, props.get("org.eclipse.equinox.p2.description"),
                props.get("org.eclipse.equinox.p2.provider"), code, contract, filter, jar);
    }

    private static Map<String, String> properties(Element owner) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element p : children(child(owner, "properties"), "property")) out.put(p.getAttribute("name"), p.getAttribute("value"));
        return out;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) out.add(e);
        }
        return out;
    }

    static Version version(String v) {
        try {
            return Version.parseVersion(v);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // repository metadata is data: no DTDs, no external entities
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
