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

    /** A draft, and whether the writer chose Later for it and it has not changed since (then not a crash's). */
    record Draft(Dossier dossier, String time, boolean keptForLater) {
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
                if (latest.get(id) == turn) {
                    Files.deleteIfExists(dir.resolve(id + ".json"));
                    Files.deleteIfExists(dir.resolve(id + LATER));
                }
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
                        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(p);
                        String time = LocalDateTime.ofInstant(modified.toInstant(),
                                ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("d MMM HH:mm"));
                        found.add(new Draft(d, time, keptForLater(p, modified)));
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
     * {@code recover}, on the EDT), Discard (the drafts go) or Later (they stay for the next start, which then says
     * they were kept for later rather than that the workbench did not close normally).
     */
    void offer(java.awt.Window owner, Consumer<Dossier> recover) {
        find(found -> {
            int c = javax.swing.JOptionPane.showOptionDialog(owner, offerText(found), "Recover unsaved work",
                    javax.swing.JOptionPane.YES_NO_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE, null,
                    new String[]{"Recover", "Discard", "Later"}, "Recover");
            if (c == 0) forget(found);
            else if (c != 1) keepForLater(found);
            for (Draft d : found) {
                if (c == 0) recover.accept(d.dossier());
                else if (c == 1) discard(d.dossier().id);
            }
        });
    }

    /**
     * What the offer says: drafts a crash left "did not close normally", drafts the writer put off with Later (and
     * that have not changed since) "kept for later" — each named with the time of its draft.
     */
    static String offerText(List<Draft> found) {
        StringBuilder crash = new StringBuilder();
        StringBuilder later = new StringBuilder();
        for (Draft d : found) {
            (d.keptForLater() ? later : crash).append("\n  • ").append(d.dossier().product.brandName)
                    .append(" (draft of ").append(d.time()).append(')');
        }
        StringBuilder s = new StringBuilder();
        if (crash.length() > 0) s.append("The workbench did not close normally last time.\nUnsaved work was kept for:").append(crash);
        if (later.length() > 0) {
            if (s.length() > 0) s.append("\n\n");
            s.append("Unsaved work you chose to recover later is still kept for:").append(later);
        }
        return s.append("\n\nRecover it?").toString();
    }

    /** The suffix of the mark Later leaves beside a draft: the draft's time then, so a newer draft is a crash's again. */
    private static final String LATER = ".later";

    /** Marks the drafts as put off with Later (off the EDT). */
    void keepForLater(List<Draft> drafts) {
        Path dir = this.dir;
        jobs.schedule("Keeping unsaved drafts for later", m -> {
            for (Draft d : drafts) {
                Path draft = dir.resolve(d.dossier().id + ".json");
                if (!Files.exists(draft)) continue;
                Files.writeString(dir.resolve(d.dossier().id + LATER),
                        Long.toString(Files.getLastModifiedTime(draft).toMillis()));
            }
        }, null);
    }

    /** Removes the Later marks of recovered drafts (their drafts go when the editors are saved or discarded). */
    private void forget(List<Draft> drafts) {
        Path dir = this.dir;
        jobs.schedule("Recovering unsaved drafts", m -> {
            for (Draft d : drafts) Files.deleteIfExists(dir.resolve(d.dossier().id + LATER));
        }, null);
    }

    /** Whether the draft at {@code p} was put off with Later and not written since. */
    private static boolean keptForLater(Path p, java.nio.file.attribute.FileTime modified) {
        Path mark = p.resolveSibling(p.getFileName().toString().replaceFirst("\\.json$", LATER));
        try {
            return Files.isRegularFile(mark) && Files.readString(mark).strip().equals(Long.toString(modified.toMillis()));
        } catch (IOException | NumberFormatException e) {
            return false; // an unreadable mark: offered as a crash's draft, which loses nothing
        }
    }
}
