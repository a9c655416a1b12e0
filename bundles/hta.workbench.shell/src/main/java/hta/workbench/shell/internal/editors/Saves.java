package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.SaveConflictException;
import java.util.function.BiConsumer;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Saving an editor's dossier: typing not yet recorded is committed, a copy is written off the EDT under the
 * author's name with the last edit as summary, and the editor's save point moves. When someone else saved first,
 * the writer chooses: keep mine (overwrite), take theirs (mine kept as a conflict copy), or cancel. Used on the EDT.
 */
final class Saves {
    private final EditorManager.Host host;
    private final Drafts drafts;
    /** Shows another version of a dossier in its editor (theirs, after a conflict). */
    private final BiConsumer<OpenEditor, Dossier> replace;

    Saves(EditorManager.Host host, Drafts drafts, BiConsumer<OpenEditor, Dossier> replace) {
        this.host = host;
        this.drafts = drafts;
        this.replace = replace;
    }

    /**
     * Saves one editor off the EDT; {@code then} (may be null) runs on the EDT after a successful save. A save
     * conflict opens a choice: keep mine (overwrite), take theirs (mine kept as a draft), or cancel.
     */
    void save(OpenEditor e, Runnable then) {
        e.part.commitPending();
        Dossier copy = DossierJson.copy(e.dossier());
        String summary = e.part.undoLabel().map(l -> "Saved from the workbench: " + l).orElse("Saved from the workbench");
        long[] revision = new long[1];
        SaveConflictException[] conflict = new SaveConflictException[1];
        host.jobs().schedule("Saving " + e.name(), m -> {
            try {
                revision[0] = host.repository().save(copy, host.preferences().author(), summary);
            } catch (SaveConflictException x) {
                conflict[0] = x;
            }
        }, () -> {
            if (conflict[0] != null) {
                resolveConflict(e, copy, conflict[0], then);
                return;
            }
            saved(e, revision[0], then);
            host.site().status("Saved " + e.name() + " (revision " + revision[0] + ")");
            host.workspaceChanged();
        });
    }

    private void saved(OpenEditor e, long revision, Runnable then) {
        e.dossier().revision = revision;
        e.part.markSaved();
        drafts.discard(e.id());
        if (then != null) then.run();
    }

    private void resolveConflict(OpenEditor e, Dossier mine, SaveConflictException x, Runnable then) {
        String[] options = {"Keep mine (overwrite theirs)", "Take theirs (keep mine as a draft)", "Cancel"};
        int choice = JOptionPane.showOptionDialog(host.window(), "Someone else saved " + e.name()
                        + " after you opened it.\n" + x.getMessage() + "\n\nWhat should happen to your changes?",
                "Save conflict", JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[2]);
        if (choice == 0) {
            host.jobs().schedule("Overwriting " + e.id(), m -> {
                Dossier theirs = host.repository().load(e.id());
                mine.revision = theirs.revision;
                long rev = host.repository().save(mine, host.preferences().author(), "Saved over a concurrent change");
                SwingUtilities.invokeLater(() -> saved(e, rev, then));
            }, null);
        } else if (choice == 1) {
            drafts.keepConflictCopy(mine);
            Dossier[] theirs = new Dossier[1];
            host.jobs().schedule("Reloading " + e.id(), m -> theirs[0] = host.repository().load(e.id()),
                    () -> replace.accept(e, theirs[0]));
        }
    }
}
