package hta.workbench.plugins.internal;

import hta.plugins.AuditEntry;
import hta.plugins.PluginManager;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;

/**
 * The installation history of the Plugins view: who changed which plugin, when, from where, with which signer and
 * outcome, read in the background and shown in a dialog, with Export… to a .csv or .json file. EDT only.
 */
final class InstallationHistory {
    private final Component owner;
    private final PluginManager manager;
    private final Consumer<String> status;
    /** Runs a change as a background job of the view (its outcome in the status line). */
    private final BiConsumer<String, Supplier<String>> runJob;

    InstallationHistory(Component owner, PluginManager manager, Consumer<String> status,
                        BiConsumer<String, Supplier<String>> runJob) {
        this.owner = owner;
        this.manager = manager;
        this.status = status;
        this.runJob = runJob;
    }

    void show() {
        new SwingWorker<List<AuditEntry>, Void>() {
            @Override
            protected List<AuditEntry> doInBackground() {
                return manager.history();
            }

            @Override
            protected void done() {
                List<AuditEntry> entries;
                try {
                    entries = get();
                } catch (InterruptedException | ExecutionException e) {
                    status.accept("The history could not be read: " + PluginsView.message(e));
                    return;
                }
                StringBuilder b = new StringBuilder();
                for (AuditEntry e : entries) {
                    b.append(e.time()).append("  ").append(e.user()).append("  ").append(e.action()).append(' ')
                            .append(e.code()).append(' ').append(e.version()).append("  ").append(e.outcome())
                            .append("\n    from ").append(e.source()).append(", signer ").append(e.signer())
                            .append("\n    ").append(e.detail()).append('\n');
                }
                JTextArea area = new JTextArea(b.length() == 0 ? "No plugin changes recorded yet." : b.toString(), 20, 90);
                area.setEditable(false);
                area.setName("plugins.historyText");
                Object[] options = {"Export…", "Close"};
                int choice = JOptionPane.showOptionDialog(owner, new JScrollPane(area), "Installation history",
                        JOptionPane.DEFAULT_OPTION, JOptionPane.PLAIN_MESSAGE, null, options, options[1]);
                if (choice == 0) exportHistory();
            }
        }.execute();
    }

    private void exportHistory() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Export the installation history (.csv or .json)");
        chooser.setSelectedFile(new File("plugin-history.csv"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) return;
        Path target = chooser.getSelectedFile().toPath();
        runJob.accept("Exporting the history", () -> {
            try {
                manager.exportHistory(target);
                return "History written to " + target;
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the history could not be written to " + target + ": " + e.getMessage(), e);
            }
        });
    }
}
