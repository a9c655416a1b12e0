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
 * navigator stays chosen). The navigator's selection is the selection again once the navigator is used. EDT only.
 */
final class ActiveEditorSelection {
    private final PageLayout page;
    private final EditorManager editors;
    private final Selection selection;
    private final Function<String, String> dossierName;
    private final PropertyChangeListener focus = e -> {
        if (e.getNewValue() instanceof Component c) follow(c);
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
        var onChange = editors.onChange(() -> s.follow(kfm.getPermanentFocusOwner()));
        return () -> {
            kfm.removePropertyChangeListener("permanentFocusOwner", s.focus);
            onChange.close();
        };
    }

    private void follow(Component focused) {
        if (page.areaOf(focused) != Area.EDITOR) return;
        editors.activeDossierId().ifPresent(id -> {
            if (selection.current().map(DossierSelection::dossierId).filter(id::equals).isPresent()) return;
            selection.set(new DossierSelection(id, dossierName.apply(id), null, null));
        });
    }
}
