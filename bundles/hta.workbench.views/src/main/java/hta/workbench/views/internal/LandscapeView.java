package hta.workbench.views.internal;

import hta.workbench.api.CutText;

import hta.workbench.api.Colours;

import hta.dossier.Decision;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.StatusTerm;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The Landscape view: drugs × jurisdictions, each cell the decision (or the status) in the country's own words
 * and date format, green when it gives access, red when it does not, grey while open — the "status in other
 * countries" picture of the portfolio.
 */
@Component(service = ViewContribution.class)
public final class LandscapeView extends BuiltInView {
    public static final String ID = "hta.landscape";

    public LandscapeView() {
        super(ID, "Landscape");
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** One cell: text and whether the outcome gives access (null: open or unknown). */
    record Cell(String text, Boolean positive) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Cell cell(Submission s, Optional<Jurisdiction> j) {
        Decision d = s.decision;
        if (d != null && d.outcome != null) {
            Optional<DecisionTerm> term = j.flatMap(x -> x.decisionTerm(d.outcome));
            String words = term.map(DecisionTerm::wording).orElse(d.publishedWording != null ? d.publishedWording : d.outcome);
            String date = d.date == null ? "" : " · " + j.map(x -> x.formats().shortDate(d.date)).orElse(d.date.toString());
            return new Cell(words + date, term.map(DecisionTerm::positive).orElse(null));
        }
        String status = s.status == null ? "—" : j.flatMap(x -> x.statusVocabulary().stream()
                .filter(t -> t.code().equals(s.status)).findFirst()).map(StatusTerm::wording).orElse(s.status);
        return new Cell(status, null);
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

        Panel(WorkbenchSite site) {
            super(site, "Building the landscape");
            table.setName("landscape.table");
            CutText.showInTooltips(table);
            table.setRowHeight(26);
            table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
                @Override
                public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                    java.awt.Component comp = super.getTableCellRendererComponent(t, v, s, f, r, c);
                    if (!s) {
                        Boolean pos = v instanceof Cell ? ((Cell) v).positive() : null;
                        comp.setBackground(pos == null ? t.getBackground() : pos ? Colours.positiveBackground() : Colours.negativeBackground());
                        comp.setForeground(pos == null ? t.getForeground() : pos ? Colours.positiveForeground() : Colours.negativeForeground());
                    }
                    return comp;
                }
            });
            add(new JScrollPane(table));
        }

        public JTable table() {
            return table;
        }

        @Override
        void show(List<Dossier> dossiers) {
            List<String> codes = new ArrayList<>();
            for (Jurisdiction j : site.jurisdictions()) codes.add(j.code());
            for (Dossier d : dossiers) {
                for (Submission s : d.submissions) if (!codes.contains(s.jurisdiction)) codes.add(s.jurisdiction);
            }
            List<String> header = new ArrayList<>();
            header.add("Medicine");
            for (String c : codes) header.add(site.jurisdiction(c).map(Jurisdiction::displayName).orElse(c + " — " + site.whyMissing(c)));
            model.setDataVector(new Object[0][], header.toArray());
            for (Dossier d : dossiers) {
                Object[] row = new Object[codes.size() + 1];
                row[0] = new Cell(d.product.brandName + " (" + d.product.inn + ")", null);
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i);
                    row[i + 1] = d.submission(code).map(s -> cell(s, site.jurisdiction(code))).orElse(new Cell("", null));
                }
                model.addRow(row);
            }
        }
    }
}
