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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * What the last listing found in each file of a workspace, kept in {@code .index} so that the next listing, in
 * this process or another, only checks files that changed. An entry counts only while the file's {@link Stamp}
 * (identity, size, modification and change time) is what it was when the file was read, and the whole index only
 * for the checks and schema it was built with and while its checksum matches; a missing, damaged or outdated
 * index is ignored and rebuilt without a word. It is a cache: losing it loses nothing, and it is never believed
 * over the file. Stateless and thread-safe (each call reads or writes whole files).
 */
final class ListingIndex {
    static final String FILE = ".index";
    private static final JsonFactory JSON = new JsonFactory();

    /** One file as listed: its summary, or why it cannot be read. */
    record Entry(Stamp stamp, DossierSummary summary, LoadProblem problem) {
    }

    /**
     * What identifies one state of a file without reading it: identity (device and inode), size, modification
     * time and, where the platform has one, change time (ctime), all in nanoseconds. The change time catches what
     * the others miss: a file rewritten in place to the same size whose modification time was then set back (as
     * {@code cp -p}, {@code rsync -t} or {@code touch -r} do), since it cannot be set by any tool.
     */
    record Stamp(long device, long inode, long modified, long changed, long size) {
        /** The newest of the two times, for the racy-clean rule. */
        long newest() {
            return Math.max(modified, changed);
        }
    }

    private static volatile boolean unixView = true;

    /** The file's stamp, read in one system call. */
    static Stamp stamp(Path file) throws IOException {
        if (unixView) {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime");
                return new Stamp((Long) a.get("dev"), (Long) a.get("ino"), nanos(a.get("lastModifiedTime")),
                        nanos(a.get("ctime")), (Long) a.get("size"));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException
                     | NullPointerException e) {
                unixView = false; // not a Unix file system view (e.g. Windows): identity, size and time only
            }
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Object key = a.fileKey();
        return new Stamp(0, key == null ? 0 : key.hashCode(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), -1,
                a.size());
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    private ListingIndex() {
    }

    /** The tag an index must carry to be used: schema version and schema text. */
    static String tag() {
        return CHECKS + ":" + Dossier.CURRENT_SCHEMA_VERSION + ":" + DossierSchema.Text.FINGERPRINT;
    }

    /** Raised whenever the checks a listing makes change, so that older results are not trusted. */
    private static final int CHECKS = 2;

    /**
     * A file changed this recently may change again within the same timestamp tick without its size changing;
     * its result is not remembered (the "racy clean" problem of every mtime-based cache).
     */
    static final long RACY_NANOS = 2_000_000_000L;

    /** {@link #RACY_NANOS}, lowered by tests that cannot wait two seconds for a file to settle. */
    static volatile long racyNanos = RACY_NANOS;

    /**
     * The entries by file name, or an empty map when there is no usable index: missing, unreadable, damaged
     * (its checksum does not match), or written for other checks or another schema.
     */
    static Map<String, Entry> read(Path folder) {
        Path file = folder.resolve(FILE);
        byte[] all;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Map.of();
            all = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        int nl = 0;
        while (nl < all.length && all[nl] != '\n') nl++;
        if (nl >= all.length) return Map.of();
        try (JsonParser h = JSON.createParser(all, 0, nl)) {
            if (h.nextToken() != JsonToken.START_OBJECT || !"tag".equals(h.nextFieldName())
                    || !tag().equals(h.nextTextValue()) || !"crc".equals(h.nextFieldName())
                    || h.nextToken() != JsonToken.VALUE_NUMBER_INT) return Map.of();
            long crc = h.getLongValue();
            CRC32 check = new CRC32();
            check.update(all, nl + 1, all.length - nl - 1);
            if (check.getValue() != crc) return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        Map<String, Entry> entries = new HashMap<>();
        try (JsonParser p = JSON.createParser(all, nl + 1, all.length - nl - 1)) {
            if (p.nextToken() != JsonToken.START_ARRAY) return Map.of();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String name = text(p);
                Stamp stamp = new Stamp(number(p), number(p), number(p), number(p), number(p));
                String kind = text(p);
                if ("ok".equals(kind)) {
                    String id = p.nextTextValue();
                    String brand = p.nextTextValue();
                    String inn = p.nextTextValue();
                    long revision = number(p);
                    String savedBy = p.nextTextValue();
                    String savedAt = p.nextTextValue();
                    List<String> jurisdictions = new ArrayList<>();
                    if (p.nextToken() != JsonToken.START_ARRAY) return Map.of();
                    JsonToken t;
                    while ((t = p.nextToken()) == JsonToken.VALUE_STRING) jurisdictions.add(p.getText());
                    if (t != JsonToken.END_ARRAY || id == null) return Map.of();
                    entries.put(name, new Entry(stamp, new DossierSummary(id, brand, inn, revision,
                            List.copyOf(jurisdictions), savedBy, savedAt == null ? null : Instant.parse(savedAt)), null));
                } else if ("problem".equals(kind)) {
                    entries.put(name, new Entry(stamp, null, new LoadProblem(folder.resolve(name), text(p), text(p))));
                } else {
                    return Map.of();
                }
                if (p.nextToken() != JsonToken.END_ARRAY) return Map.of();
            }
            if (p.currentToken() != JsonToken.END_ARRAY || p.nextToken() != null) return Map.of();
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * Deletes a temporary index file that a process left behind when it ended between writing and renaming it
     * (one whose write is under way is younger than {@link #ABANDONED_MILLIS}, and is left alone).
     */
    static void removeIfAbandoned(Path tmp) {
        try {
            if (System.currentTimeMillis() - Files.getLastModifiedTime(tmp).toMillis() > ABANDONED_MILLIS) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // another process removed it, or the workspace is read-only: either way nothing to do
        }
    }

    static final long ABANDONED_MILLIS = 10 * 60 * 1000;

    /** An index larger than this is not read (some 1,000 bytes per dossier would be absurd). */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static String text(JsonParser p) throws IOException {
        String s = p.nextTextValue();
        if (s == null) throw new IOException("text expected in the listing index");
        return s;
    }

    private static long number(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) throw new IOException("number expected in the listing index");
        return p.getLongValue();
    }

    /**
     * Replaces the index: a header line with the tag and a checksum of the rest, then the entries. Written to a
     * temporary file of its own and renamed over the index (atomic, not forced: it is a cache), so processes
     * listing at the same time each leave a whole index; the last one wins. Failures are ignored.
     */
    static void write(Path folder, Map<String, Entry> entries) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(entries.size() * 200 + 64);
        try (JsonGenerator g = JSON.createGenerator(body)) {
            g.writeStartArray();
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry x = e.getValue();
                Stamp st = x.stamp();
                g.writeRaw('\n');
                g.writeStartArray();
                g.writeString(e.getKey());
                g.writeNumber(st.device());
                g.writeNumber(st.inode());
                g.writeNumber(st.modified());
                g.writeNumber(st.changed());
                g.writeNumber(st.size());
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
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeRaw('\n');
        } catch (IOException e) {
            return;
        }
        byte[] bytes = body.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 200);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("tag", tag());
            g.writeNumberField("crc", crc.getValue());
            g.writeEndObject();
        } catch (IOException e) {
            return;
        }
        out.write('\n');
        out.writeBytes(bytes);
        Path tmp = folder.resolve(FILE + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, out.toByteArray());
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
