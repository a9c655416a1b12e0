package hta.workbench.editor.internal;

import hta.dossier.repository.WorkspaceAccess;
import hta.workbench.editor.internal.ops.WriteGate;
import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The line above a dossier editor in a team workspace that does not let the user change everything: what the
 * user's roles allow (a reviewer's and a reader's editors are read-only), and the last edit refused, in one line.
 * Component names for tests: {@code editor.access}, {@code editor.refusal}. EDT only.
 */
final class AccessBar extends JPanel {
    private final JLabel access = new JLabel();
    private final JLabel refusal = new JLabel();

    AccessBar(WriteGate gate, String workspace) {
        super(new BorderLayout());
        setName("editor.accessBar");
        access.setName("editor.access");
        refusal.setName("editor.refusal");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        WorkspaceAccess a = gate.access();
        access.setText(a.maySave()
                ? "Your role in " + workspace + ": " + a.describe() + ". The parts of other jurisdictions are read-only here."
                : "Read-only: your role in " + workspace + " (" + a.describe() + ") lets you read this dossier, not change it.");
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        refusal.setForeground(error != null ? error : new Color(0xB0, 0x20, 0x20));
        refusal.setVisible(false);
        add(access, BorderLayout.NORTH);
        add(refusal, BorderLayout.SOUTH);
    }

    /** Shows why the last edit was refused; null hides it (an edit was made). */
    void refused(String why) {
        refusal.setText(why == null ? "" : why);
        refusal.setVisible(why != null);
        revalidate();
    }
}
