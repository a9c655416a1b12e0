package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.jobs.Jobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The recovery area: drafts of unsaved dossiers ({@code <id>.json}), written atomically off the EDT and removed
 * when the editor is back at its saved state (saved, undone to the save point, reverted), when its changes are
 * discarded, and for every editor without unsaved changes when the workbench closes. Drafts still there at the next
 * start are what a crash left (or what the writer put off with Later). Conflict copies ({@code <id>.conflict-<time>.json}) are kept for the writer and never offered again.
 */
final class Drafts {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** The recovery folder of the workspace open now (drafts belong to the workspace they were made in). */
    private volatile Path dir;
    private final Jobs jobs;
    private final ErrorLog log;
    /**
     * The latest write or removal asked for, per dossier id. The background pool runs jobs in parallel, so a write
     * asked for before a removal may run after it; a job that is no longer the latest for its dossier does nothing
     * (guarded by itself).
     */
    private final java.util.Map<String, Long> latest = new java.util.HashMap<>();
    private long asked;

    record Draft(Dossier dossier, String time) {
    }

    Drafts(Path dir, Jobs jobs, ErrorLog log) {
        this.dir = dir;
        this.jobs = jobs;
        this.log = log;
    }

    /** From now on drafts are kept in, and recovered from, {@code folder} (another workspace was opened). */
    void moveTo(Path folder) {
        this.dir = folder;
    }

    /** Serialises now (on the caller's thread) and writes in the background. */
    void write(Dossier d) {
        byte[] json = DossierJson.write(d);
        String id = d.id;
        Path dir = this.dir;
        long turn = ask(id);
        jobs.schedule("Autosaving a draft of " + id, m -> {
            synchronized (latest) {
                if (latest.get(id) != turn) return; // removed or written again since
                Files.createDirectories(dir);
                Path tmp = dir.resolve(id + ".json.tmp");
                Files.write(tmp, json);
                Files.move(tmp, dir.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }, null);
    }

    void discard(String id) {
        Path dir = this.dir;
        long turn = ask(id);
        jobs.schedule("Removing the draft of " + id, m -> {
            synchronized (latest) {
                if (latest.get(id) == turn) Files.deleteIfExists(dir.resolve(id + ".json"));
            }
        }, null);
    }

    /** Records a write or removal of {@code id}'s draft as the latest asked for; returns its turn. */
    private long ask(String id) {
        synchronized (latest) {
            latest.put(id, ++asked);
            return asked;
        }
    }

    void keepConflictCopy(Dossier mine) {
        byte[] json = DossierJson.write(mine);
        String name = mine.id + ".conflict-" + LocalDateTime.now().format(STAMP) + ".json";
        Path dir = this.dir;
        jobs.schedule("Keeping your version of " + mine.id, m -> {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), json);
            log.info("editor", "your version of " + mine.id + " was kept as " + dir.resolve(name));
        }, null);
    }

    /** Reads the drafts off the EDT and hands them to {@code then} on the EDT (not called when there are none). */
    void find(Consumer<List<Draft>> then) {
        List<Draft> found = new ArrayList<>();
        Path dir = this.dir;
        jobs.schedule("Looking for unsaved drafts", m -> {
            if (!Files.isDirectory(dir)) return;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String n = p.getFileName().toString();
                    if (!n.endsWith(".json") || n.contains(".conflict-")) continue;
                    try {
                        Dossier d = DossierJson.read(Files.readAllBytes(p));
                        String time = LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(),
                                ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("d MMM HH:mm"));
                        found.add(new Draft(d, time));
                    } catch (IOException e) {
                        log.error("editor", "the draft " + p + " cannot be read; it is left in place", e);
                    }
                }
            }
        }, () -> {
            if (!found.isEmpty()) then.accept(found);
        });
    }

    /**
     * Finds the drafts a run that ended without saving them left, and offers them: Recover (each to
     * {@code recover}, on the EDT), Discard (the drafts go) or Later (they stay for the next start).
     */
    void offer(java.awt.Window owner, Consumer<Dossier> recover) {
        find(found -> {
            StringBuilder names = new StringBuilder();
            found.forEach(d -> names.append("\n  • ").append(d.dossier().product.brandName)
                    .append(" (draft of ").append(d.time()).append(')'));
            int c = javax.swing.JOptionPane.showOptionDialog(owner, "The workbench did not close normally last time."
                            + "\nUnsaved work was kept for:" + names + "\n\nRecover it?", "Recover unsaved work",
                    javax.swing.JOptionPane.YES_NO_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE, null,
                    new String[]{"Recover", "Discard", "Later"}, "Recover");
            for (Draft d : found) {
                if (c == 0) recover.accept(d.dossier());
                else if (c == 1) discard(d.dossier().id);
            }
        });
    }
}
