package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.LoadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads dossier files defensively: size first, then the schema in one streaming pass, then migration and binding.
 * Every way a file can be wrong ends as a {@link LoadProblem} naming the file, the JSON path and what is wrong;
 * nothing here writes. Stateless and thread-safe.
 */
public final class DossierFiles {
    /** Files larger than this are refused as absurd rather than read into memory. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private DossierFiles() {
    }

    /** The bytes of a file that is neither empty nor absurdly large. */
    static byte[] bytes(Path file) throws DossierFormatException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DossierFormatException(new LoadProblem(file, "$", "the file is " + size
                        + " bytes, larger than the limit of " + MAX_FILE_BYTES + " bytes for a dossier"));
            }
            if (size == 0) throw new DossierFormatException(new LoadProblem(file, "$", "the file is empty"));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DossierFormatException(new LoadProblem(file, "$", "the file no longer exists"));
        } catch (IOException e) {
            throw new DossierFormatException(new LoadProblem(file, "$", "cannot be read: " + e.getMessage()));
        }
    }

    /** Checks the schema and fills {@code header}; throws the first violation. */
    static void check(Path file, byte[] bytes, FileHeader header) throws DossierFormatException {
        List<SchemaWalker.Violation> v = DossierSchema.check(bytes, header);
        if (!v.isEmpty()) throw new DossierFormatException(new LoadProblem(file, v.get(0).jsonPath(), v.get(0).message()));
    }

    /**
     * Reads a whole dossier.
     *
     * @param expectedId the id the file must carry (its name without {@code .json} in a workspace), or null
     */
    public static Dossier read(Path file, String expectedId) throws DossierFormatException {
        byte[] bytes = bytes(file);
        check(file, bytes, null);
        Dossier d = bind(file, bytes);
        checkId(file, d.id, expectedId);
        return d;
    }

    static Dossier bind(Path file, byte[] bytes) throws DossierFormatException {
        try {
            return DossierJson.read(bytes);
        } catch (JsonMappingException e) {
            throw new DossierFormatException(new LoadProblem(file, jsonPath(e), SchemaWalker.firstLine(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new DossierFormatException(new LoadProblem(file, "$", "not valid JSON: "
                    + JsonSyntax.words(e) + SchemaWalker.at(e)));
        } catch (IOException | RuntimeException e) {
            throw new DossierFormatException(new LoadProblem(file, "$", "cannot be read: " + e.getMessage()));
        }
    }

    static void checkId(Path file, String id, String expectedId) throws DossierFormatException {
        if (expectedId != null && !expectedId.equals(id)) {
            throw new DossierFormatException(new LoadProblem(file, "$.id", "the id '" + id
                    + "' does not match the file name (expected '" + expectedId + "')"));
        }
    }

    /**
     * Everything wrong with a file's form, for {@code hta validate}: every schema violation (up to
     * {@value SchemaWalker#MAX_ERRORS}), else a binding error; empty when the file can be loaded.
     *
     * @param expectedId as for {@link #read}
     */
    public static List<LoadProblem> problems(Path file, String expectedId) {
        List<LoadProblem> found = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = bytes(file);
        } catch (DossierFormatException e) {
            return List.of(e.problem());
        }
        FileHeader header = new FileHeader();
        for (SchemaWalker.Violation v : DossierSchema.check(bytes, header)) {
            found.add(new LoadProblem(file, v.jsonPath(), v.message()));
        }
        if (found.isEmpty()) {
            try {
                Dossier d = bind(file, bytes);
                checkId(file, d.id, expectedId);
            } catch (DossierFormatException e) {
                found.add(e.problem());
            }
        }
        return found;
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
}
