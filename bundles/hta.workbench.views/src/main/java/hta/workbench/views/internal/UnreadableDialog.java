package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.LoadProblem;
import hta.dossier.repository.Revision;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.FlowLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;

/**
 * What opening an unreadable dossier file shows: what is wrong and where, the file's text at that place, and the
 * ways out — restore the newest readable revision of its history (the unreadable file is kept beside it, renamed),
 * or repair the file and read the workspace again. Nothing is ever saved over the unreadable file. EDT only.
 */
final class UnreadableDialog {
    private UnreadableDialog() {
    }

    /** What the dialog shows, read off the EDT (the file is read again and its history searched). */
    private record Found(UnreadableFile file, String text, Optional<Revision> readable) {
    }

    static void show(WorkbenchSite site, LoadProblem problem) {
        String id = idOf(problem.file());
        Found[] found = new Found[1];
        site.schedule("Reading " + problem.file().getFileName(), m -> found[0] = new Found(UnreadableFile.of(problem),
                text(problem.file()), newestReadable(site.workspace(), id)), () -> open(site, problem, id, found[0]));
    }

    private static void open(WorkbenchSite site, LoadProblem problem, String id, Found found) {
        UnreadableFile u = found.file();
        JDialog d = new JDialog(site.window(), "Unreadable dossier", java.awt.Dialog.ModalityType.MODELESS);
        d.setName("unreadableDialog");
        JLabel what = new JLabel("<html><b>" + u.describe() + "</b><br>It is not listed and cannot be opened until it is"
                + " restored or repaired. It is kept as it is: nothing is saved over it.</html>");
        what.setName("unreadable.what");
        what.setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        JTextArea text = new JTextArea(24, 90);
        text.setName("unreadable.text");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        showFile(text, found.text(), u);

        Optional<Revision> readable = found.readable();
        JButton restore = new JButton(readable.map(r -> "Restore " + r.describe().replaceFirst(" at .*", "")).orElse("Restore"));
        restore.setName("unreadable.restore");
        restore.setEnabled(readable.isPresent());
        restore.setToolTipText(readable.isPresent() ? "Makes " + readable.get().describe() + " current again; the"
                + " unreadable file is kept beside it as " + problem.file().getFileName() + ".unreadable-…"
                : "No readable earlier revision of it is kept in the workspace's history");
        restore.addActionListener(e -> readable.ifPresent(r -> restore(site, d, problem.file(), id, r)));
        JButton again = new JButton("Read Again");
        again.setName("unreadable.readAgain");
        again.setToolTipText("After repairing the file in an editor: read the workspace again");
        again.addActionListener(e -> {
            d.dispose();
            site.workspaceChanged();
        });
        JButton close = new JButton("Close");
        close.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(restore);
        buttons.add(again);
        buttons.add(close);
        d.getContentPane().add(what, BorderLayout.NORTH);
        d.getContentPane().add(new JScrollPane(text), BorderLayout.CENTER);
        d.getContentPane().add(buttons, BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(readable.isPresent() ? restore : close);
        d.getRootPane().registerKeyboardAction(e -> d.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        d.pack();
        d.setLocationRelativeTo(site.window());
        d.setVisible(true);
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The file's text (its start when very large). */
    private static String text(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes((int) UnreadableFile.MAX_READ), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(the file cannot be shown: " + e.getMessage() + ")";
        }
    }

    /** The file's text, the line of the error marked and scrolled to. */
    private static void showFile(JTextArea text, String content, UnreadableFile u) {
        text.setText(content);
        if (u.line() <= 0 || u.line() > text.getLineCount()) return;
        try {
            int start = text.getLineStartOffset(u.line() - 1);
            int end = text.getLineEndOffset(u.line() - 1);
            text.getHighlighter().addHighlight(start, end, new DefaultHighlighter.DefaultHighlightPainter(
                    new java.awt.Color(0xFF, 0xC0, 0x40, 120)));
            text.setCaretPosition(Math.min(end, start + Math.max(0, u.column() - 1)));
        } catch (BadLocationException e) {
            // the line count was checked: the place is in the text
        }
    }

    /** The newest revision in the history that can be read, if the store keeps one. */
    static Optional<Revision> newestReadable(DossierRepository repository, String id) {
        List<Revision> history;
        try {
            history = repository.history(id);
        } catch (RuntimeException | hta.dossier.repository.DossierNotFoundException e) {
            return Optional.empty(); // a store without history, or none kept for this file
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            try {
                repository.loadRevision(id, history.get(i).revision());
                return Optional.of(history.get(i));
            } catch (Exception e) {
                // this copy is unreadable too (or is the unreadable current file): try the one before
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps the unreadable file beside the workspace's files under a name the workspace does not list, then makes
     * the revision current as it was saved; when that fails the file is put back, so nothing is lost either way.
     */
    private static void restore(WorkbenchSite site, JDialog d, Path file, String id, Revision r) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        site.schedule("Restoring " + id + " from " + r.describe(), m -> {
            Dossier revision = site.workspace().loadRevision(id, r.revision());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                site.workspace().importRevision(revision, 0);
            } catch (Exception e) {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
        }, () -> {
            d.dispose();
            site.workspaceChanged();
            site.status("Restored " + id + " from " + r.describe() + "; the unreadable file is kept as "
                    + aside.getFileName());
            site.editors().open(id, null);
        });
    }
}
