package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.SaveConflictException;
import hta.workbench.shell.internal.team.DossierMerge;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Saving an editor's dossier: typing not yet recorded is committed, a copy is written off the EDT under the
 * author's name with the last edit as summary, and the editor's save point moves. When someone else saved first,
 * the writer chooses: keep mine (overwrite), take theirs (mine kept as a conflict copy), compare and merge, or
 * cancel. When the workspace cannot be reached (a server stopped, a network cut, a full disk) the edit stays in
 * the editor and is written as a draft at once, the editor says so in one line, and the save is tried again —
 * when the writer asks, every few seconds, and as soon as the workspace is back. A retry that finds the dossier
 * already saved with exactly this content (the first attempt did arrive, its answer was lost) counts as saved.
 * Used on the EDT.
 */
final class Saves {
    /** Seconds before the first automatic retry, doubled up to {@link #MAX_RETRY_SECONDS}. */
    static final int FIRST_RETRY_SECONDS = 2;
    static final int MAX_RETRY_SECONDS = 10;

    private final EditorManager.Host host;
    private final Drafts drafts;
    /** Shows another version of a dossier in its editor (theirs, after a conflict). */
    private final BiConsumer<OpenEditor, Dossier> replace;
    private final SharedWork shared;

    Saves(EditorManager.Host host, Drafts drafts, BiConsumer<OpenEditor, Dossier> replace, SharedWork shared) {
        this.host = host;
        this.drafts = drafts;
        this.replace = replace;
        this.shared = shared;
    }

    /**
     * Saves one editor off the EDT; {@code then} (may be null) runs on the EDT after a successful save. A save
     * conflict opens a choice: keep mine (overwrite), take theirs (mine kept as a draft), compare/merge, or cancel.
     */
    void save(OpenEditor e, Runnable then) {
        e.part.commitPending();
        attempt(e, then);
    }

    /** Tries a failed save again now (Retry, or the workspace is back); typing not yet recorded is left alone. */
    void retry(OpenEditor e) {
        if (e.retry == null || e.saving) return;
        e.retry.stop();
        attempt(e, null);
    }

    private void attempt(OpenEditor e, Runnable then) {
        Dossier copy = DossierJson.copy(e.dossier());
        // the names of the installed jurisdictions beside their codes, for a workbench without their plugins (in the
        // copy written: the editor's dossier changes only through its part; comparisons leave the names out)
        JurisdictionNames.record(copy, host.site()::jurisdiction, host.repository().access()::mayWrite);
        String summary = e.part.undoLabel().map(l -> "Saved from the workbench: " + l).orElse("Saved from the workbench");
        Outcome o = new Outcome();
        e.saving = true;
        host.jobs().schedule("Saving " + e.name(), m -> {
            try {
                o.revision = host.repository().save(copy, host.preferences().author(host.repository()), summary);
            } catch (SaveConflictException x) {
                o.conflict = x;
                o.theirs = loadQuietly(e.id());
            } catch (UncheckedIOException x) {
                o.unavailable = x;
            } catch (RuntimeException x) {
                o.error = x;
            }
        }, () -> {
            e.saving = false;
            if (o.unavailable != null) {
                failed(e, copy, o.unavailable.getMessage());
            } else if (o.error != null) {
                host.guard().log().error("editor", "saving " + e.id() + " failed", o.error);
                failed(e, copy, "Could not save " + e.name() + ": " + o.error.getMessage() + "; your edit is still open");
            } else if (o.conflict != null && o.theirs != null && sameContent(copy, o.theirs)) {
                // an earlier attempt did arrive, only its answer was lost: this is that revision
                saved(e, o.theirs.revision, then);
                host.site().status("Saved " + e.name() + " (revision " + o.theirs.revision + ", by the earlier attempt)");
            } else if (o.conflict != null && o.conflict.stored().isEmpty() && o.theirs != null
                    && o.theirs.revision == copy.revision) {
                // nobody saved in between: the store refused the save (a role that may not change this, a newer format)
                refused(e, o.conflict.getMessage());
            } else if (o.conflict != null) {
                succeeded(e);
                resolveConflict(e, copy, o.conflict, then);
            } else {
                saved(e, o.revision, then);
                host.site().status("Saved " + e.name() + " (revision " + o.revision + ")");
            }
            shared.afterSave(e);
            host.workspaceChanged();
        });
    }

    /** What a save job found; read on the EDT after it ran. */
    private static final class Outcome {
        long revision;
        SaveConflictException conflict;
        Dossier theirs;
        UncheckedIOException unavailable;
        RuntimeException error;
    }

    private Dossier loadQuietly(String id) {
        try {
            return host.repository().load(id);
        } catch (Exception | Error notReadable) {
            return null;
        }
    }

    /** Whether two versions hold the same dossier, whoever saved them as which revision. */
    static boolean sameContent(Dossier a, Dossier b) {
        return new DossierMerge(null, a, b).changes().isEmpty();
    }

    private void saved(OpenEditor e, long revision, Runnable then) {
        succeeded(e);
        e.dossier().revision = revision;
        e.part.markSaved();
        drafts.discard(e.id());
        if (then != null) then.run();
    }

    private void succeeded(OpenEditor e) {
        if (e.retry != null) e.retry.stop();
        e.retry = null;
        if (e.frame != null) e.frame.clearFailure();
    }

    /**
     * The workspace could not be reached: the edit stays, a draft of it is written now (nothing is lost if the
     * workbench is closed or crashes before the server is back), the editor shows {@code message}, and the save is
     * tried again after a pause that grows to {@link #MAX_RETRY_SECONDS}.
     */
    private void failed(OpenEditor e, Dossier attempted, String message) {
        drafts.write(attempted);
        if (e.frame != null) e.frame.failure(message, true);
        host.site().status(message);
        int delay = e.retry == null ? FIRST_RETRY_SECONDS * 1000 : Math.min(e.retry.getInitialDelay() * 2, MAX_RETRY_SECONDS * 1000);
        if (e.retry != null) e.retry.stop();
        Timer t = new Timer(delay, x -> retry(e));
        t.setRepeats(false);
        e.retry = t;
        t.start();
    }

    /** The store refused the save; trying again would not help, so the editor only says why. */
    private void refused(OpenEditor e, String message) {
        succeeded(e);
        if (e.frame != null) e.frame.failure(message, false);
        host.site().status(message);
    }

    private void resolveConflict(OpenEditor e, Dossier mine, SaveConflictException x, Runnable then) {
        String[] options = {"Keep mine (overwrite theirs)", "Take theirs (keep mine as a draft)", "Compare/Merge…", "Cancel"};
        int choice = JOptionPane.showOptionDialog(host.window(), "Someone else saved " + e.name()
                        + " after you opened it.\n" + x.getMessage() + "\n\nWhat should happen to your changes?",
                "Save conflict", JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[3]);
        if (choice == 0) {
            host.jobs().schedule("Overwriting " + e.id(), m -> {
                Dossier theirs = host.repository().load(e.id());
                mine.revision = theirs.revision;
                long rev = host.repository().save(mine, host.preferences().author(host.repository()), "Saved over a concurrent change");
                SwingUtilities.invokeLater(() -> saved(e, rev, then));
            }, null);
        } else if (choice == 1) {
            drafts.keepConflictCopy(mine);
            Dossier[] theirs = new Dossier[1];
            host.jobs().schedule("Reloading " + e.id(), m -> theirs[0] = host.repository().load(e.id()),
                    () -> replace.accept(e, theirs[0]));
        } else if (choice == 2) {
            shared.compare(e);
        }
    }
}
