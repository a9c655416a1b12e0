package hta.dossier.validation;

import hta.dossier.Dossier;
import hta.dossier.internal.DossierFiles;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.LoadProblem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks dossier files as {@code hta validate} does: against the shipped JSON Schema (every violation, with its
 * JSON path), then, if the file loads, against the {@link DossierRules}. Reads only; never writes. Stateless and
 * thread-safe.
 */
public final class FileValidation {
    private FileValidation() {
    }

    /**
     * What is wrong with one file.
     *
     * @param file     the file
     * @param problems why it cannot be loaded (schema violations, invalid JSON, size); empty if it loads
     * @param findings the core rules it breaks, when it loads
     */
    public record Report(Path file, List<LoadProblem> problems, List<Finding> findings) {
        public boolean isClean() {
            return problems.isEmpty() && findings.isEmpty();
        }
    }

    /**
     * Checks one file.
     *
     * @param requireIdFromName whether the dossier id must equal the file name without {@code .json}, as in a
     *                          workspace
     */
    public static Report file(Path file, boolean requireIdFromName) {
        String name = file.getFileName().toString();
        String expected = requireIdFromName && name.endsWith(".json") ? name.substring(0, name.length() - 5) : null;
        List<LoadProblem> problems = DossierFiles.problems(file, expected);
        if (!problems.isEmpty()) return new Report(file, problems, List.of());
        try {
            Dossier d = DossierFiles.read(file, expected);
            return new Report(file, List.of(), DossierRules.check(d));
        } catch (DossierFormatException e) {
            return new Report(file, List.of(e.problem()), List.of());
        }
    }

    /** Checks every {@code *.json} dossier file of a workspace folder (not its history), sorted by name. */
    public static List<Report> workspace(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : dir) {
                if (!f.getFileName().toString().startsWith(".")) files.add(f);
            }
        }
        files.sort(null);
        List<Report> reports = new ArrayList<>();
        for (Path f : files) reports.add(file(f, true));
        return reports;
    }
}
