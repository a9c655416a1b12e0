package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.workbench.api.Colours;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The export wizard's account, before anything is exported, of which chosen memos will be refused and why in words
 * ({@link ExportCheck}): "Checking…" while the memos are made in the background, then either that every chosen memo
 * can be exported, or each one that cannot with the reason and the page where it is put right. Its size is fixed
 * ({@link #ROWS} lines, a longer account scrolls), so the dialog keeps its size and its buttons their places while the
 * check runs. Component name {@code export.check}. EDT only.
 */
final class ExportCheckPanel extends JPanel {
    /** Lines the account has room for: a longer one scrolls. Fixed, so that the dialog does not grow. */
    static final int ROWS = 6;
    private final JTextArea text = new JTextArea(ROWS, 60);
    private ExportCheck.Verdicts verdicts;
    private WorkspaceCheck.Verdicts workspaceVerdicts;
    /** Whether the memos chosen now can be exported at all (some of them). */
    private boolean anyExportable = true;

    ExportCheckPanel() {
        super(new BorderLayout());
        text.setName("export.check");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setFont(UIManager.getFont("Label.font"));
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        // the room is reserved from the start, scroll bar included: when the check ends while the pointer is on
        // Export, the button stays under it (the dialog grew by the account's lines and the button moved)
        Dimension view = text.getPreferredScrollableViewportSize();
        scroll.setPreferredSize(new Dimension(view.width + scroll.getVerticalScrollBar().getPreferredSize().width,
                view.height));
        add(scroll, BorderLayout.CENTER);
    }

    ExportCheck.Verdicts verdicts() {
        return verdicts;
    }

    void verdicts(ExportCheck.Verdicts v) {
        verdicts = v;
    }

    void workspaceVerdicts(WorkspaceCheck.Verdicts v) {
        workspaceVerdicts = v;
    }

    boolean anyExportable() {
        return anyExportable;
    }

    /**
     * Says what the export of the memos chosen will do.
     *
     * @param workspace    every dossier of the workspace is chosen (checked as it is exported)
     * @param jurisdiction the jurisdiction chosen, or null for every one
     * @param template     the memo chosen, or null for every one
     */
    void show(boolean workspace, String jurisdiction, String template, Set<Variant> variants) {
        anyExportable = true;
        text.setForeground(UIManager.getColor("Label.foreground"));
        if (workspace) {
            showWorkspace(variants);
        } else if (verdicts == null) {
            say("Checking which memos can be exported…");
        } else if (variants.isEmpty()) {
            say(" ");
        } else {
            List<ExportCheck.Memo> chosen = verdicts.chosen(jurisdiction, template, variants);
            List<ExportCheck.Memo> refused = chosen.stream().filter(m -> verdicts.refusals().get(m) != null).toList();
            if (refused.isEmpty()) {
                say(chosen.size() == 1 ? "The memo can be exported." : "All " + chosen.size() + " memos chosen can be exported.");
                return;
            }
            anyExportable = refused.size() < chosen.size();
            String head;
            if (anyExportable) {
                head = "⚠ " + refused.size() + " of the " + chosen.size() + " memos chosen will be refused; Export writes"
                        + " the others. Put these right first to export them too";
            } else {
                head = "⚠ " + (chosen.size() == 1 ? "The memo chosen" : "All " + chosen.size() + " memos chosen")
                        + " will be refused, so Export is off until " + (chosen.size() == 1 ? "it is" : "they are")
                        + " put right";
            }
            StringBuilder s = new StringBuilder(head);
            for (ExportCheck.Memo m : refused) {
                s.append("\n• ").append(verdicts.names().get(m)).append(" — ").append(verdicts.refusals().get(m));
            }
            text.setForeground(Colours.error());
            say(s.toString());
        }
    }

    /** What an export of every dossier will refuse and skip, once every dossier's memos are checked. */
    private void showWorkspace(Set<Variant> variants) {
        if (workspaceVerdicts == null) {
            say("Checking the memos of every dossier…");
            return;
        }
        List<WorkspaceCheck.Line> chosen = workspaceVerdicts.chosen(variants);
        List<WorkspaceCheck.Line> refused = chosen.stream().filter(l -> l.refusal() != null).toList();
        List<String> skipped = workspaceVerdicts.skipped();
        if (variants.isEmpty()) {
            say(" ");
            return;
        }
        if (refused.isEmpty() && skipped.isEmpty()) {
            say("All " + chosen.size() + " memos of every dossier can be exported.");
            return;
        }
        anyExportable = refused.size() < chosen.size();
        StringBuilder s = new StringBuilder(refused.isEmpty() ? "All " + chosen.size() + " memos of the dossiers"
                + " exported can be exported"
                : "⚠ " + refused.size() + " of the " + chosen.size() + " memos of every dossier will be refused"
                + (anyExportable ? "; Export writes the others" : ", so Export is off until they are put right"));
        for (WorkspaceCheck.Line l : refused) s.append("\n• ").append(l.name()).append(" — ").append(l.refusal());
        if (!skipped.isEmpty()) s.append("\nSkipped:");
        for (String k : skipped) s.append("\n• ").append(k);
        if (!refused.isEmpty()) text.setForeground(Colours.error());
        say(s.toString());
    }

    private void say(String s) {
        text.setText(s);
        text.setToolTipText(s.isBlank() ? null : "<html>" + s.replace("&", "&amp;").replace("<", "&lt;")
                .replace("\n", "<br>") + "</html>");
        text.setCaretPosition(0);
    }
}
