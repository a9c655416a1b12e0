package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierChange;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.Presence;
import hta.workbench.shell.internal.team.DossierMerge;
import hta.workbench.shell.internal.team.MergeDialog;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The open editors in a workspace others work in too: who else has a dossier open (announced while its editor is
 * open here, shown above it and updated as people come and go), a save someone else made (the editor says who and
 * when, and offers Reload, or Compare/Merge… when it has unsaved edits), and what happens after the connection came
 * back (every open dossier checked again, failed saves tried again). In a folder workspace nothing of this shows.
 * Used on the EDT.
 */
final class SharedWork {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditorManager.Host host;
    private final Drafts drafts;
    private final Function<String, Optional<OpenEditor>> find;
    private final Supplier<List<OpenEditor>> open;
    /** Shows another version of a dossier in its editor; returns the new editor. */
    private final BiFunction<OpenEditor, Dossier, OpenEditor> replace;
    private final Consumer<OpenEditor> retry;

    SharedWork(EditorManager.Host host, Drafts drafts, Function<String, Optional<OpenEditor>> find,
               Supplier<List<OpenEditor>> open, BiFunction<OpenEditor, Dossier, OpenEditor> replace,
               Consumer<OpenEditor> retry) {
        this.host = host;
        this.drafts = drafts;
        this.find = find;
        this.open = open;
        this.replace = replace;
        this.retry = retry;
    }

    /** An editor opened: tell others, and see who else has the dossier open. */
    void opened(OpenEditor e) {
        try {
            e.presence = host.repository().open(e.id());
        } catch (RuntimeException unavailable) {
            e.presence = null; // announced again when the connection is back
        }
        refreshPresence(e);
    }

    /** An editor closed: others stop seeing it here. */
    void closed(OpenEditor e) {
        if (e.retry != null) e.retry.stop();
        AutoCloseable p = e.presence;
        e.presence = null;
        if (p == null) return;
        try {
            p.close();
        } catch (Exception gone) {
            // the workspace is closed or unreachable: its server session, and with it the announcement, ends anyway
        }
    }

    /** Someone (maybe this workbench) saved a dossier. */
    void saved(DossierChange c) {
        find.apply(c.id()).ifPresent(e -> {
            if (c.revision() <= Math.max(e.dossier().revision, e.remoteRevision)) return;
            e.remoteRevision = c.revision();
            e.remoteAuthor = c.author();
            e.remoteTime = c.time();
            // a save of ours still running may be this revision: decided when it ends (afterSave)
            if (!e.saving) show(e);
        });
    }

    /** A save of this editor ended: a newer revision heard of meanwhile is shown now. */
    void afterSave(OpenEditor e) {
        if (e.remoteRevision > e.dossier().revision && !e.frame.showsRemote()) show(e);
        if (e.remoteRevision <= e.dossier().revision) {
            e.remoteRevision = 0;
            e.frame.clearRemote();
        }
    }

    private void show(OpenEditor e) {
        String who = e.remoteAuthor == null ? "Someone else" : e.remoteAuthor;
        String when = e.remoteTime == null ? "" : " at " + TIME.format(e.remoteTime.atZone(ZoneId.systemDefault()));
        e.frame.remote(who + " saved " + e.name() + " as revision " + e.remoteRevision + when
                + (e.unsaved() ? ". You have unsaved changes here: compare them with theirs." : "."), e.unsaved());
    }

    /** The editor's dirty state changed: the bar offers Reload only without unsaved edits. */
    void dirtyChanged(OpenEditor e) {
        if (e.frame != null && e.frame.showsRemote()) {
            if (e.remoteRevision > 0) show(e);
        }
    }

    void dismiss(OpenEditor e) {
        e.frame.clearRemote();
    }

    /** Someone opened or closed a dossier. */
    void presenceChanged(String id) {
        find.apply(id).ifPresent(this::refreshPresence);
    }

    /**
     * The connection to the workspace was lost and is back: announcements were renewed by the store; saves made in
     * between are found by listing, presence is read again, and failed saves are tried again now.
     */
    void resync() {
        List<OpenEditor> editors = open.get();
        if (editors.isEmpty()) return;
        List<DossierSummary> listed = new ArrayList<>();
        host.jobs().schedule("Checking the open dossiers", m -> listed.addAll(host.repository().list()), () -> {
            for (DossierSummary s : listed) {
                find.apply(s.id()).ifPresent(e -> saved(new DossierChange(s.id(), s.revision(), s.savedBy(), s.savedAt(),
                        DossierChange.Kind.SAVED)));
            }
        });
        for (OpenEditor e : editors) {
            if (e.presence == null) opened(e);
            else refreshPresence(e);
            if (e.retry != null) retry.accept(e);
        }
    }

    private void refreshPresence(OpenEditor e) {
        String id = e.id();
        List<Presence> people = new ArrayList<>();
        host.jobs().schedule("Who has " + id + " open", m -> people.addAll(host.repository().presence(id)), () -> {
            if (e.frame != null && find.apply(id).orElse(null) == e) e.frame.presence(describe(people));
        });
    }

    /** e.g. "Also open by dan (HTA Workbench, 10.0.0.7) since 10:31:02, rita (HTA Workbench) since 10:40:13". */
    static String describe(List<Presence> people) {
        if (people.isEmpty()) return "";
        List<String> each = new ArrayList<>();
        for (Presence p : people) {
            String where = p.application() == null || p.application().isBlank() ? "" : p.application();
            if (p.clientAddress() != null) where = where.isEmpty() ? p.clientAddress() : where + ", " + p.clientAddress();
            each.add(p.user() + (where.isEmpty() ? "" : " (" + where + ")") + " since "
                    + TIME.format(p.since().atZone(ZoneId.systemDefault())));
        }
        return "Also open by " + String.join(", ", each);
    }

    /**
     * Compare/Merge…: reads the revision the editor is based on and the newest one, and shows what each side
     * changed, field by field. Keep mine: the editor keeps its edits and is now based on their revision (a save
     * replaces theirs, still checked against anything newer). Take theirs: their revision in the editor, mine kept as
     * a conflict copy. Merge: their revision with my changes that do not overlap theirs, and for each overlap the
     * side chosen, in the editor unsaved (mine kept as a conflict copy too).
     */
    void compare(OpenEditor e) {
        e.part.commitPending();
        Dossier mine = hta.dossier.json.DossierJson.copy(e.dossier());
        Dossier[] read = new Dossier[2];
        host.jobs().schedule("Comparing " + e.name() + " with the newest revision", m -> {
            read[1] = host.repository().load(e.id());
            try {
                read[0] = host.repository().loadRevision(e.id(), mine.revision);
            } catch (Exception | Error noHistory) {
                read[0] = null; // without the base every difference is shown as a conflict
            }
        }, () -> {
            if (find.apply(e.id()).orElse(null) != e) return;
            DossierMerge merge = new DossierMerge(read[0], mine, read[1]);
            MergeDialog.Choice choice = MergeDialog.ask(host.window(), e.name(), mine.revision, read[1], merge);
            apply(e, mine, read[1], merge, choice);
        });
    }

    private void apply(OpenEditor e, Dossier mine, Dossier theirs, DossierMerge merge, MergeDialog.Choice choice) {
        switch (choice.kind()) {
            case KEEP_MINE -> {
                e.dossier().revision = theirs.revision;
                e.dossier().saved = theirs.saved;
                e.part.markUnsaved();
                e.remoteRevision = 0;
                e.frame.clearRemote();
                host.site().status("Your version of " + e.name() + " is kept; saving it replaces revision " + theirs.revision);
            }
            case TAKE_THEIRS -> {
                drafts.keepConflictCopy(mine);
                replace.apply(e, theirs);
            }
            case MERGE -> {
                drafts.keepConflictCopy(mine);
                OpenEditor merged = replace.apply(e, merge.merged(choice.takeMine()));
                if (merged != null) merged.part.markUnsaved();
                host.site().status("Merged " + e.name() + " with revision " + theirs.revision + "; save to keep the merge");
            }
            case CANCEL -> {
            }
        }
    }
}
