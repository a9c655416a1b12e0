package hta.app;

import static hta.app.Ui.get;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.run;
import static hta.app.Ui.waitFor;
import static hta.app.WorkbenchViewsDriver.check;
import static hta.app.WorkbenchViewsDriver.step;

import java.awt.Dialog;
import java.awt.Frame;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.JTree;

/**
 * Drives Find/Replace in the narratives of the real workbench (outsider's walk: Find was a modal question without
 * Find Next or Replace): the dialog stays open beside the editor, F3 and Shift+F3 go to the next and previous place,
 * Replace changes the place found, Replace All every place — each one edit that one Undo takes back. Waits on state.
 * Usage: {@code WorkbenchFindDriver SCENARIO DATA_DIR OUT_DIR}.
 */
public final class WorkbenchFindDriver {
    private static final String WORDS = "terskelanalyse";
    private static final String BY = "threshold analysis";

    private WorkbenchFindDriver() {
    }

    public static void main(String[] args) {
        WorkbenchViewsDriver.drive(args, (scenario, f, tree) -> {
            if (!"find".equals(scenario)) return false;
            find(f, tree);
            return true;
        });
    }

    private static void find(Frame f, JTree tree) throws Exception {
        WorkbenchWalkDriver.open(f, tree, "Hemgenix");
        step("Ctrl+F opens Find/Replace beside the editor, not modal");
        Ui.keyLater(onEdt(() -> get(f, "editor.pages")), InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_F);
        JDialog d = Ui.dialog("Find/Replace in Narratives", 10_000);
        check("the dialog is not modal", onEdt(() -> d.getModalityType() == Dialog.ModalityType.MODELESS));
        JTextField words = onEdt(() -> get(d, "find.words"));
        run(() -> words.setText(WORDS));
        Ui.click(d, "Find Next");
        JTextPane text = waitForSelection(f);
        String first = place(text);
        step("F3: the next place; Shift+F3: back to the first");
        Ui.key(words, 0, KeyEvent.VK_F3);
        waitFor("another place of '" + WORDS + "' selected", 10_000, () -> found(f) && !place(narratives(f)).equals(first),
                () -> place(narratives(f)));
        String second = onEdt(() -> place(narratives(f)));
        Ui.key(words, InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_F3);
        waitFor("the first place again", 10_000, () -> found(f) && place(narratives(f)).equals(first), () -> place(narratives(f)));

        step("Replace: the place found is replaced, one edit; Undo takes it back");
        run(() -> ((JTextField) get(d, "find.with")).setText(BY));
        Ui.click(d, "Replace");
        waitFor("replaced, one edit, and on to the other place", 10_000, () -> undoTip(f).startsWith("Undo Replace '" + WORDS
                + "' with '" + BY + "'") && found(f) && place(narratives(f)).equals(second), () -> undoTip(f));
        run(() -> words.setText(BY));
        Ui.click(d, "Find Previous");
        waitFor("the replacement is in the text where the words were", 10_000, () -> BY.equals(narratives(f).getSelectedText()));
        undo(f);
        run(() -> words.setText(WORDS));
        waitFor("Undo took it back", 10_000, () -> !undoTip(f).startsWith("Undo Replace"), () -> undoTip(f));
        Ui.click(d, "Find Next");
        waitForSelection(f);

        step("Replace All: every place, one edit; one Undo takes every place back");
        Ui.click(d, "Replace All");
        JLabel message = onEdt(() -> get(d, "find.message"));
        waitFor("it says how many places", 10_000, () -> message.getText().startsWith("Replaced 2 place(s)"), message::getText);
        String tip = onEdt(() -> undoTip(f));
        check("Undo names Replace All: " + tip, tip.startsWith("Undo Replace All '" + WORDS + "' with '" + BY + "'"));
        Ui.click(d, "Find Next");
        waitFor("the words are nowhere now", 10_000, () -> message.getText().equals("'" + WORDS + "' is not in the narratives"),
                message::getText);
        undo(f);
        Ui.click(d, "Find Next");
        waitForSelection(f);
        String one = onEdt(() -> place(narratives(f)));
        Ui.click(d, "Find Next");
        waitFor("and the other place is back too", 10_000, () -> found(f) && !place(narratives(f)).equals(one));
        check("both places are the ones found before: " + one + ", " + second + ", " + first, java.util.Set.of(one,
                onEdt(() -> place(narratives(f)))).equals(java.util.Set.of(first, second)));
        chipsBeforeTheWords(f, d);
        Ui.key(words, 0, KeyEvent.VK_ESCAPE);
        waitFor("Escape closes it", 5_000, () -> !d.isShowing());
    }

    /**
     * Regression (outsider's walk): Find counted a section's offsets without the reference chips, so words after a
     * chip were selected one character early. Two chips put at the start of the paragraph holding the words; Find Next
     * from there selects exactly the words, after the chips.
     */
    private static void chipsBeforeTheWords(Frame f, JDialog d) throws Exception {
        step("two reference chips at the start of the paragraph holding the words; Find Next selects the words");
        JTextPane text = waitForSelection(f); // the place the last step found
        int paragraph = onEdt(() -> all(text).lastIndexOf('\n', text.getSelectionStart() - 1) + 1);
        for (int i = 1; i <= 2; i++) {
            run(() -> {
                text.requestFocusInWindow();
                text.setCaretPosition(paragraph);
            });
            Ui.keyLater(text, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_I);
            JDialog insert = Ui.dialog("Insert Reference to a Value", 10_000);
            Ui.click(insert, "OK");
            int chips = i;
            waitFor(chips + " chip(s) at the start of the paragraph", 10_000, () -> all(text).substring(paragraph,
                    paragraph + chips).chars().allMatch(c -> c == '\uFFFC'));
        }
        String expected = onEdt(() -> all(text));
        int at = expected.toLowerCase(java.util.Locale.ROOT).indexOf(WORDS, paragraph);
        run(() -> text.setCaretPosition(paragraph));
        Ui.click(d, "Find Next");
        waitFor("the words selected where they are, after the chips (at " + at + ")", 10_000,
                () -> found(f) && narratives(f).getSelectionStart() == at,
                () -> narratives(f).getSelectionStart() + ": '" + narratives(f).getSelectedText() + "'");
        Ui.click(d, "Find Previous");
        waitFor("Find Previous: the other place", 10_000, () -> found(f) && narratives(f).getSelectionStart() != at);
        Ui.click(d, "Find Next");
        waitFor("and again after Find Previous and Find Next", 10_000, () -> found(f) && narratives(f).getSelectionStart() == at,
                () -> narratives(f).getSelectionStart() + ": '" + narratives(f).getSelectedText() + "'");
    }

    private static String all(JTextPane t) {
        try {
            return t.getDocument().getText(0, t.getDocument().getLength());
        } catch (javax.swing.text.BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JTextPane narratives(Frame f) {
        return Ui.find(f, "narratives.text");
    }

    /** Whether the Narratives page shows the words selected. */
    private static boolean found(Frame f) {
        JTextPane t = narratives(f);
        return t != null && t.isShowing() && WORDS.equalsIgnoreCase(t.getSelectedText());
    }

    private static JTextPane waitForSelection(Frame f) throws Exception {
        waitFor("the Narratives page shows '" + WORDS + "' selected", 10_000, () -> found(f));
        return onEdt(() -> narratives(f));
    }

    /** Where the selection is: the section's length and the offset (two places differ in one or the other). */
    private static String place(JTextPane t) {
        return t.getDocument().getLength() + "@" + t.getSelectionStart();
    }

    private static String undoTip(Frame f) {
        String tip = ((JComponent) get(f, "tool:hta.edit.undo")).getToolTipText();
        return tip == null ? "" : tip;
    }

    private static void undo(Frame f) throws Exception {
        run(() -> ((AbstractButton) get(f, "tool:hta.edit.undo")).doClick());
    }
}
