package hta.workbench.views.internal;

import hta.workbench.api.CutText;

import hta.workbench.api.Colours;
import hta.workbench.api.Words;

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
 * with its date as that country writes it, green when it gives access, red when it does not, blue-grey while open — the "status
 * in other countries" picture of the portfolio.
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

    /**
     * How a cell is coloured. Every decision of a jurisdiction's vocabulary is either one that gives access or one
     * that refuses it ({@link DecisionTerm#positive()}); a status is still open; an outcome the vocabulary does not
     * name, and a medicine's own cell, are not judged.
     */
    enum Category { ACCESS, REFUSED, OPEN, NONE }

    /** One cell: its text, its colour, its whole story for the tooltip, and whether its outcome is made up. */
    record Cell(String text, Category category, String tip, boolean fictional) {
        Cell(String text, Category category) {
            this(text, category, null, false);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The cell of a submission: the decision in the country's words with its date, or the status. The date as that
     * country writes it ({@code Formats.longDate}, "17. november 2025" in Norway, "17 November 2025" in England), as
     * its words are; the workbench locale's ({@link Words#date}) when its plugin is not installed. A made-up
     * outcome (demo data) is marked in the country's words and keeps its term's colour, striped: it says which way
     * the decision went but is not a recorded decision.
     */
    static Cell cell(Submission s, Optional<Jurisdiction> j) {
        Decision d = s.decision;
        if (d != null && d.outcome != null) {
            Optional<DecisionTerm> term = j.flatMap(x -> x.decisionTerm(d.outcome));
            String words = term.map(DecisionTerm::wording).orElse(d.publishedWording != null ? d.publishedWording : d.outcome);
            String date = d.date == null ? "" : " · " + j.map(x -> x.formats().longDate(d.date)).orElse(Words.date(d.date));
            String mark = d.isFictional() ? " (" + j.map(x -> x.memoWords().fictional()).orElse("fictional") + ")" : "";
            Category c = term.map(t -> t.positive() ? Category.ACCESS : Category.REFUSED).orElse(Category.NONE);
            String gloss = term.map(t -> " — " + t.gloss()).orElse(" — an outcome " + j.map(Jurisdiction::displayName)
                    .orElse(s.jurisdiction) + "'s decisions do not name");
            return new Cell(words + date + mark, c, words + date + mark + gloss
                    + (d.isFictional() ? "; illustrative, not a recorded decision" : ""), d.isFictional());
        }
        if (s.status == null) return new Cell("—", Category.NONE, "No status recorded", false);
        Optional<StatusTerm> status = j.flatMap(x -> x.statusVocabulary().stream().filter(t -> t.code().equals(s.status)).findFirst());
        String words = status.map(StatusTerm::wording).orElse(s.status);
        return new Cell(words, Category.OPEN, words + status.map(t -> " — " + t.gloss()).orElse("") + " (no decision yet)", false);
    }

    static java.awt.Color background(Category c, JTable t) {
        return switch (c) {
            case ACCESS -> Colours.positiveBackground();
            case REFUSED -> Colours.negativeBackground();
            case OPEN -> Colours.openBackground();
            case NONE -> t.getBackground();
        };
    }

    static java.awt.Color foreground(Category c, JTable t) {
        return switch (c) {
            case ACCESS -> Colours.positiveForeground();
            case REFUSED -> Colours.negativeForeground();
            case OPEN -> Colours.openForeground();
            case NONE -> t.getForeground();
        };
    }

    /** The view's component; public so that tests can read the table. */
    public static final class Panel extends WorkspaceView {
        private final DefaultTableModel model = new DefaultTableModel() {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        private final JTable table = CutText.wideTable(model);

        Panel(WorkbenchSite site) {
            super(site, "Building the landscape");
            table.setName("landscape.table");
            CutText.showInTooltips(table);
            table.setRowHeight(26);
            table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
                private boolean striped;

                @Override
                protected void paintComponent(java.awt.Graphics g) {
                    super.paintComponent(g);
                    if (striped) Painting.stripes(g, getWidth(), getHeight(), getForeground());
                }

                @Override
                public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int r, int c) {
                    java.awt.Component comp = super.getTableCellRendererComponent(t, v, s, f, r, c);
                    striped = v instanceof Cell cell && cell.fictional();
                    Category category = v instanceof Cell cell ? cell.category() : Category.NONE;
                    if (!s) {
                        comp.setBackground(background(category, t));
                        comp.setForeground(foreground(category, t));
                    }
                    setToolTipText(v instanceof Cell cell ? cell.tip() : null);
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
            // a jurisdiction without its plugin is named as a dossier recorded it
            java.util.Map<String, String> recorded = new java.util.HashMap<>();
            for (Jurisdiction j : site.jurisdictions()) codes.add(j.code());
            for (Dossier d : dossiers) {
                for (Submission s : d.submissions) {
                    if (!codes.contains(s.jurisdiction)) codes.add(s.jurisdiction);
                    if (s.jurisdictionName != null) recorded.putIfAbsent(s.jurisdiction, s.jurisdictionName);
                }
            }
            List<String> header = new ArrayList<>();
            header.add("Medicine");
            for (String c : codes) header.add(site.jurisdictionLabel(c, recorded.get(c)));
            model.setDataVector(new Object[0][], header.toArray());
            for (Dossier d : dossiers) {
                Object[] row = new Object[codes.size() + 1];
                row[0] = new Cell(d.product.brandName + " (" + d.product.inn + ")", Category.NONE);
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i);
                    row[i + 1] = d.submission(code).map(s -> cell(s, site.jurisdiction(code))).orElse(new Cell("", Category.NONE));
                }
                model.addRow(row);
            }
            // the countries side by side, room for a decision and its date as the country writes it ("anbefaler · 12.
            // november 2026"); a longer cell is cut, whole in its tooltip
            CutText.fitColumns(table, 260);
        }
    }
}
