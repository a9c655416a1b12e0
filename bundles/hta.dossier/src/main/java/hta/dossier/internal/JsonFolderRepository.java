package hta.dossier.internal;

import hta.dossier.Dossier;
import hta.dossier.SaveInfo;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.dossier.repository.Revision;
import hta.dossier.repository.SaveConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A workspace folder holding one {@code <id>.json} file per dossier and, under {@code .history/<id>/}, every saved
 * revision as {@code <revision>.json}. Saves are atomic ({@link AtomicFiles}), serialised across threads and
 * processes ({@link WorkspaceLock}) and refused when the stored revision is not the one the caller loaded.
 * Listing checks every file against the schema in a streaming pass (many files read at once and checked in parallel,
 * see {@link ReadCheckPipeline}; remembered per file until it changes, in a {@link ListingIndex} shared by every
 * process), so what is listed can be loaded and what cannot is reported. Thread-safe.
 */
final class JsonFolderRepository implements DossierRepository {
    static final long MAX_FILE_BYTES = DossierFiles.MAX_FILE_BYTES;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern HISTORY_FILE = Pattern.compile("(\\d{1,18})\\.json");
    private static final String SUFFIX = ".json";
    static final String HISTORY = ".history";

    private final Path folder;
    private volatile List<LoadProblem> problems = List.of();
    /** What listing found per file name; primed from the folder's {@link ListingIndex} at the first listing. */
    private final Map<String, ListingIndex.Entry> listed = new ConcurrentHashMap<>();
    private volatile boolean indexRead;
    private final java.util.concurrent.atomic.AtomicInteger scanned = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int lastScanned;

    JsonFolderRepository(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Path location() {
        return folder;
    }

    /**
     * Lists the workspace. Every file that changed since the last listing (in any process: see
     * {@link ListingIndex}) is checked against the schema in one streaming pass, in parallel; the others are
     * taken from the index after comparing identity, size and modification time.
     */
    @Override
    public List<DossierSummary> list() {
        if (!Files.isDirectory(folder)) {
            problems = List.of(new LoadProblem(folder, "$", "the workspace folder does not exist"));
            return List.of();
        }
        if (!indexRead) {
            listed.putAll(ListingIndex.read(folder));
            indexRead = true;
        }
        List<Path> files = new ArrayList<>();
        List<LoadProblem> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path f : dir) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".")) {
                    if (name.endsWith(SUFFIX)) files.add(f);
                } else if (name.startsWith(ListingIndex.FILE + ".") && name.endsWith(".tmp")) {
                    ListingIndex.removeIfAbandoned(f);
                }
            }
        } catch (IOException e) {
            found.add(new LoadProblem(folder, "$", "the workspace folder cannot be read: " + e.getMessage()));
        }
        AtomicBoolean changed = new AtomicBoolean();
        scanned.set(0);
        List<ListingIndex.Entry> results = ReadCheckPipeline.run(files, (f, reserve) -> read(f, reserve, changed),
                r -> r.entry != null ? r.entry : check(r, changed));
        java.util.Set<String> names = new java.util.HashSet<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        if (listed.keySet().retainAll(names)) changed.set(true);
        List<DossierSummary> result = new ArrayList<>(results.size());
        for (ListingIndex.Entry s : results) {
            if (s.summary() != null) result.add(s.summary());
            else found.add(s.problem());
        }
        result.sort(Comparator.comparing(DossierSummary::id));
        found.sort(Comparator.comparing(p -> p.file().toString()));
        problems = List.copyOf(found);
        lastScanned = scanned.get();
        if (changed.get()) ListingIndex.write(folder, new TreeMap<>(listed));
        return result;
    }

    /** A file as the reading stage of a listing left it: known already ({@code entry}), or read and to be checked. */
    private static final class Read {
        final Path file;
        final ListingIndex.Stamp stamp;
        final byte[] bytes;
        final ListingIndex.Entry entry;

        Read(Path file, ListingIndex.Stamp stamp, byte[] bytes, ListingIndex.Entry entry) {
            this.file = file;
            this.stamp = stamp;
            this.bytes = bytes;
            this.entry = entry;
        }
    }

    /** The reading stage: the file's stamp, then its content unless the index knows it unchanged. */
    private Read read(Path file, java.util.function.LongConsumer reserve, AtomicBoolean changed) {
        String name = file.getFileName().toString();
        ListingIndex.Stamp stamp;
        try {
            // the stamp is taken before the content is read: a change in between shows as a new stamp next time
            stamp = ListingIndex.stamp(file);
        } catch (IOException e) {
            return new Read(file, null, null,
                    new ListingIndex.Entry(null, null, new LoadProblem(file, "$", "cannot be read: " + e.getMessage())));
        }
        ListingIndex.Entry known = listed.get(name);
        if (known != null && stamp.equals(known.stamp())) return new Read(file, stamp, null, known);
        scanned.incrementAndGet();
        try {
            if (stamp.size() <= MAX_FILE_BYTES) reserve.accept(stamp.size());
            return new Read(file, stamp, DossierFiles.bytes(file), null);
        } catch (DossierFormatException e) {
            return new Read(file, stamp, null, remember(name, new ListingIndex.Entry(stamp, null, e.problem()), changed));
        }
    }

    /** The checking stage: the schema in one streaming pass, picking up what the listing shows. */
    private ListingIndex.Entry check(Read r, AtomicBoolean changed) {
        DossierSummary summary = null;
        LoadProblem problem = null;
        try {
            summary = summarise(r.file, r.bytes);
        } catch (DossierFormatException e) {
            problem = e.problem();
        }
        return remember(r.file.getFileName().toString(), new ListingIndex.Entry(r.stamp, summary, problem), changed);
    }

    /** Keeps what was found for the index, unless the file changed so recently that its stamp may not show the next change. */
    private ListingIndex.Entry remember(String name, ListingIndex.Entry s, AtomicBoolean changed) {
        long age = System.currentTimeMillis() * 1_000_000L - s.stamp().newest();
        if (age > ListingIndex.racyNanos) {
            listed.put(name, s);
            changed.set(true);
        } else if (listed.remove(name) != null) {
            changed.set(true);
        }
        return s;
    }

    /** How many files the last {@link #list()} read (the others were known unchanged); for tests. */
    int scannedAtLastListing() {
        return lastScanned;
    }

    private DossierSummary summarise(Path file, byte[] bytes) throws DossierFormatException {
        String name = file.getFileName().toString();
        String expectedId = name.substring(0, name.length() - SUFFIX.length());
        FileHeader h = new FileHeader();
        DossierFiles.check(file, bytes, h);
        DossierFiles.checkId(file, h.id, expectedId);
        if (h.schemaVersion != Dossier.CURRENT_SCHEMA_VERSION) {
            // an older file is migrated and bound in full, so it is listed only if it really loads
            Dossier d = DossierFiles.bind(file, bytes);
            return new DossierSummary(d.id, d.product == null ? null : d.product.brandName,
                    d.product == null ? null : d.product.inn, d.revision,
                    d.submissions.stream().map(s -> s.jurisdiction).toList(),
                    d.saved == null ? null : d.saved.author, d.saved == null ? null : d.saved.time);
        }
        return h.summary();
    }

    @Override
    public List<LoadProblem> problems() {
        return problems;
    }

    @Override
    public Dossier load(String id) throws DossierNotFoundException, DossierFormatException {
        Path file = fileOf(id);
        if (!Files.isRegularFile(file)) {
            throw new DossierNotFoundException("No dossier '" + id + "' in workspace " + folder);
        }
        return DossierFiles.read(file, id);
    }

    @Override
    public long save(Dossier dossier, String author, String summary) throws SaveConflictException {
        DossierRepository.requireSaveable(dossier);
        long oldRevision = dossier.revision;
        SaveInfo oldSaved = dossier.saved;
        int oldVersion = dossier.schemaVersion;
        boolean done = false;
        try {
            long next = write(dossier.id, dossier.revision, () -> {
                dossier.revision = oldRevision + 1;
                dossier.saved = new SaveInfo(Instant.now().truncatedTo(ChronoUnit.MILLIS), author, summary);
                dossier.schemaVersion = Dossier.CURRENT_SCHEMA_VERSION;
                return dossier;
            });
            done = true;
            return next;
        } finally {
            if (!done) {
                dossier.revision = oldRevision;
                dossier.saved = oldSaved;
                dossier.schemaVersion = oldVersion;
            }
        }
    }

    /** Writes a revision copied from another workspace as it is: its number and saved record are kept. */
    @Override
    public void importRevision(Dossier revision, long basedOn) throws SaveConflictException {
        DossierRepository.requireSaveable(revision);
        if (revision.revision <= basedOn && !(revision.revision == 0 && basedOn == 0)) {
            throw new SaveConflictException("Dossier '" + revision.id + "': revision " + revision.revision
                    + " is not newer than revision " + basedOn + ". Nothing was written.");
        }
        write(revision.id, basedOn, () -> revision);
    }


    /**
     * Under the workspace lock: checks that the stored revision is {@code expected}, keeps a stored revision that has
     * no history copy yet, then writes the revision {@code revised} makes atomically with its history entry.
     */
    private long write(String id, long expected, java.util.function.Supplier<Dossier> revised) throws SaveConflictException {
        Path file = fileOf(id);
        try {
            Files.createDirectories(folder);
            try (WorkspaceLock ignored = WorkspaceLock.acquire(folder)) {
                Stored stored = stored(file, id);
                long current = stored == null ? 0 : stored.header.revision;
                if (current != expected) {
                    Revision theirs = stored == null ? new Revision(0, null, null, "deleted")
                            : stored.header.revisionInfo(current);
                    throw new SaveConflictException("Dossier '" + id + "' was changed after you opened revision "
                            + expected + ": " + (stored == null ? "its file has been removed"
                            : theirs.describe() + " is on disk") + ". Nothing was written; reload it to see the"
                            + " other changes.", theirs);
                }
                if (stored != null && stored.header.schemaVersion > Dossier.CURRENT_SCHEMA_VERSION) {
                    throw new SaveConflictException("Dossier '" + id + "' on disk was written by a newer version"
                            + " of HTA Workbench (schema version " + stored.header.schemaVersion + "). Nothing was written.");
                }
                Path history = folder.resolve(HISTORY).resolve(id);
                Files.createDirectories(history);
                if (stored != null && !Files.exists(history.resolve(current + SUFFIX))) {
                    // a revision saved before history was kept (or copied in) is kept before it is replaced
                    AtomicFiles.write(history.resolve(current + SUFFIX), stored.bytes, false);
                }
                Dossier dossier = revised.get(); // made only once the stored revision is the expected one
                byte[] bytes = DossierJson.write(dossier);
                // one forced write: the history entry is a second name for the new file (AtomicFiles)
                AtomicFiles.write(file, bytes, true, history.resolve(dossier.revision + SUFFIX));
                return dossier.revision;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save dossier '" + id + "' to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The stored file's bytes and header, or null when there is none. */
    private record Stored(byte[] bytes, FileHeader header) {
    }

    private static Stored stored(Path file, String id) throws SaveConflictException {
        if (!Files.exists(file)) return null;
        try {
            byte[] bytes = DossierFiles.bytes(file);
            FileHeader h = new FileHeader();
            DossierFiles.check(file, bytes, h);
            return new Stored(bytes, h);
        } catch (DossierFormatException e) {
            // an unreadable file is never overwritten: it may hold work that can still be repaired by hand
            throw new SaveConflictException("Dossier '" + id + "': the file on disk cannot be read (" + e.problem()
                    + "). It was left as it is and nothing was written.");
        }
    }

    @Override
    public List<Revision> history(String id) throws DossierNotFoundException {
        Path file = fileOf(id);
        Map<Long, Revision> revisions = new TreeMap<>();
        Path dir = folder.resolve(HISTORY).resolve(id);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path f : files) {
                    var m = HISTORY_FILE.matcher(f.getFileName().toString());
                    if (!m.matches()) continue;
                    long n = Long.parseLong(m.group(1));
                    revisions.put(n, header(f).map(h -> h.revisionInfo(n)).orElse(new Revision(n, null, null,
                            "(this copy cannot be read)")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the history of '" + id + "' in " + dir, e);
            }
        }
        if (Files.isRegularFile(file)) {
            header(file).ifPresent(h -> revisions.putIfAbsent(h.revision, h.revisionInfo(h.revision)));
        }
        if (revisions.isEmpty()) throw new DossierNotFoundException("No dossier '" + id + "' in workspace " + folder);
        return List.copyOf(revisions.values());
    }

    private static java.util.Optional<FileHeader> header(Path f) {
        try {
            byte[] bytes = DossierFiles.bytes(f);
            FileHeader h = new FileHeader();
            DossierFiles.check(f, bytes, h);
            return java.util.Optional.of(h);
        } catch (DossierFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public Dossier loadRevision(String id, long revision) throws DossierNotFoundException, DossierFormatException {
        Path copy = folder.resolve(HISTORY).resolve(fileOf(id).getFileName().toString().replace(SUFFIX, ""))
                .resolve(revision + SUFFIX);
        if (Files.isRegularFile(copy)) return DossierFiles.read(copy, id);
        Dossier current = load(id);
        if (current.revision == revision) return current;
        throw new DossierNotFoundException("Dossier '" + id + "' has no revision " + revision + " in its history");
    }

    @Override
    public long restore(String id, long revision, long basedOn, String author)
            throws DossierNotFoundException, DossierFormatException, SaveConflictException {
        Dossier old = loadRevision(id, revision);
        old.revision = basedOn;
        return save(old, author, "restored revision " + revision);
    }

    private Path fileOf(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a valid dossier id: '" + id
                    + "' (letters, digits, '_', '.', '-'; at most 100 characters)");
        }
        return folder.resolve(id + SUFFIX);
    }
}
