package hta.workbench.views.internal;

import hta.workbench.api.CutText;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.CaseStatus;
import hta.timeline.Portfolio;
import hta.timeline.PortfolioCase;
import hta.timeline.PortfolioStatistics;
import hta.timeline.ProcessRules;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The Portfolio view: per jurisdiction, requested assessments by year and status, dispatched ones and their
 * mean processing days (the timeline engine's portfolio statistics), as a table and a chart of every year's
 * requests, deliveries and decisions, of all jurisdictions or one ({@link PortfolioChart}); submissions the
 * statistics cannot count are named with the reason (their decisions are counted all the same).
 */
@Component(service = ViewContribution.class)
public final class PortfolioView extends BuiltInView {
    public static final String ID = "hta.portfolio";

    public PortfolioView() {
        super(ID, "Portfolio");
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** Statistics per jurisdiction code, in code order; what could not be counted goes to {@code notCounted}. */
    static Map<String, PortfolioStatistics> statistics(List<Dossier> dossiers, List<Jurisdiction> active, List<String> notCounted) {
        Map<String, PortfolioStatistics> result = new LinkedHashMap<>();
        for (Jurisdiction j : active) {
            List<PortfolioCase> cases = new ArrayList<>();
            for (Dossier d : dossiers) {
                Submission s = d.submission(j.code()).orElse(null);
                if (s == null) continue;
                Portfolio.caseOf(d.id, s, j.processRules(), Set.of()).ifPresentOrElse(cases::add,
                        () -> notCounted.add(brand(d) + " in " + j.displayName() + ": " + whyNotCounted(s, j.processRules())));
            }
            if (!cases.isEmpty()) result.put(j.code(), Portfolio.statistics(cases));
        }
        return result;
    }

    private static String brand(Dossier d) {
        return d.product.brandName != null ? d.product.brandName : d.id;
    }

    /** Decisions recorded with a date, per jurisdiction code (code order) and year, whatever the status. */
    static Map<String, Map<Integer, Integer>> decisions(List<Dossier> dossiers, List<Jurisdiction> active) {
        Map<String, Map<Integer, Integer>> result = new LinkedHashMap<>();
        for (Jurisdiction j : active) {
            Map<Integer, Integer> years = new TreeMap<>();
            for (Dossier d : dossiers) {
                Submission s = d.submission(j.code()).orElse(null);
                if (s != null && s.decision != null && s.decision.date != null) years.merge(s.decision.date.getYear(), 1, Integer::sum);
            }
            if (!years.isEmpty()) result.put(j.code(), years);
        }
        return result;
    }

    /** Why the statistics leave a submission out, in the terms of {@link Portfolio#caseOf}. */
    static String whyNotCounted(Submission s, ProcessRules rules) {
        if (s.status == null) return "no status recorded";
        if (Portfolio.category(s.status, rules).isEmpty()) return "its status '" + s.status + "' is not one the jurisdiction counts";
        String request = rules.requestKind() != null ? rules.requestKind()
                : rules.process().milestoneKinds().isEmpty() ? null : rules.process().milestoneKinds().get(0);
        return request == null ? "the jurisdiction names no request milestone" : "no date for its request milestone, " + hta.workbench.api.Words.code(request);
    }

    /** The view's component; public so that tests can read the table. */
    public static final class Panel extends WorkspaceView {
        static final String ALL = "All jurisdictions";
        private final DefaultTableModel model = new DefaultTableModel() {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        private final JTable table = new JTable(model);
        private final PortfolioChart chart = new PortfolioChart();
        private final JComboBox<String> scope = new JComboBox<>(new String[]{ALL});
        private final JLabel notCounted = new JLabel(" ");
        private final PortfolioExport exporter = new PortfolioExport();
        private Map<String, PortfolioStatistics> stats = Map.of();
        private Map<String, Map<Integer, Integer>> decided = Map.of();

        Panel(WorkbenchSite site) {
            super(site, "Computing portfolio statistics");
            table.setName("portfolio.table");
            CutText.showInTooltips(table);
            // columns as wide as what they hold; the pane scrolls sideways rather than cutting a jurisdiction's name
            table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
            scope.setName("portfolio.chart.scope");
            notCounted.setName("portfolio.notCounted");
            scope.addActionListener(e -> showChart());
            JPanel right = new JPanel(new BorderLayout());
            JPanel top = new JPanel(new hta.workbench.api.WrapLayout(4, 2));
            JLabel show = new JLabel("Chart of:");
            show.setLabelFor(scope);
            show.setDisplayedMnemonic('h');
            top.add(show);
            top.add(scope);
            JButton export = new JButton("Export…");
            export.setName("portfolio.export");
            export.setMnemonic('E');
            export.setToolTipText("Write the table to a CSV file");
            export.addActionListener(e -> exporter.export(site, model));
            top.add(export);
            right.add(top, BorderLayout.NORTH);
            right.add(chart, BorderLayout.CENTER);
            JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), right);
            split.setResizeWeight(0.55);
            add(split, BorderLayout.CENTER);
            add(notCounted, BorderLayout.SOUTH);
        }

        public JTable table() {
            return table;
        }

        @Override
        void show(List<Dossier> dossiers) {
            List<String> skipped = new ArrayList<>();
            stats = statistics(dossiers, site.jurisdictions(), skipped);
            decided = decisions(dossiers, site.jurisdictions());
            List<String> header = new ArrayList<>(List.of("Jurisdiction", "Year"));
            for (CaseStatus s : CaseStatus.values()) header.add(label(s));
            header.add(PortfolioChart.DELIVERED_THAT_YEAR); // the chart legend's words: "Dispatched" is a status too
            header.add("Mean days");
            header.add("Decisions");
            model.setDataVector(new Object[0][], header.toArray());
            for (String code : codes()) {
                PortfolioStatistics st = stats.get(code);
                Map<Integer, Integer> dec = decided.getOrDefault(code, Map.of());
                TreeSet<Integer> years = new TreeSet<>(dec.keySet());
                if (st != null) {
                    years.addAll(st.requestsByYear().keySet());
                    years.addAll(st.dispatchedByYear().keySet());
                }
                for (int y : years) {
                    List<Object> row = new ArrayList<>(List.of(name(code), y));
                    for (CaseStatus s : CaseStatus.values()) row.add(st == null ? 0 : st.count(y, s));
                    row.add(st == null ? 0 : st.dispatchedByYear().getOrDefault(y, 0));
                    Long mean = st == null ? null : st.roundedMeanDays(y);
                    row.add(mean == null ? "" : mean);
                    row.add(dec.getOrDefault(y, 0));
                    model.addRow(row.toArray());
                }
            }
            CutText.fitColumns(table);
            Object chosen = scope.getSelectedItem();
            scope.removeAllItems();
            scope.addItem(ALL);
            codes().forEach(code -> scope.addItem(name(code)));
            scope.setSelectedItem(chosen != null && codes().stream().anyMatch(c -> name(c).equals(chosen)) ? chosen : ALL);
            notCounted.setText(skipped.isEmpty() ? " " : "  Not counted: " + String.join("; ", skipped));
            notCounted.setToolTipText(skipped.isEmpty() ? null : "<html>Not counted:<br>" + String.join("<br>", skipped) + "</html>");
            showChart();
        }

        /** The jurisdictions with statistics or decisions, in code order. */
        private List<String> codes() {
            TreeSet<String> codes = new TreeSet<>(stats.keySet());
            codes.addAll(decided.keySet());
            return List.copyOf(codes);
        }

        private String name(String code) {
            return site.jurisdiction(code).map(Jurisdiction::displayName).orElse(code);
        }

        private void showChart() {
            Object chosen = scope.getSelectedItem();
            if (chosen == null || ALL.equals(chosen)) {
                Map<Integer, Integer> all = new TreeMap<>();
                decided.values().forEach(m -> m.forEach((y, n) -> all.merge(y, n, Integer::sum)));
                chart.show(stats.values(), all, ALL);
                return;
            }
            for (String code : codes()) {
                if (!name(code).equals(chosen)) continue;
                chart.show(stats.containsKey(code) ? List.of(stats.get(code)) : List.of(), decided.getOrDefault(code, Map.of()), name(code));
            }
        }
    }

    static String label(CaseStatus s) {
        String n = s.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
