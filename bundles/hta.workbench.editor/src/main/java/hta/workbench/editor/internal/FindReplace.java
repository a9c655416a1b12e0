package hta.workbench.editor.internal;

import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.StyledDocument;
import org.osgi.service.component.annotations.Component;

/**
 * Find and replace in the narratives of the dossier in front, as in Eclipse: a dialog that stays open beside the
 * editor (not modal) with Find Next (F3, also Enter), Find Previous (Shift+F3), Replace (the words found, then on to
 * the next), Replace All (every section of every submission, one undoable edit) and Close (Escape). F3 and Shift+F3
 * work in the editor too, with the words last looked for. Replacing keeps the marking (confidential or public) of
 * the text replaced. What happened is said in the dialog's message line. One per bundle (a DS component); EDT only.
 */
@Component(service = FindReplace.class)
public final class FindReplace {
    // made on the EDT with the dialog (the component may be activated on another thread)
    private JTextField words;
    private JTextField with;
    private JLabel message;
    private JDialog dialog;
    private WorkbenchSite site;

    /** The words last looked for ("" before any). */
    String words() {
        return words == null ? "" : words.getText().strip();
    }

    /** Opens the dialog (or brings it to the front) with {@code initial} to find, when given. */
    void show(WorkbenchSite site, String initial) {
        this.site = site;
        if (dialog == null || dialog.getOwner() != site.window()) dialog = dialog(site.window());
        if (initial != null && !initial.isBlank()) words.setText(initial.strip());
        message.setText(" ");
        dialog.setVisible(true);
        words.requestFocusInWindow();
        words.selectAll();
    }

    /** Find Next (forward) or Find Previous; says in the dialog and the status line when the words are not there. */
    void find(WorkbenchSite site, boolean forward) {
        this.site = site;
        String w = words();
        Optional<DossierEditor> editor = FindCommand.editor(site);
        if (w.isEmpty() || editor.isEmpty()) return;
        boolean found = forward ? FindCommand.find(site, editor.get(), w) : FindCommand.findPrevious(site, editor.get(), w);
        say(found ? " " : "'" + w + "' is not in the narratives");
    }

    /** Replaces the words where they are selected (one edit), then finds the next place. */
    private void replace() {
        String w = words();
        Optional<NarrativesPage> page = FindCommand.editor(site).flatMap(DossierEditor::selectedPage)
                .filter(NarrativesPage.class::isInstance).map(NarrativesPage.class::cast);
        if (w.isEmpty() || page.isEmpty()) return;
        NarrativesPage p = page.get();
        String selected = p.textPane().getSelectedText();
        if (selected != null && selected.equalsIgnoreCase(w)) {
            int start = p.textPane().getSelectionStart();
            String by = with.getText();
            p.edit("Replace '" + w + "' with '" + by + "'", () -> replaceAt(p.document(), start, selected.length(), by));
            p.select(start + by.length(), start + by.length());
        }
        find(site, true);
    }

    /** Replaces {@code length} characters at {@code start}, the new text marked as the first one replaced was. */
    private static void replaceAt(StyledDocument doc, int start, int length, String by) {
        try {
            javax.swing.text.AttributeSet marking = doc.getCharacterElement(start).getAttributes().copyAttributes();
            doc.remove(start, length);
            doc.insertString(start, by, marking);
        } catch (BadLocationException e) {
            throw new IllegalStateException("the text changed under Replace", e);
        }
    }

    /** Every place in every section, one edit; says how many, and any left because they run across two markings. */
    private void replaceAll() {
        String w = words();
        Optional<DossierEditor> editor = FindCommand.editor(site);
        if (w.isEmpty() || editor.isEmpty()) return;
        editor.get().commitPending();
        ReplaceAll edit = ReplaceAll.of(editor.get().dossier(), w, with.getText());
        if (edit.replaced() == 0) {
            say("'" + w + "' is not in the narratives" + (edit.acrossRuns() > 0 ? " within one marking" : ""));
            return;
        }
        editor.get().execute(edit);
        say("Replaced " + edit.replaced() + " place(s); Undo takes them all back" + (edit.acrossRuns() == 0 ? ""
                : "; " + edit.acrossRuns() + " place(s) partly marked confidential were left as they are"));
    }

    private void say(String s) {
        message.setText(s);
        if (!s.isBlank() && site != null) site.status(s);
    }

    // long because: the dialog's fields, buttons and keys are laid out in one place, as a reader looks for them
    private JDialog dialog(Window owner) {
        JDialog d = new JDialog(owner, "Find/Replace in Narratives", java.awt.Dialog.ModalityType.MODELESS);
        String was = words == null ? "" : words.getText();
        words = new JTextField(was, 28);
        with = new JTextField(28);
        message = new JLabel(" ");
        d.setName("findReplace");
        words.setName("find.words");
        with.setName("find.with");
        message.setName("find.message");
        JPanel fields = new JPanel(new GridBagLayout());
        fields.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 6);
        c.anchor = GridBagConstraints.WEST;
        JLabel find = new JLabel("Find:");
        find.setDisplayedMnemonic('F');
        find.setLabelFor(words);
        JLabel replace = new JLabel("Replace with:");
        replace.setDisplayedMnemonic('W');
        replace.setLabelFor(with);
        c.gridy = 0;
        fields.add(find, c);
        fields.add(words, c);
        c.gridy = 1;
        fields.add(replace, c);
        fields.add(with, c);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton next = button("Find Next", "find.next", 'N', () -> find(site, true));
        buttons.add(next);
        buttons.add(button("Find Previous", "find.previous", 'P', () -> find(site, false)));
        buttons.add(button("Replace", "find.replace", 'R', this::replace));
        buttons.add(button("Replace All", "find.replaceAll", 'A', this::replaceAll));
        buttons.add(button("Close", "find.close", 'C', () -> d.setVisible(false)));
        JPanel south = new JPanel(new BorderLayout());
        message.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
        south.add(message, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);
        d.getContentPane().add(fields, BorderLayout.CENTER);
        d.getContentPane().add(south, BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(next);
        key(d, "F3", () -> find(site, true));
        key(d, "shift F3", () -> find(site, false));
        key(d, "ESCAPE", () -> d.setVisible(false));
        d.pack();
        d.setLocationRelativeTo(owner);
        return d;
    }

    private static JButton button(String label, String name, char mnemonic, Runnable action) {
        JButton b = new JButton(label);
        b.setName(name);
        b.setMnemonic(mnemonic);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static void key(JDialog d, String stroke, Runnable action) {
        d.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(stroke), stroke);
        d.getRootPane().getActionMap().put(stroke, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
