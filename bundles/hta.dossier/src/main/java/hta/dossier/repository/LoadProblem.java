package hta.dossier.repository;

import java.nio.file.Path;

/**
 * A workspace file that could not be read.
 *
 * @param file     the file
 * @param jsonPath where in the file the problem is, e.g. {@code $.prices[2].amount}; {@code $} for the whole file
 * @param message  what is wrong, in words a dossier writer understands
 */
public record LoadProblem(Path file, String jsonPath, String message) {
    @Override
    public String toString() {
        return file + " at " + jsonPath + ": " + message;
    }
}
