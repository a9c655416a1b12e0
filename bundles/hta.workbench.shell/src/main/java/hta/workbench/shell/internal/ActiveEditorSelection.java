package hta.workbench.shell.internal;

import hta.workbench.api.DossierSelection;
import hta.workbench.shell.internal.editors.EditorManager;
import hta.workbench.shell.internal.layout.Area;
import hta.workbench.shell.internal.layout.PageLayout;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.beans.PropertyChangeListener;
import java.util.function.Function;

/**
 * The views that follow the selection (History, Properties …) follow the active editor while the editor area is the
 * active part, as Eclipse's do: when the focus goes into an editor, or another editor comes to the front there, its
 * dossier becomes the selection — unless the selection is already in that dossier (a country of it chosen in the
 * navigator stays chosen); while nothing is selected, the editor in front is followed wherever the focus is (the editors
 * a restart reopens). The navigator's selection is the selection again once the navigator is used. EDT only.
 */
final class ActiveEditorSelection {
    private final PageLayout page;
    private final EditorManager editors;
    private final Selection selection;
    private final Function<String, String> dossierName;
    private final PropertyChangeListener focus = e -> {
        if (e.getNewValue() instanceof Component c) follow(c, false);
    };

    private ActiveEditorSelection(PageLayout page, EditorManager editors, Selection selection,
                                  Function<String, String> dossierName) {
        this.page = page;
        this.editors = editors;
        this.selection = selection;
        this.dossierName = dossierName;
    }

    /** Starts following; the returned action stops it (when the window closes). */
    static Runnable install(PageLayout page, EditorManager editors, Selection selection, Function<String, String> dossierName) {
        ActiveEditorSelection s = new ActiveEditorSelection(page, editors, selection, dossierName);
        KeyboardFocusManager kfm = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        kfm.addPropertyChangeListener("permanentFocusOwner", s.focus);
        var onChange = editors.onChange(() -> s.follow(kfm.getPermanentFocusOwner(), true));
        return () -> {
            kfm.removePropertyChangeListener("permanentFocusOwner", s.focus);
            onChange.close();
        };
    }

    /**
     * Makes the active editor's dossier the selection when the focus is in the editor area — or, when an editor came
     * to the front ({@code editorChanged}) and nothing is selected yet, wherever the focus is: after a restart the
     * restored editor was in front while History, Properties and Memo Preview said "Select a dossier".
     */
    private void follow(Component focused, boolean editorChanged) {
        boolean inEditor = focused != null && page.areaOf(focused) == Area.EDITOR;
        if (!inEditor && !(editorChanged && selection.current().isEmpty())) return;
        editors.activeDossierId().ifPresent(id -> {
            if (selection.current().map(DossierSelection::dossierId).filter(id::equals).isPresent()) return;
            selection.set(new DossierSelection(id, dossierName.apply(id), null, null));
        });
    }
}
