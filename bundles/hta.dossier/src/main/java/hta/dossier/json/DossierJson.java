package hta.dossier.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import hta.dossier.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON form of a dossier: two-space indentation, LF line ends, declared key order, ISO dates, plain
 * decimals and a final newline, so files diff well and a load/save round trip is byte-identical.
 * Thread-safe: the mapper is configured once and only read.
 */
public final class DossierJson {
    /** Nesting deeper than this is refused before it can exhaust the stack. */
    public static final int MAX_NESTING_DEPTH = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // numbers inside unknown fields are kept exactly as written (1.50 stays 1.50)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                // the store limits a whole file to 32 MB; a long narrative within it is not an error
                .maxStringLength(32 * 1024 * 1024)
                .maxNumberLength(64)
                .build());
    }

    private DossierJson() {
    }

    /** The configured mapper; callers must not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Dossier dossier) {
        try {
            String text = MAPPER.writeValueAsString(dossier);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a dossier, migrating a file of an older schema version first (see {@link Dossier#schemaVersion}).
     * Errors are Jackson's: a {@link com.fasterxml.jackson.databind.JsonMappingException} carries the path.
     */
    public static Dossier read(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        if (tree == null || tree.isMissingNode()) throw new com.fasterxml.jackson.core.JsonParseException(null,
                "the file holds no JSON value");
        return MAPPER.treeToValue(SchemaMigrations.migrate(tree), Dossier.class);
    }

    /** A deep copy made through the JSON form, so nothing is shared with the original. */
    public static Dossier copy(Dossier dossier) {
        try {
            return read(write(dossier));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
