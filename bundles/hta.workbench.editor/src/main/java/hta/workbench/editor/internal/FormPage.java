package hta.workbench.editor.internal;

import hta.workbench.api.EditorPage;

import hta.workbench.editor.internal.ScrollablePanel;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * A form page of the dossier editor: labelled rows, each field refreshed from the dossier after every edit, undo
 * or redo, and what a field or cell holds but has not committed yet (a field not left, a cell being edited)
 * recorded before a save, copy or undo, and reported so that Save is offered for it. EDT only.
 */
abstract class FormPage extends ScrollablePanel implements EditorPage {
    /** Shows the dossier as it is now, one per field. */
    protected final List<Runnable> refreshers = new ArrayList<>();
    /** Turns what is typed but not yet recorded into edits, one per field or table. */
    protected final List<Runnable> pending = new ArrayList<>();
    /** Whether a field or table holds what is not recorded yet. */
    protected final List<BooleanSupplier> unrecorded = new ArrayList<>();
    private int row;
    private JScrollPane scroll;

    FormPage() {
        super(new GridBagLayout(), false);
        setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    }

    /** A row of the form: the label (for the field itself) and the field. */
    protected void addRow(String label, Component field) {
        addRow(label, field, field);
    }

    /** A row of the form: the label (for {@code focusTarget}) and the component. */
    protected void addRow(String label, Component component, Component focusTarget) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.insets = new Insets(3, 3, 3, 8);
        c.anchor = component instanceof JPanel ? GridBagConstraints.NORTHWEST : GridBagConstraints.WEST;
        JLabel l = new JLabel(label);
        l.setLabelFor(focusTarget);
        add(l, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(component, c);
    }

    /** Closes the form: an empty row below the last that takes the remaining height. */
    protected void endRows() {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.weighty = 1;
        add(new JLabel(), c);
    }

    /**
     * The form in a scroll pane: an editor lower than the form scrolls it instead of squeezing its tables and
     * buttons away (as a {@link ScrollablePanel} it fills the height when there is room).
     */
    @Override
    public JComponent component() {
        if (scroll == null) {
            scroll = new JScrollPane(this);
            scroll.setBorder(BorderFactory.createEmptyBorder());
        }
        return scroll;
    }

    @Override
    public void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** Records what is typed but not yet committed, before a save, copy or undo. */
    @Override
    public void commitPending() {
        pending.forEach(Runnable::run);
    }

    /** Whether a field holds text not yet recorded or a cell is being edited (Save is offered for it). */
    @Override
    public boolean hasPending() {
        return unrecorded.stream().anyMatch(BooleanSupplier::getAsBoolean);
    }
}
