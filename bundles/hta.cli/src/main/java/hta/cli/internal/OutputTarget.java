package hta.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code hta export} may write (issue 14, "files never replaced by surprise"): {@code --out} names a file,
 * or a folder when it is one or ends with a separator; that folder must exist (a missing one is an error naming
 * it, never a file named after it); nothing is written into the workspace (its dossier files and history are the
 * store's); an existing file is replaced only with {@code --force}. Every refusal is a usage error (exit 2) with one
 * line saying what to change. Immutable.
 */
final class OutputTarget {
    private final Path folder;
    private final Path file;

    private OutputTarget(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /**
     * @param out       the {@code --out} argument as typed
     * @param workspace the workspace folder, or null when the workspace is not a folder
     */
    static OutputTarget of(String out, Path workspace) {
        if (out == null || out.isBlank()) throw new CommandFailure("--out needs a file or folder name", 2);
        boolean folderMeant = out.endsWith("/") || out.endsWith(File.separator);
        Path path = Path.of(out).toAbsolutePath().normalize();
        OutputTarget t;
        if (folderMeant || Files.isDirectory(path)) {
            if (!Files.isDirectory(path)) {
                throw new CommandFailure("the output folder " + path + " does not exist; create it first", 2);
            }
            t = new OutputTarget(path, null);
        } else {
            Path parent = path.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new CommandFailure("the output folder " + parent + " does not exist; create it first", 2);
            }
            t = new OutputTarget(parent, path);
        }
        notInWorkspace(t.folder, workspace, "--out");
        return t;
    }

    /** Refuses a folder inside the workspace (memos would sit among, or replace, dossier files). */
    static void notInWorkspace(Path folder, Path workspace, String option) {
        if (workspace == null || !Files.isDirectory(workspace)) return; // a team workspace has no folder
        Path real = real(folder);
        Path ws = real(workspace);
        if (real.startsWith(ws)) {
            throw new CommandFailure(option + " " + folder + " is inside the workspace " + ws + "; write memos to a"
                    + " folder outside it, where no dossier file can be replaced", 2);
        }
    }

    /** The file to write: the one named, or the suggested name in the folder; refused if it exists without force. */
    Path file(String suggestedName, boolean force) {
        Path target = file != null ? file : folder.resolve(suggestedName);
        if (Files.isDirectory(target)) {
            throw new CommandFailure(target + " is a folder; give a file name or the folder with a trailing /", 2);
        }
        if (Files.exists(target) && !force) {
            throw new CommandFailure(target + " already exists; nothing was written (use --force to replace it)", 2);
        }
        return target;
    }

    /** Whether {@code --out} named the file itself (so that its existence can be checked before rendering). */
    boolean namesFile() {
        return file != null;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
