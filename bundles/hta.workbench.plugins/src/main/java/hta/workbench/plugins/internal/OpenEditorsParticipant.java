package hta.workbench.plugins.internal;

import hta.plugins.RemovalParticipant;
import hta.workbench.editor.internal.DossierEditor;
import hta.workbench.shell.internal.editors.EditorManager;
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
 * workbench window is open. Called from the manager's thread (the Plugins view runs changes in the background);
 * called on the event dispatch thread it cannot wait for a save and asks to save first.
 */
public final class OpenEditorsParticipant implements RemovalParticipant {
    public static final String TITLE = "Plugin removal";
    public static final String SAVE = "Save and continue";
    public static final String CANCEL = "Cancel";
    public static final String KEEP_UNSAVED = "Continue without saving";
    public static final String CONTINUE = "Continue";
    static final long SAVE_TIMEOUT_SECONDS = 60;

    private final EditorManager editors;
    private final Window owner;

    public OpenEditorsParticipant(EditorManager editors, Window owner) {
        this.editors = editors;
        this.owner = owner;
    }

    @Override
    public Optional<String> beforeRemoval(String code) {
        if (EventQueue.isDispatchThread()) {
            List<DossierEditor> dirty = dirtyEditors(code);
            return dirty.isEmpty() ? Optional.empty()
                    : Optional.of(names(dirty) + " " + (dirty.size() == 1 ? "has" : "have") + " unsaved changes; save first");
        }
        AtomicReference<List<DossierEditor>> toSave = new AtomicReference<>(List.of());
        AtomicReference<String> veto = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> {
                List<DossierEditor> open = editors.editorsWith(code);
                if (open.isEmpty() || !owner.isShowing()) return;
                List<DossierEditor> dirty = dirtyEditors(code);
                String going = "The jurisdiction plugin '" + code + "' is about to be removed or replaced.\n";
                String pageClosing = "Its page closes in the open editor" + (open.size() == 1 ? " of " : "s of ")
                        + names(open) + ".\nThe dossiers' '" + code + "' data stays in the workspace and comes back on"
                        + " the page when the plugin is installed again.";
                if (dirty.isEmpty()) {
                    Object[] options = {CONTINUE, CANCEL};
                    int choice = JOptionPane.showOptionDialog(owner, going + pageClosing, TITLE, JOptionPane.DEFAULT_OPTION,
                            JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
                    if (choice != 0) veto.set("the user kept the '" + code + "' page of " + names(open) + " open");
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
        List<DossierEditor> saving = toSave.get();
        if (saving.isEmpty()) return Optional.empty();
        CountDownLatch saved = new CountDownLatch(saving.size());
        try {
            EventQueue.invokeAndWait(() -> saving.forEach(e -> editors.save(e, saved::countDown)));
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

    /** EDT only. */
    private List<DossierEditor> dirtyEditors(String code) {
        List<DossierEditor> out = new ArrayList<>();
        for (DossierEditor e : editors.editors()) {
            if (e.history().isDirty() && e.dossier().submission(code).isPresent()) out.add(e);
        }
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String names(List<DossierEditor> editors) {
        List<String> names = new ArrayList<>();
        for (DossierEditor e : editors) names.add("the " + e.dossier().product.brandName + " dossier");
        return String.join(", ", names);
    }
}
