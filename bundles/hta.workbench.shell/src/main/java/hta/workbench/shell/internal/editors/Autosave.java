package hta.workbench.shell.internal.editors;

import hta.workbench.shell.internal.prefs.Preferences;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.Timer;

/**
 * Autosave: every few seconds (the preference), a draft of each editor changed since its last draft is written
 * ({@link Drafts}; the JSON is made here, written off the EDT), so that a crash loses at most that much typing.
 * Used on the EDT.
 */
final class Autosave {
    private final Drafts drafts;
    private final Supplier<List<OpenEditor>> editors;
    private final Timer timer;

    Autosave(Preferences preferences, Drafts drafts, Supplier<List<OpenEditor>> editors) {
        this.drafts = drafts;
        this.editors = editors;
        timer = new Timer(preferences.autosaveSeconds() * 1000, e -> now());
        timer.start();
        preferences.addListener(() -> timer.setDelay(preferences.autosaveSeconds() * 1000));
    }

    /** Writes a draft of every editor changed since its last draft. */
    void now() {
        for (OpenEditor e : editors.get()) {
            if (e.part.isDirty() && e.changedSinceDraft) {
                e.part.commitPending();
                drafts.write(e.dossier());
                e.changedSinceDraft = false;
            }
        }
    }

    /**
     * An editor changed: it gets a draft at the next tick. Back at its saved state (undone to the save point, saved)
     * its draft goes: a draft is kept only of work that would otherwise be lost.
     */
    void changed(OpenEditor e) {
        e.changedSinceDraft = true;
        boolean dirty = e.part.isDirty();
        if (e.wasDirty && !dirty) drafts.discard(e.id());
        e.wasDirty = dirty;
    }

    /**
     * The workbench closes normally: no more drafts, and none is left of the {@code open} editors without unsaved
     * changes (a draft found at the next start then means a crash, or Later).
     */
    void stop(List<OpenEditor> open) {
        timer.stop();
        open.stream().filter(e -> !e.unsaved()).forEach(e -> drafts.discard(e.id()));
    }
}
