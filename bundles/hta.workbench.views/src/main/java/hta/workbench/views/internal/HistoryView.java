package hta.workbench.views.internal;

import com.fasterxml.jackson.databind.JsonNode;
import hta.workbench.api.CutText;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.Revision;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The History view: the saved revisions of the selected dossier with author, time and summary; View (or a
 * double-click) opens a window with the dossier as of the selected revision, as saved (in a team workspace with the
 * confidential values the user's roles give, as the store returns it); Compare opens a window with what differs between the selected revision and the current one, field by field
 * ({@link ComparisonDialog}); Restore makes the selected revision current again as a new revision (nothing is
 * discarded). While the writer has given no name for saves, a line above the table asks for it (saves are not
 * put under the computer's account name). Reads, compares and restores off the EDT.
 */
@Component(service = ViewContribution.class)
public final class HistoryView extends BuiltInView {
    public static final String ID = "hta.history";
    /** The time of a revision written without one: the workspace came with it (the demo's), or an older version wrote it. */
    static final String NOT_RECORDED = "not recorded";
    static final String NOT_RECORDED_TIP = "Saved: " + NOT_RECORDED + " — no save time was written with this revision: the"
            + " workspace came with it (as the demo's dossiers do) or an older version saved it. Every save from now on"
            + " records its time.";
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
        private final JLabel heading = new JLabel(" ");
        private final AuthorLine authorLine;
        private final WorkbenchSite site;
        private final List<Subscription> subscriptions = newSubscriptions();
        private List<Revision> revisions = List.of();
        private String dossierId;

        Panel(WorkbenchSite site) {
            super(new BorderLayout());
            this.site = site;
            setName("history");
            table.setName("history.table");
            CutText.showInTooltips(table);
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.getColumnModel().getColumn(0).setMaxWidth(45);
            table.getColumnModel().getColumn(1).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
                @Override
                public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus,
                                                                        int row, int column) {
                    super.getTableCellRendererComponent(t, v, sel, focus, row, column);
                    setToolTipText(NOT_RECORDED.equals(v) ? NOT_RECORDED_TIP : null);
                    if (NOT_RECORDED.equals(v) && !sel) setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
                    return this;
                }
            });
            JButton view = new JButton("View");
            view.setName("history.view");
            view.setToolTipText("The dossier as of the selected revision");
            view.addActionListener(e -> view());
            table.addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mouseClicked(java.awt.event.MouseEvent e) {
                    if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) view();
                }
            });
            JButton compare = new JButton("Compare with Current");
            compare.setName("history.compare");
            compare.addActionListener(e -> compare());
            JButton restore = new JButton("Restore…");
            restore.setName("history.restore");
            restore.addActionListener(e -> restore());
            JPanel buttons = new JPanel(new hta.workbench.api.WrapLayout(4, 2)); // Restore… was hidden in a narrow view
            buttons.add(view);
            buttons.add(compare);
            buttons.add(restore);
            authorLine = new AuthorLine(site);
            JPanel north = new JPanel(new BorderLayout());
            north.add(authorLine, BorderLayout.NORTH);
            north.add(heading, BorderLayout.SOUTH);
            add(north, BorderLayout.NORTH);
            add(new JScrollPane(table), BorderLayout.CENTER);
            add(buttons, BorderLayout.SOUTH);
            subscriptions.add(site.onSelectionChange(this::reload));
            subscriptions.add(site.onWorkspaceChange(this::reload));
            subscriptions.add(site.onWorkspaceChange(authorLine::refresh));
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
            String[] name = {id}; // the dossier by its brand name once read
            site.schedule("Reading the history of " + id, m -> {
                try {
                    found.addAll(site.workspace().history(id));
                    site.workspace().list().stream().filter(x -> x.id().equals(id) && x.brandName() != null).findFirst()
                            .ifPresent(x -> name[0] = x.brandName());
                } catch (UnsupportedOperationException e) {
                    site.status("This workspace keeps no history: " + e.getMessage());
                }
            }, () -> {
                if (!id.equals(dossierId)) return;
                revisions = found;
                heading.setText("  " + name[0] + ": " + found.size() + " saved revision(s)");
                model.setRowCount(0);
                for (int i = found.size() - 1; i >= 0; i--) {
                    Revision r = found.get(i);
                    model.addRow(new Object[]{r.revision(), r.time() == null ? NOT_RECORDED : TIME.format(r.time()),
                            r.author() == null ? "(no name)" : r.author(), r.summary() == null ? "" : r.summary()});
                }
            });
        }

        private Optional<Revision> selected() {
            int r = table.getSelectedRow();
            return r < 0 ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1 - r));
        }

        /** The dossier as of the selected revision, whole, in a window of its own (several may be open). */
        private void view() {
            Optional<Revision> rev = selected();
            if (rev.isEmpty() || dossierId == null) return;
            String id = dossierId;
            Revision r = rev.get();
            String[] text = new String[1];
            site.schedule("Reading revision " + r.revision() + " of " + id, m -> text[0] = new String(
                    DossierJson.write(site.workspace().loadRevision(id, r.revision())), java.nio.charset.StandardCharsets.UTF_8), () -> {
                javax.swing.JTextArea area = new javax.swing.JTextArea(text[0], 30, 90);
                area.setName("history.revision");
                area.setEditable(false);
                area.setCaretPosition(0);
                javax.swing.JDialog d = new javax.swing.JDialog(site.window(), id + " as of " + r.describe(),
                        java.awt.Dialog.ModalityType.MODELESS);
                d.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
                d.add(new JScrollPane(area));
                d.pack();
                d.setLocationRelativeTo(site.window());
                d.setVisible(true);
            });
        }

        private void compare() {
            Optional<Revision> rev = selected();
            if (rev.isEmpty() || dossierId == null) return;
            String id = dossierId;
            long then = rev.get().revision();
            List<RevisionComparison.Difference> found = new ArrayList<>();
            long[] now = new long[1];
            String[] name = {id};
            site.schedule("Comparing revision " + then + " of " + id, m -> {
                Dossier old = site.workspace().loadRevision(id, then);
                Dossier current = site.workspace().load(id);
                now[0] = current.revision;
                if (current.product != null && current.product.brandName != null) name[0] = current.product.brandName;
                found.addAll(RevisionComparison.of(tree(old), tree(current),
                        RevisionComparison.Vocabulary.of(code -> site.jurisdiction(code).map(j -> j.displayName()).orElse(code),
                                site::jurisdiction), Locale.getDefault(Locale.Category.FORMAT)));
            }, () -> {
                ComparisonDialog d = new ComparisonDialog(site.window(), name[0] + ": revision " + then
                        + " compared with the current revision " + now[0], "Revision " + then,
                        "Current (revision " + now[0] + ")", found);
                d.setVisible(true);
            });
        }

        private static JsonNode tree(Dossier d) {
            try {
                return DossierJson.mapper().readTree(DossierJson.write(d));
            } catch (IOException e) {
                throw new UncheckedIOException("the dossier " + d.id + " could not be read back as JSON", e);
            }
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
