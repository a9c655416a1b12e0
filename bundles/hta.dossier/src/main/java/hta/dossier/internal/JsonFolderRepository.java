package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.dossier.repository.SaveConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A workspace folder holding one {@code <id>.json} file per dossier. Saves write a temporary file, force it
 * to disk and rename it over the old one, so a crash leaves either the old or the new revision. A lock file
 * serialises writers of the same folder, across threads and processes. Thread-safe.
 */
final class JsonFolderRepository implements DossierRepository {
    /** Files larger than this are refused as absurd rather than read into memory. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final String SUFFIX = ".json";

    private final Path folder;
    private volatile List<LoadProblem> problems = List.of();

    JsonFolderRepository(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public List<DossierSummary> list() {
        List<DossierSummary> result = new ArrayList<>();
        List<LoadProblem> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            found.add(new LoadProblem(folder, "$", "the workspace folder does not exist"));
            problems = List.copyOf(found);
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    Dossier d = read(file);
                    result.add(new DossierSummary(d.id, d.product == null ? null : d.product.brandName,
                            d.product == null ? null : d.product.inn, d.revision,
                            d.submissions.stream().map(s -> s.jurisdiction).toList()));
                } catch (DossierFormatException e) {
                    found.add(e.problem());
                }
            }
        } catch (IOException e) {
            found.add(new LoadProblem(folder, "$", "the workspace folder cannot be read: " + e.getMessage()));
        }
        result.sort(Comparator.comparing(DossierSummary::id));
        found.sort(Comparator.comparing(p -> p.file().toString()));
        problems = List.copyOf(found);
        return result;
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
        return read(file);
    }

    @Override
    public long save(Dossier dossier, String author, String summary) throws SaveConflictException {
        Path file = fileOf(dossier.id);
        try {
            Files.createDirectories(folder);
            try (FileChannel lockChannel = FileChannel.open(folder.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                long stored = storedRevision(file);
                if (stored != dossier.revision) {
                    throw new SaveConflictException("Dossier '" + dossier.id + "' was saved by someone else"
                            + " (revision " + stored + ") after you opened revision " + dossier.revision
                            + "; nothing was written.");
                }
                long next = stored + 1;
                Dossier toWrite = DossierJson.copy(dossier);
                toWrite.revision = next;
                writeAtomically(file, DossierJson.write(toWrite));
                dossier.revision = next;
                return next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save dossier '" + dossier.id + "' to " + file, e);
        }
    }

    private long storedRevision(Path file) {
        if (!Files.exists(file)) return 0;
        try {
            return read(file).revision;
        } catch (DossierFormatException e) {
            // an unreadable file is never overwritten silently
            throw new IllegalStateException("Refusing to overwrite unreadable " + e.getMessage());
        }
    }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened for sync; the rename is still atomic
        }
    }

    private Path fileOf(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a valid dossier id: '" + id
                    + "' (letters, digits, '_', '.', '-'; at most 100 characters)");
        }
        return folder.resolve(id + SUFFIX);
    }

    private static Dossier read(Path file) throws DossierFormatException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DossierFormatException(new LoadProblem(file, "$",
                        "the file is " + size + " bytes, larger than the limit of " + MAX_FILE_BYTES));
            }
            if (size == 0) {
                throw new DossierFormatException(new LoadProblem(file, "$", "the file is empty"));
            }
            Dossier d = DossierJson.read(Files.readAllBytes(file));
            if (d.id == null || d.id.isBlank()) {
                throw new DossierFormatException(new LoadProblem(file, "$.id", "the dossier has no id"));
            }
            String expected = file.getFileName().toString();
            if (!expected.equals(d.id + SUFFIX)) {
                throw new DossierFormatException(new LoadProblem(file, "$.id",
                        "the id '" + d.id + "' does not match the file name"));
            }
            for (Submission s : d.submissions) {
                if (s.jurisdiction == null) {
                    throw new DossierFormatException(new LoadProblem(file, "$.submissions[" + d.submissions.indexOf(s)
                            + "].jurisdiction", "a submission has no jurisdiction code"));
                }
            }
            return d;
        } catch (JsonMappingException e) {
            throw new DossierFormatException(new LoadProblem(file, jsonPath(e), firstLine(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new DossierFormatException(new LoadProblem(file, "$",
                    "not valid JSON: " + firstLine(e.getOriginalMessage())
                            + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ")")));
        } catch (IOException e) {
            throw new DossierFormatException(new LoadProblem(file, "$", "cannot be read: " + e.getMessage()));
        }
    }

    /** The JSON path of a mapping error in {@code $.a[0].b} notation. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) sb.append('.').append(ref.getFieldName());
            else if (ref.getIndex() >= 0) sb.append('[').append(ref.getIndex()).append(']');
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
