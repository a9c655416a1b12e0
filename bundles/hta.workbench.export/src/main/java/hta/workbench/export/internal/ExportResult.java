package hta.workbench.export.internal;

import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;

/**
 * What an export did: the summary with what was refused and why, the files written (relative to the folder),
 * and Open Folder where the desktop can show a folder. Where it cannot (no file manager answers, as on a bare X
 * server), the dialog says why with the folder's path to copy, not only the Error Log. EDT only.
 */
final class ExportResult {
    private ExportResult() {
    }

    static void show(WorkbenchSite site, MemoExport x, MemoExport.Outcome o) {
        // a refused memo is never presented as done: the title says the export is incomplete
        JDialog d = new JDialog(site.window(), o.cancelled() ? "Export cancelled"
                : o.refused().isEmpty() ? "Export finished" : "Export incomplete");
        d.setName("exportResult");
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE); // closed by its box or Escape it is gone, as by Close
        JTextArea text = summary(o.summary() + "\nFolder: " + x.folder(), Math.min(10, 3 + o.refused().size() * 2));
        JList<String> files = new JList<>(o.written().stream().map(p -> relative(x.folder(), p)).toArray(String[]::new));
        files.setName("export.files");
        files.setVisibleRowCount(Math.max(3, Math.min(10, o.written().size())));
        JPanel written = new JPanel(new BorderLayout(0, 4));
        written.add(new JLabel(o.written().isEmpty() ? "No file was written." : "Files written:"), BorderLayout.NORTH);
        written.add(new JScrollPane(files), BorderLayout.CENTER);
        JScrollPane summary = new JScrollPane(text);
        summary.setBorder(BorderFactory.createEmptyBorder());
        summary.setViewportBorder(null);
        summary.getViewport().setOpaque(false);
        summary.setOpaque(false);
        JSplitPane both = new JSplitPane(JSplitPane.VERTICAL_SPLIT, summary, written);
        both.setBorder(BorderFactory.createEmptyBorder(8, 8, 0, 8));
        both.setResizeWeight(0.5);

        // selectable, so that the path can be copied when no file manager shows the folder
        JTextArea cannotOpen = wrappedLine(summary);
        cannotOpen.setName("export.cannotOpen");
        cannotOpen.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
        asResult(cannotOpen);
        cannotOpen.setVisible(false);
        JButton open = new JButton("Open Folder");
        open.setName("export.openFolder");
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        open.setVisible(canOpen);
        open.setToolTipText("Show " + x.folder() + " in the file manager");
        if (!canOpen) cannotShow(cannotOpen, "This desktop cannot show folders. The folder: " + x.folder());
        open.addActionListener(e -> openFolder(site, x.folder(), reason -> {
            cannotShow(cannotOpen, "Open Folder did not work here: " + reason + ". The folder: " + x.folder());
            open.setEnabled(false);
            d.pack();
        }));
        JButton close = new JButton("Close");
        close.addActionListener(ev -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(open);
        buttons.add(close);
        JPanel south = new JPanel(new BorderLayout());
        south.add(cannotOpen, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);
        d.getContentPane().add(both, BorderLayout.CENTER);
        d.getContentPane().add(south, BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(close);
        d.pack();
        d.setLocationRelativeTo(site.window());
        d.setVisible(true);
    }

    /**
     * The summary as a result reads, not as a field to type into: the dialog's background, no border and no caret,
     * its text still selectable to copy (walk of December 2026: it looked like an editable text field).
     */
    private static JTextArea summary(String s, int rows) {
        JTextArea text = new JTextArea(s);
        text.setName("export.result");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setRows(rows);
        text.setColumns(70);
        text.setBorder(BorderFactory.createEmptyBorder(2, 0, 2, 0));
        asResult(text);
        return text;
    }

    /** A read-only text drawn as a label is: no background of its own, the label's font, no caret. */
    private static void asResult(javax.swing.text.JTextComponent text) {
        text.setOpaque(false);
        text.setFont(javax.swing.UIManager.getFont("Label.font"));
        text.setCaret(new javax.swing.text.DefaultCaret() {
            private static final long serialVersionUID = 1L;

            @Override
            public void setVisible(boolean shown) {
                super.setVisible(false); // a selection is shown, a blinking caret never
            }
        });
    }

    private static String relative(Path folder, Path file) {
        return file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
    }

    /**
     * A read-only message that wraps between words at the width the dialog gives it and never widens the dialog: its
     * preferred height is that of its lines at its container's width ({@code widthOf}'s before the dialog is laid out).
     * Regression (walk of December 2026): "Open Folder did not work here: … The folder: …" was one field cut at the
     * dialog's edge, the path out of sight.
     */
    private static JTextArea wrappedLine(java.awt.Component widthOf) {
        JTextArea line = new JTextArea() {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getPreferredSize() {
                java.awt.Container parent = getParent();
                int width = parent != null && parent.getWidth() > 0 ? parent.getWidth() : widthOf.getPreferredSize().width;
                java.awt.Insets in = getInsets();
                javax.swing.text.View lines = getUI().getRootView(this);
                lines.setSize(Math.max(1, width - in.left - in.right), Integer.MAX_VALUE);
                return new Dimension(1, (int) Math.ceil(lines.getPreferredSpan(javax.swing.text.View.Y_AXIS)) + in.top + in.bottom);
            }
        };
        line.setEditable(false);
        line.setLineWrap(true);
        line.setWrapStyleWord(true);
        return line;
    }

    private static void cannotShow(JTextArea line, String text) {
        line.setText(text);
        line.setCaretPosition(0);
        line.setVisible(true);
    }

    /**
     * Asks the desktop to show the folder, off the EDT (a file manager may take its time to answer); when it
     * cannot, the reason goes to {@code failed} on the EDT and to the Error Log.
     */
    private static void openFolder(WorkbenchSite site, Path folder, java.util.function.Consumer<String> failed) {
        site.schedule("Opening " + folder, m -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                site.log(ExportCommand.SOURCE, "the folder " + folder + " could not be opened: " + e.getMessage(), null);
                String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                javax.swing.SwingUtilities.invokeLater(() -> failed.accept(reason));
            }
        });
    }
}
