package hta.workbench.export.internal;

import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.Desktop;
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
 * and Open Folder where the desktop can show a folder. EDT only.
 */
final class ExportResult {
    private ExportResult() {
    }

    static void show(WorkbenchSite site, MemoExport x, MemoExport.Outcome o) {
        // a refused memo is never presented as done: the title says the export is incomplete
        JDialog d = new JDialog(site.window(), o.cancelled() ? "Export cancelled"
                : o.refused().isEmpty() ? "Export finished" : "Export incomplete");
        d.setName("exportResult");
        JTextArea text = new JTextArea(o.summary() + "\nFolder: " + x.folder());
        text.setName("export.result");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setRows(Math.min(10, 3 + o.refused().size() * 2));
        text.setColumns(70);
        JList<String> files = new JList<>(o.written().stream().map(p -> relative(x.folder(), p)).toArray(String[]::new));
        files.setName("export.files");
        files.setVisibleRowCount(Math.max(3, Math.min(10, o.written().size())));
        JPanel written = new JPanel(new BorderLayout(0, 4));
        written.add(new JLabel(o.written().isEmpty() ? "No file was written." : "Files written:"), BorderLayout.NORTH);
        written.add(new JScrollPane(files), BorderLayout.CENTER);
        JSplitPane both = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(text), written);
        both.setBorder(BorderFactory.createEmptyBorder(8, 8, 0, 8));
        both.setResizeWeight(0.5);

        JButton open = new JButton("Open Folder");
        open.setName("export.openFolder");
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        open.setEnabled(canOpen);
        open.setToolTipText(canOpen ? "Show " + x.folder() + " in the file manager"
                : "This desktop cannot show folders; the folder is " + x.folder());
        open.addActionListener(e -> openFolder(site, x.folder()));
        JButton close = new JButton("Close");
        close.addActionListener(ev -> d.dispose());
        JPanel south = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        south.add(open);
        south.add(close);
        d.getContentPane().add(both, BorderLayout.CENTER);
        d.getContentPane().add(south, BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(close);
        d.pack();
        d.setLocationRelativeTo(site.window());
        d.setVisible(true);
    }

    private static String relative(Path folder, Path file) {
        return file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
    }

    /** Asks the desktop to show the folder, off the EDT (a file manager may take its time to answer). */
    private static void openFolder(WorkbenchSite site, Path folder) {
        site.schedule("Opening " + folder, m -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                site.log(ExportCommand.SOURCE, "the folder " + folder + " could not be opened: " + e.getMessage(), null);
            }
        });
    }
}
