package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.Revision;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The History view: the saved revisions of the selected dossier with author, time and summary; Compare shows
 * what differs between the selected revision and the current one, Restore makes the selected revision current
 * again as a new revision (nothing is discarded). Reads and restores off the EDT.
 */
@Component(service = ViewContribution.class)
public final class HistoryView extends BuiltInView {
    public static final String ID = "hta.history";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    public HistoryView() {
        super(ID, "History");
    }

    @Override
    public String defaultArea() {
        return AREA_RIGHT;
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** The view's component; public so that tests can read it. */
    public static final class Panel extends JPanel implements Closable {
        private final DefaultTableModel model = new DefaultTableModel(new String[]{"Rev.", "Saved", "By", "Summary"}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        private final JTable table = new JTable(model);
        private final JTextArea diff = new JTextArea();
        private final JLabel heading = new JLabel(" ");
        private final WorkbenchSite site;
        private final List<Subscription> subscriptions = newSubscriptions();
        private List<Revision> revisions = List.of();
        private String dossierId;

        Panel(WorkbenchSite site) {
            super(new BorderLayout());
            this.site = site;
            setName("history");
            table.setName("history.table");
            diff.setName("history.diff");
            diff.setEditable(false);
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.getColumnModel().getColumn(0).setMaxWidth(45);
            JButton compare = new JButton("Compare with Current");
            compare.setName("history.compare");
            compare.addActionListener(e -> compare());
            JButton restore = new JButton("Restore…");
            restore.setName("history.restore");
            restore.addActionListener(e -> restore());
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
            buttons.add(compare);
            buttons.add(restore);
            JPanel top = new JPanel(new BorderLayout());
            top.add(heading, BorderLayout.NORTH);
            top.add(new JScrollPane(table), BorderLayout.CENTER);
            top.add(buttons, BorderLayout.SOUTH);
            JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, new JScrollPane(diff));
            split.setResizeWeight(0.6);
            add(split, BorderLayout.CENTER);
            subscriptions.add(site.onSelectionChange(this::reload));
            subscriptions.add(site.onWorkspaceChange(this::reload));
            reload();
        }

        @Override
        public List<Subscription> subscriptions() {
            return subscriptions;
        }

        private String currentId() {
            return site.selection().map(DossierSelection::dossierId)
                    .or(() -> site.editors().activeDossierId()).orElse(null);
        }

        private void reload() {
            String id = currentId();
            dossierId = id;
            if (id == null) {
                heading.setText("Select a dossier to see its history.");
                model.setRowCount(0);
                return;
            }
            List<Revision> found = new ArrayList<>();
            site.schedule("Reading the history of " + id, m -> {
                try {
                    found.addAll(site.workspace().history(id));
                } catch (UnsupportedOperationException e) {
                    site.status("This workspace keeps no history: " + e.getMessage());
                }
            }, () -> {
                if (!id.equals(dossierId)) return;
                revisions = found;
                heading.setText("  " + id + ": " + found.size() + " saved revision(s)");
                model.setRowCount(0);
                for (int i = found.size() - 1; i >= 0; i--) {
                    Revision r = found.get(i);
                    model.addRow(new Object[]{r.revision(), r.time() == null ? "" : TIME.format(r.time()),
                            r.author() == null ? "" : r.author(), r.summary() == null ? "" : r.summary()});
                }
            });
        }

        private Optional<Revision> selected() {
            int r = table.getSelectedRow();
            return r < 0 ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1 - r));
        }

        private void compare() {
            Optional<Revision> rev = selected();
            if (rev.isEmpty() || dossierId == null) return;
            String id = dossierId;
            String[] text = new String[1];
            site.schedule("Comparing revision " + rev.get().revision() + " of " + id, m -> {
                Dossier old = site.workspace().loadRevision(id, rev.get().revision());
                Dossier now = site.workspace().load(id);
                text[0] = LineDiff.describe(lines(old), lines(now), "revision " + rev.get().revision(),
                        "revision " + now.revision);
            }, () -> {
                diff.setText(text[0]);
                diff.setCaretPosition(0);
            });
        }

        private static List<String> lines(Dossier d) {
            return List.of(new String(DossierJson.write(d), StandardCharsets.UTF_8).split("\n"));
        }

        private void restore() {
            Optional<Revision> rev = selected();
            if (rev.isEmpty() || dossierId == null) return;
            String id = dossierId;
            if (site.editors().isDirty(id)) {
                JOptionPane.showMessageDialog(this, "Save or close the editor of " + id
                        + " first: it has unsaved changes that a restore would replace.", "Restore",
                        JOptionPane.WARNING_MESSAGE);
                return;
            }
            int ok = JOptionPane.showConfirmDialog(this, "Make revision " + rev.get().revision() + " of " + id
                    + " current again?\nIt is saved as a new revision; no revision is removed.", "Restore",
                    JOptionPane.OK_CANCEL_OPTION);
            if (ok != JOptionPane.OK_OPTION) return;
            long basedOn = revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).revision();
            site.schedule("Restoring revision " + rev.get().revision() + " of " + id, m ->
                    site.workspace().restore(id, rev.get().revision(), basedOn, site.author()), () -> {
                site.editors().reload(id);
                site.workspaceChanged();
                site.status("Restored revision " + rev.get().revision() + " of " + id);
            });
        }
    }
}
