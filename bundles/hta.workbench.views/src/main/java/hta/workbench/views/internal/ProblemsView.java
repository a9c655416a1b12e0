package hta.workbench.views.internal;

import hta.workbench.api.CutText;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.WorkspaceUnavailableException;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.Colours;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.table.AbstractTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The Problems view: leak-scanner findings, confidentiality and validation problems, and overdue or at-risk
 * deadlines of every dossier (open editors with their unsaved text), with severity and a filter. Double-click
 * or Enter opens the place. Recomputed off the EDT shortly after every edit. EDT only otherwise.
 */
@Component(service = ViewContribution.class)
public final class ProblemsView extends BuiltInView {
    public static final String ID = "hta.problems";
    /** Pause after an edit before the problems are recomputed. */
    static final int DELAY_MS = 300;

    public ProblemsView() {
        super(ID, "Problems");
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** The view's component; public so that tests can read what it shows. */
    public static final class Panel extends JPanel implements Closable {
        private final WorkbenchSite site;
        private final List<Subscription> subscriptions = newSubscriptions();
        private final Model model = new Model(this::jurisdictionName);
        private final JTable table = new JTable(model);
        private final JComboBox<String> filter = new JComboBox<>(new String[]{"All", "Errors", "Errors and warnings"});
        private final JLabel summary = new JLabel(" ");
        /** The selected problem in full with what to do about it (a row's cells are cut in a narrow view). */
        private final JLabel details = new JLabel(" ");
        private final Timer delay = new Timer(DELAY_MS, e -> recompute());
        private List<Problem> all = List.of();
        private int generation;

        Panel(WorkbenchSite site) {
            super(new BorderLayout());
            this.site = site;
            setName("problems");
            table.setName("problems.table");
            summary.setName("problems.summary");
            details.setName("problems.details");
            details.setBorder(javax.swing.BorderFactory.createEmptyBorder(3, 6, 3, 6));
            table.getSelectionModel().addListSelectionListener(e -> showDetails());
            CutText.showInTooltips(table);
            delay.setRepeats(false);
            // the severity is read whole ("⚠ Warning"), in any font size
            int severity = table.getFontMetrics(table.getFont()).stringWidth("⚠ Warning") + 16;
            table.getColumnModel().getColumn(0).setMinWidth(severity);
            table.getColumnModel().getColumn(0).setPreferredWidth(severity);
            table.getColumnModel().getColumn(0).setMaxWidth(severity + 30);
            table.getColumnModel().getColumn(0).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
                @Override
                public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                    java.awt.Component comp = super.getTableCellRendererComponent(t, v, s, f, r, c);
                    String text = String.valueOf(v);
                    if (!s) comp.setForeground(text.endsWith("Error") ? Colours.error()
                            : text.endsWith("Warning") ? Colours.warning() : t.getForeground());
                    return comp;
                }
            });
            // the description takes what the view gains (maximised, wider); the other columns keep to their size
            table.getColumnModel().getColumn(1).setPreferredWidth(480);
            int[][] others = {{2, 150, 240}, {3, 95, 130}, {4, 200, 320}};
            for (int[] o : others) {
                table.getColumnModel().getColumn(o[0]).setPreferredWidth(o[1]);
                table.getColumnModel().getColumn(o[0]).setMaxWidth(o[2]);
            }
            table.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    if (e.getClickCount() == 2) openSelected();
                }
            });
            table.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "hta.open");
            table.getActionMap().put("hta.open", new javax.swing.AbstractAction() {
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    openSelected();
                }
            });
            filter.addActionListener(e -> showFiltered());
            JPanel top = new JPanel(new hta.workbench.api.WrapLayout(6, 2));
            top.add(new JLabel("Show:"));
            top.add(filter);
            top.add(summary);
            add(top, BorderLayout.NORTH);
            add(new JScrollPane(table), BorderLayout.CENTER);
            add(details, BorderLayout.SOUTH);
            subscriptions.add(site.editors().onChange(delay::restart));
            subscriptions.add(site.onWorkspaceChange(delay::restart));
            subscriptions.add(delay::stop);
            recompute();
        }

        @Override
        public List<Subscription> subscriptions() {
            return subscriptions;
        }

        /** The problems shown now (after the filter). */
        public List<Problem> shown() {
            return List.copyOf(model.rows);
        }

        public void openSelected() {
            int r = table.getSelectedRow();
            if (r < 0) return;
            Problem p = model.rows.get(table.convertRowIndexToModel(r));
            if (p.dossierId() == null) {
                // an unreadable file: what is wrong, where, and the ways out
                site.workspace().problems().stream().filter(x -> x.file().toString().equals(p.location())).findFirst()
                        .ifPresent(x -> UnreadableDialog.show(site, x));
                return;
            }
            site.editors().open(p.dossierId(), p.place());
        }

        /** The text under the table: the selected problem and what to do, or how to use the view. */
        public String detailsText() {
            return details.getText();
        }

        private void showDetails() {
            int r = table.getSelectedRow();
            if (r < 0 || r >= table.getRowCount()) {
                details.setText(model.rows.isEmpty() ? " " : "Select a problem to read it in full; double-click opens where it is fixed.");
                details.setToolTipText(null);
                return;
            }
            Problem p = model.rows.get(table.convertRowIndexToModel(r));
            String text = p.message() + (p.remedy() == null ? "" : ". What to do: " + p.remedy() + ".");
            details.setText("<html>" + escape(text) + "</html>");
            details.setToolTipText(text);
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        /** The jurisdictions' names the dossiers recorded, by code (for one whose plugin is missing). */
        private Map<String, String> recorded = Map.of();

        /** A jurisdiction as a person names it ("Norway"); a code whose plugin is missing says why. */
        private String jurisdictionName(String code) {
            if (code == null) return "";
            return site.jurisdictionLabel(code, recorded.get(code));
        }

        private void recompute() {
            int gen = ++generation;
            Map<String, Dossier> open = WorkspaceView.openDossiers(site);
            List<Jurisdiction> active = site.jurisdictions();
            LocalDate today = LocalDate.now();
            List<Problem> found = new ArrayList<>();
            Map<String, String> names = new java.util.HashMap<>();
            site.schedule("Checking dossiers for problems", m -> {
                List<DossierSummary> list = site.workspace().list();
                m.begin("Checking dossiers", list.size());
                for (DossierSummary s : list) {
                    if (m.isCancelled()) return;
                    try {
                        Dossier d = open.containsKey(s.id()) ? open.get(s.id()) : site.workspace().load(s.id());
                        found.addAll(ProblemScan.scan(d, active, today, new ProblemScan.Missing(site::jurisdictionLabel,
                                site::missingRemedy), this::checkFailed));
                        for (Submission x : d.submissions) if (x.jurisdictionName != null) names.putIfAbsent(x.jurisdiction, x.jurisdictionName);
                    } catch (WorkspaceUnavailableException stopped) {
                        throw stopped; // the server, not this dossier: the job says so in one line, no error
                    } catch (RuntimeException | LinkageError e) {
                        // one dossier that cannot be checked at all still leaves the others' problems listed
                        String name = s.brandName() != null ? s.brandName() : s.id();
                        found.add(DossierChecks.failure(s.id(), name, null, "the dossier " + name));
                        checkFailed("The check of the dossier " + name + " failed", e);
                    }
                    m.worked(1);
                }
                for (var p : site.workspace().problems()) {
                    found.add(new Problem(Problem.Severity.ERROR, UnreadableFile.of(p).describe(), null,
                            p.file().getFileName().toString(), null, p.file().toString(), null));
                }
            }, () -> {
                if (gen != generation) return;
                all = found;
                recorded = names;
                showFiltered();
            });
        }

        /** Failures already in the Error Log: the problems are counted again after every edit, the log says it once. */
        private final java.util.Set<String> failuresLogged = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** A check that failed, in the Error Log once per check, dossier and failure; any thread. */
        private void checkFailed(String what, Throwable e) {
            if (failuresLogged.add(what + "\n" + e)) site.log("Problems", what, e);
        }

        private void showFiltered() {
            int f = filter.getSelectedIndex();
            int sel = table.getSelectedRow();
            Problem selected = sel < 0 ? null : model.rows.get(table.convertRowIndexToModel(sel));
            model.rows = all.stream().filter(p -> f == 0 || p.severity() == Problem.Severity.ERROR
                    || (f == 2 && p.severity() == Problem.Severity.WARNING)).toList();
            model.fireTableDataChanged();
            // a recount (after every edit) keeps the problem the writer selected, wherever it is now
            int again = selected == null ? -1 : model.rows.indexOf(selected);
            if (again >= 0) table.getSelectionModel().setSelectionInterval(again, again);
            showDetails();
            Map<Problem.Severity, Long> c = ProblemScan.count(all);
            summary.setText(count(c, Problem.Severity.ERROR, "error") + ", " + count(c, Problem.Severity.WARNING, "warning")
                    + ", " + count(c, Problem.Severity.INFO, "info"));
        }
    }

    /** "1 error", "2 warnings", "0 infos". */
    static String count(Map<Problem.Severity, Long> counts, Problem.Severity s, String word) {
        long n = counts.getOrDefault(s, 0L);
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static final class Model extends AbstractTableModel {
        List<Problem> rows = List.of();
        private final java.util.function.Function<String, String> jurisdictionName;
        private final String[] columns = {"Severity", "Description", "Dossier", "Jurisdiction", "Location"};

        Model(java.util.function.Function<String, String> jurisdictionName) {
            this.jurisdictionName = jurisdictionName;
        }

        public int getRowCount() {
            return rows.size();
        }

        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        public Object getValueAt(int r, int c) {
            Problem p = rows.get(r);
            switch (c) {
                case 0: return (p.severity() == Problem.Severity.ERROR ? "✖ " : p.severity() == Problem.Severity.WARNING
                        ? "⚠ " : "ℹ ") + p.severity().name().charAt(0) + p.severity().name().substring(1).toLowerCase();
                case 1: return p.message();
                case 2: return p.dossier();
                case 3: return jurisdictionName.apply(p.jurisdiction());
                default: return p.location();
            }
        }
    }
}
