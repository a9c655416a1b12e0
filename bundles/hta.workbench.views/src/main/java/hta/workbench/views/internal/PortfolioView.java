package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.CaseStatus;
import hta.timeline.Portfolio;
import hta.timeline.PortfolioCase;
import hta.timeline.PortfolioStatistics;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The Portfolio view: per jurisdiction, requested assessments by year and status, dispatched ones and their
 * mean processing days (the timeline engine's portfolio statistics), as a table and a bar chart of requests
 * per year.
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

    /** Statistics per jurisdiction code, in code order. */
    static Map<String, PortfolioStatistics> statistics(List<Dossier> dossiers, List<Jurisdiction> active) {
        Map<String, PortfolioStatistics> result = new LinkedHashMap<>();
        for (Jurisdiction j : active) {
            List<PortfolioCase> cases = new ArrayList<>();
            for (Dossier d : dossiers) {
                Submission s = d.submission(j.code()).orElse(null);
                if (s != null) Portfolio.caseOf(d.id, s, j.processRules(), Set.of()).ifPresent(cases::add);
            }
            if (!cases.isEmpty()) result.put(j.code(), Portfolio.statistics(cases));
        }
        return result;
    }

    /** The view's component; public so that tests can read the table. */
    public static final class Panel extends WorkspaceView {
        private final DefaultTableModel model = new DefaultTableModel() {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        private final JTable table = new JTable(model);
        private final Chart chart = new Chart();

        Panel(WorkbenchSite site) {
            super(site, "Computing portfolio statistics");
            table.setName("portfolio.table");
            JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), chart);
            split.setResizeWeight(0.6);
            add(split, BorderLayout.CENTER);
        }

        public JTable table() {
            return table;
        }

        @Override
        void show(List<Dossier> dossiers) {
            Map<String, PortfolioStatistics> stats = statistics(dossiers, site.jurisdictions());
            List<String> header = new ArrayList<>(List.of("Jurisdiction", "Year"));
            for (CaseStatus s : CaseStatus.values()) header.add(label(s));
            header.add("Dispatched");
            header.add("Mean days");
            model.setDataVector(new Object[0][], header.toArray());
            stats.forEach((code, st) -> {
                java.util.TreeSet<Integer> years = new java.util.TreeSet<>(st.requestsByYear().keySet());
                years.addAll(st.dispatchedByYear().keySet());
                for (int y : years) {
                    List<Object> row = new ArrayList<>(List.of(code, y));
                    for (CaseStatus s : CaseStatus.values()) row.add(st.count(y, s));
                    row.add(st.dispatchedByYear().getOrDefault(y, 0));
                    Long mean = st.roundedMeanDays(y);
                    row.add(mean == null ? "" : mean);
                    model.addRow(row.toArray());
                }
            });
            chart.stats = stats;
            chart.repaint();
        }
    }

    private static String label(CaseStatus s) {
        String n = s.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Requests per year, one bar group per year, one colour per jurisdiction. */
    private static final class Chart extends JPanel {
        private static final Color[] COLOURS = {new Color(66, 133, 244), new Color(219, 68, 55),
                new Color(244, 180, 0), new Color(15, 157, 88), new Color(171, 71, 188)};
        Map<String, PortfolioStatistics> stats = Map.of();

        Chart() {
            setName("portfolio.chart");
            setPreferredSize(new Dimension(320, 200));
        }

        @Override
        protected void paintComponent(Graphics g0) {
            super.paintComponent(g0);
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(UIManager.getColor("Label.foreground"));
            g.drawString("Requests per year", 10, 16);
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            int max = 1;
            for (PortfolioStatistics s : stats.values()) {
                years.addAll(s.requestsByYear().keySet());
                for (int y : s.requestsByYear().keySet()) max = Math.max(max, s.requested(y));
            }
            if (years.isEmpty()) {
                g.drawString("No submissions with a request date and a mapped status.", 10, 40);
                return;
            }
            int left = 30;
            int bottom = getHeight() - 40;
            int height = bottom - 30;
            int groupWidth = Math.max(20, (getWidth() - left - 10) / years.size());
            int barWidth = Math.max(4, (groupWidth - 8) / Math.max(1, stats.size()));
            int gi = 0;
            for (int y : years) {
                int x = left + gi * groupWidth;
                int ji = 0;
                for (Map.Entry<String, PortfolioStatistics> e : stats.entrySet()) {
                    int n = e.getValue().requested(y);
                    int h = n * height / max;
                    g.setColor(COLOURS[ji % COLOURS.length]);
                    g.fillRect(x + ji * barWidth, bottom - h, barWidth - 1, h);
                    ji++;
                }
                g.setColor(UIManager.getColor("Label.foreground"));
                g.drawString(Integer.toString(y), x, bottom + 14);
                gi++;
            }
            int lx = left;
            int ji = 0;
            for (String code : stats.keySet()) {
                g.setColor(COLOURS[ji++ % COLOURS.length]);
                g.fillRect(lx, bottom + 22, 10, 10);
                g.setColor(UIManager.getColor("Label.foreground"));
                g.drawString(code, lx + 14, bottom + 31);
                lx += 50;
            }
            g.drawLine(left - 4, bottom, getWidth() - 10, bottom);
        }
    }
}
