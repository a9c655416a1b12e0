package hta.sdk.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reading and writing a p2 repository's XML files (content.xml, artifacts.xml). Stateless. */
final class RepositoryXml {
    private RepositoryXml() {
    }

    static Document read(Path file) throws IOException {
        try {
            return builder().parse(file.toFile());
        } catch (SAXException e) {
            throw new IllegalArgumentException(file + ": not readable XML (" + e.getMessage() + ")");
        }
    }

    static Document emptyContent() {
        Document doc = builder().newDocument();
        doc.appendChild(doc.createProcessingInstruction("metadataRepository", "version='1.2.0'"));
        Element repo = element(doc, "repository", "name", "HTA Workbench plugins",
                "type", "org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository", "version", "1");
        repo.appendChild(element(doc, "units", "size", "0"));
        doc.appendChild(repo);
        return doc;
    }

    /** The first child element named {@code name}, created when missing. */
    static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        if (list.getLength() > 0) return (Element) list.item(0);
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    /** Removes the direct children {@code tag} with this id and version (a republished plugin replaces itself). */
    static void removeUnits(Element parent, String tag, String id, String version) {
        for (Node n = parent.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e && e.getTagName().equals(tag) && PluginRepositoryPublisher.sameUnit(e, id, version)) {
                parent.removeChild(n);
            }
            n = next;
        }
    }

    /** Sets the {@code size} attribute to the number of direct children {@code tag}, as p2 expects. */
    static void count(Element parent, String tag) {
        int n = 0;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(tag)) n++;
        }
        parent.setAttribute("size", String.valueOf(n));
    }

    static Element element(Document doc, String name, String... attributes) {
        Element e = doc.createElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) e.setAttribute(attributes[i], attributes[i + 1]);
        return e;
    }

    static void write(Document doc, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Removes {@code content.xml.xz} and {@code artifacts.xml.xz} (as Tycho writes them beside the plain files) and
     * makes {@code p2.index} name the plain files only: p2 clients read the compressed copy first, which no longer
     * holds what was just published.
     */
    static void dropCompressedCopies(Path repository) throws IOException {
        boolean had = Files.deleteIfExists(repository.resolve("content.xml.xz"));
        had |= Files.deleteIfExists(repository.resolve("artifacts.xml.xz"));
        Path index = repository.resolve("p2.index");
        if (had || Files.exists(index)) {
            Files.writeString(index, "version=1\nmetadata.repository.factory.order=content.xml,\\!\n"
                    + "artifact.repository.factory.order=artifacts.xml,\\!\n");
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // repository metadata is data: no DTDs, no external entities
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
