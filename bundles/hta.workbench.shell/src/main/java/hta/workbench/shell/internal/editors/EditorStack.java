package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;

/**
 * The editor area's tabs and the open editors they hold, in tab order: which one is in front, adding one in front
 * or at the place of another, taking one away, and each tab's title ({@code *} while unsaved) and tooltip (the
 * dossier's whole name, as a tab cuts a long one, and whether it has unsaved changes). Used on the EDT.
 */
final class EditorStack {
    private final JTabbedPane stack;
    private final List<OpenEditor> editors = new ArrayList<>();

    EditorStack(JTabbedPane stack) {
        this.stack = stack;
    }

    JTabbedPane tabs() {
        return stack;
    }

    /** The open editors in the order they were opened. */
    List<OpenEditor> all() {
        return List.copyOf(editors);
    }

    Optional<OpenEditor> active() {
        Component c = stack.getSelectedComponent();
        return editors.stream().filter(e -> e.tab() == c).findFirst();
    }

    Optional<OpenEditor> find(String dossierId) {
        return editors.stream().filter(e -> e.id().equals(dossierId)).findFirst();
    }

    /** Adds the editor's tab at {@code index} (at the end when out of range) and brings it to the front. */
    void add(OpenEditor e, int index) {
        editors.add(e);
        JComponent c = e.tab();
        if (index >= 0 && index < stack.getTabCount()) stack.insertTab(e.title(), null, c, null, index);
        else stack.addTab(e.title(), c);
        retitle(e);
        stack.setSelectedComponent(c);
    }

    /** The tab's index, or -1 when the editor has none. */
    int indexOf(OpenEditor e) {
        return stack.indexOfComponent(e.tab());
    }

    void remove(OpenEditor e) {
        editors.remove(e);
        stack.remove(e.tab());
    }

    void show(OpenEditor e) {
        stack.setSelectedComponent(e.tab());
    }

    /** The tab's title and tooltip after the editor changed (unsaved marker, a new brand name). */
    void retitle(OpenEditor e) {
        int i = stack.indexOfComponent(e.tab());
        if (i < 0) return;
        stack.setTitleAt(i, e.title());
        stack.setToolTipTextAt(i, tooltip(e));
    }

    /** The dossier's whole name, with its substance and id, and whether it has unsaved changes. */
    static String tooltip(OpenEditor e) {
        Dossier d = e.dossier();
        StringBuilder t = new StringBuilder(e.name());
        if (d.product != null && d.product.inn != null && !d.product.inn.isBlank() && !d.product.inn.equals(e.name())) {
            t.append(" (").append(d.product.inn).append(')');
        }
        if (!d.id.equals(e.name())) t.append(" — ").append(d.id);
        if (e.part.isDirty()) t.append(" — unsaved changes");
        return t.toString();
    }

    /** Ctrl+F6 / Ctrl+Shift+F6: the next ({@code +1}) or previous ({@code -1}) editor to the front, round the end. */
    void next(int delta) {
        int n = stack.getTabCount();
        if (n < 2) return;
        stack.setSelectedIndex(Math.floorMod(stack.getSelectedIndex() + delta, n));
        stack.getSelectedComponent().requestFocusInWindow();
    }
}
