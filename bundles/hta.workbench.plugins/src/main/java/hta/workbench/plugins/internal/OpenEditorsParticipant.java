package hta.workbench.plugins.internal;

import hta.dossier.Dossier;
import hta.plugins.RemovalParticipant;
import hta.workbench.api.Editors;
import hta.workbench.api.WorkbenchSite;
import java.awt.EventQueue;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JOptionPane;

/**
 * Asked by the plugin manager before a jurisdiction plugin is uninstalled, updated or disabled, when open editors
 * show dossiers with a submission in that jurisdiction (and so its page): the user hears that the page closes
 * and the dossiers' data stays, and chooses. With unsaved changes: save them first, continue without saving (the
 * changes stay in the editor, data of the jurisdiction included, and can be saved later), or cancel; without:
 * continue or cancel. Cancel stops the operation with the reason. Registered as a {@link RemovalParticipant} service while the
 * workbench window is open ({@link OpenWorkbench}); it sees the editors only through {@link Editors}. Called from the manager's thread (the Plugins view runs changes in the background);
 * called on the event dispatch thread it cannot wait for a save and asks to save first.
 */
public final class OpenEditorsParticipant implements RemovalParticipant {
    public static final String TITLE = "Plugin removal";
    public static final String SAVE = "Save and continue";
    public static final String CANCEL = "Cancel";
    public static final String KEEP_UNSAVED = "Continue without saving";
    public static final String CONTINUE = "Continue";
    static final long SAVE_TIMEOUT_SECONDS = 60;

    private final WorkbenchSite site;

    /** An open editor's dossier: its id and how the prompt names it. */
    private record Open(String id, String name) {
    }

    public OpenEditorsParticipant(WorkbenchSite site) {
        this.site = site;
    }

    @Override
    public Optional<String> beforeRemoval(String code) {
        if (EventQueue.isDispatchThread()) {
            List<Open> dirty = dirtyEditors(code);
            return dirty.isEmpty() ? Optional.empty()
                    : Optional.of(names(dirty) + " " + (dirty.size() == 1 ? "has" : "have") + " unsaved changes; save first");
        }
        AtomicReference<List<Open>> toSave = new AtomicReference<>(List.of());
        AtomicReference<String> veto = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> {
                Window owner = site.window();
                List<Open> open = editorsWith(code);
                if (open.isEmpty() || !owner.isShowing()) return;
                List<Open> dirty = dirtyEditors(code);
                // the name the writer knows ("Norway"), not the plugin's code; the plugin is still there to ask
                String name = site.jurisdiction(code).map(hta.jurisdiction.Jurisdiction::displayName).orElse(code);
                String going = "The jurisdiction plugin for " + name + " is about to be removed or replaced.\n";
                String pageClosing = "Its page closes in the open editor" + (open.size() == 1 ? " of " : "s of ")
                        + names(open) + ".\nThe dossiers' data stays in the workspace and comes back on"
                        + " the " + name + " page when the plugin is installed again.";
                if (dirty.isEmpty()) {
                    Object[] options = {CONTINUE, CANCEL};
                    int choice = JOptionPane.showOptionDialog(owner, going + pageClosing, TITLE, JOptionPane.DEFAULT_OPTION,
                            JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
                    if (choice != 0) veto.set("the user kept the " + name + " page of " + names(open) + " open");
                    return;
                }
                String question = going + capitalised(names(dirty)) + (dirty.size() == 1 ? " has" : " have")
                        + " unsaved changes in an open editor.\n" + pageClosing + "\n\nSave " + (dirty.size() == 1 ? "it" : "them")
                        + " first? Otherwise the unsaved changes stay in the editor. Nothing of the dossier is deleted either way.";
                Object[] options = {SAVE, KEEP_UNSAVED, CANCEL};
                int choice = JOptionPane.showOptionDialog(owner, question, TITLE, JOptionPane.DEFAULT_OPTION,
                        JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
                if (choice == 0) toSave.set(dirty);
                else if (choice != 1) veto.set(names(dirty) + " " + (dirty.size() == 1 ? "has" : "have") + " unsaved changes the user kept open");
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking to save the open editors");
        } catch (InvocationTargetException e) {
            return Optional.of("the open editors could not be asked to save: " + e.getCause());
        }
        if (veto.get() != null) return Optional.of(veto.get());
        List<Open> saving = toSave.get();
        if (saving.isEmpty()) return Optional.empty();
        CountDownLatch saved = new CountDownLatch(saving.size());
        try {
            EventQueue.invokeAndWait(() -> saving.forEach(e -> site.editors().save(e.id(), saved::countDown)));
            if (!saved.await(SAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.of(names(saving) + " could not be saved within " + SAVE_TIMEOUT_SECONDS
                        + " s (see the Error Log); nothing was changed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while saving " + names(saving));
        } catch (InvocationTargetException e) {
            return Optional.of(names(saving) + " could not be saved: " + e.getCause());
        }
        return Optional.empty();
    }

    /** The open editors of dossiers with a submission in {@code code}; EDT only. */
    private List<Open> editorsWith(String code) {
        Editors editors = site.editors();
        List<Open> out = new ArrayList<>();
        for (String id : editors.openDossierIds()) {
            Dossier d = editors.copyOf(id).orElse(null);
            if (d == null || d.submission(code).isEmpty()) continue;
            out.add(new Open(id, d.product != null && d.product.brandName != null ? d.product.brandName : id));
        }
        return out;
    }

    /** Those of them with unsaved changes; EDT only. */
    private List<Open> dirtyEditors(String code) {
        return editorsWith(code).stream().filter(o -> site.editors().isDirty(o.id())).toList();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String names(List<Open> editors) {
        List<String> names = new ArrayList<>();
        for (Open e : editors) names.add("the " + e.name() + " dossier");
        return String.join(", ", names);
    }
}
