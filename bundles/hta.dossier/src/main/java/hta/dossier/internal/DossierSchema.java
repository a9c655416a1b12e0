package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The dossier JSON Schema shipped in this bundle ({@code hta/dossier/dossier.schema.json}, also copied into the
 * app's {@code schema/} folder), compiled once, and the parser settings every check uses: duplicate keys refused,
 * nesting and sizes limited. Immutable and thread-safe.
 */
public final class DossierSchema {
    /** The resource name, relative to {@link Dossier}'s package. */
    public static final String RESOURCE = "dossier.schema.json";

    private static final SchemaNode ROOT;

    static {
        try {
            ROOT = SchemaNode.compile(DossierJson.mapper().readTree(Text.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema's text and fingerprint, apart from the compiled schema: a listing that finds every file unchanged
     * needs only the fingerprint, and should not pay for starting the JSON mapper the compiler uses.
     */
    static final class Text {
        static final byte[] BYTES;
        /** Identifies the schema text, so that results checked against another schema are not reused. */
        static final String FINGERPRINT;

        static {
            try (InputStream in = Dossier.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the dossier schema " + RESOURCE + " is missing from the bundle");
                BYTES = in.readAllBytes();
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(BYTES);
                FINGERPRINT = Long.toHexString(crc.getValue()) + "-" + BYTES.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
    /** Same limits (nesting, number length) as the mapper that loads dossiers, so listing and loading agree. */
    private static final JsonFactory FACTORY = DossierJson.mapper().getFactory().copy()
            // duplicate keys are refused by the SchemaWalker, more cheaply than by the parser
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature())
            .setStreamReadConstraints(DossierJson.mapper().getFactory().streamReadConstraints());

    private DossierSchema() {
    }

    static SchemaNode root() {
        return ROOT;
    }

    /** Checks {@code json} against the schema in one pass, handing scalars to {@code sink} (may be null). */
    static List<SchemaWalker.Violation> check(byte[] json, SchemaWalker.Sink sink) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return new SchemaWalker(p, sink).walk(ROOT);
        } catch (IOException e) {
            return List.of(new SchemaWalker.Violation("$", "cannot be read: " + e.getMessage()));
        }
    }
}
