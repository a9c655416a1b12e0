package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import hta.dossier.Dossier;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the last listing found in each file of a workspace, kept in {@code .index} so that the next listing, in
 * this process or another, only checks files that changed. An entry counts only while the file's identity, size
 * and modification time are what they were, and the whole index only for the schema it was built with; a missing,
 * damaged or outdated index is ignored and rebuilt. It is a cache: losing it loses nothing. Stateless and
 * thread-safe (each call reads or writes whole files).
 */
final class ListingIndex {
    static final String FILE = ".index";
    private static final JsonFactory JSON = new JsonFactory();

    /** One file as listed: its summary, or why it cannot be read. */
    record Entry(String fileKey, long modified, long size, DossierSummary summary, LoadProblem problem) {
        boolean matches(String key, long mtime, long bytes) {
            return modified == mtime && size == bytes && java.util.Objects.equals(fileKey, key);
        }
    }

    private ListingIndex() {
    }

    /** The tag an index must carry to be used: schema version and schema text. */
    static String tag() {
        return CHECKS + ":" + Dossier.CURRENT_SCHEMA_VERSION + ":" + DossierSchema.fingerprint();
    }

    /** Raised whenever the checks a listing makes change, so that older results are not trusted. */
    private static final int CHECKS = 1;

    /**
     * A file changed this recently may change again within the same timestamp tick without its size changing;
     * its result is not remembered (the "racy clean" problem of every mtime-based cache).
     */
    static final long RACY_NANOS = 2_000_000_000L;

    /** The entries by file name, or an empty map when there is no usable index. */
    static Map<String, Entry> read(Path folder) {
        Path file = folder.resolve(FILE);
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) return entries;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return Map.of();
            if (p.nextToken() != JsonToken.FIELD_NAME || !"tag".equals(p.currentName())) return Map.of();
            if (!tag().equals(p.nextTextValue())) return Map.of();
            if (p.nextToken() != JsonToken.FIELD_NAME || p.nextToken() != JsonToken.START_ARRAY) return Map.of();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String name = p.nextTextValue();
                String key = p.nextTextValue();
                p.nextToken();
                long mtime = p.getLongValue();
                p.nextToken();
                long size = p.getLongValue();
                String kind = p.nextTextValue();
                if ("ok".equals(kind)) {
                    String id = p.nextTextValue();
                    String brand = p.nextTextValue();
                    String inn = p.nextTextValue();
                    p.nextToken();
                    long revision = p.getLongValue();
                    String savedBy = p.nextTextValue();
                    String savedAt = p.nextTextValue();
                    List<String> jurisdictions = new ArrayList<>();
                    p.nextToken();
                    while (p.nextToken() == JsonToken.VALUE_STRING) jurisdictions.add(p.getText());
                    entries.put(name, new Entry(key, mtime, size, new DossierSummary(id, brand, inn, revision,
                            List.copyOf(jurisdictions), savedBy, savedAt == null ? null : Instant.parse(savedAt)), null));
                } else {
                    String path = p.nextTextValue();
                    String message = p.nextTextValue();
                    entries.put(name, new Entry(key, mtime, size, null, new LoadProblem(folder.resolve(name), path, message)));
                }
                if (p.nextToken() != JsonToken.END_ARRAY) return Map.of();
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Replaces the index (atomically, not forced: it is a cache). Failures are ignored. */
    static void write(Path folder, Map<String, Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 160 + 64);
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("tag", tag());
            g.writeArrayFieldStart("files");
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry x = e.getValue();
                g.writeStartArray();
                g.writeString(e.getKey());
                g.writeString(x.fileKey());
                g.writeNumber(x.modified());
                g.writeNumber(x.size());
                if (x.summary() != null) {
                    DossierSummary s = x.summary();
                    g.writeString("ok");
                    g.writeString(s.id());
                    g.writeString(s.brandName());
                    g.writeString(s.inn());
                    g.writeNumber(s.revision());
                    g.writeString(s.savedBy());
                    g.writeString(s.savedAt() == null ? null : s.savedAt().toString());
                    g.writeStartArray();
                    for (String j : s.jurisdictions()) g.writeString(j);
                    g.writeEndArray();
                } else {
                    g.writeString("problem");
                    g.writeString(x.problem().jsonPath());
                    g.writeString(x.problem().message());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            return;
        }
        Path tmp = folder.resolve(FILE + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a read-only workspace simply has no index
            }
        }
    }
}
