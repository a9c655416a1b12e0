package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Agency;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.editor.internal.DossierEditor;
import hta.workbench.shell.internal.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * The Properties view: what is known of the selection (a dossier, one of its submissions, a memo template).
 * Uses the open editor's unsaved state when there is one, otherwise loads the dossier off the EDT.
 */
public final class PropertiesView implements ViewContribution {
    public static final String ID = "hta.properties";
    private final ViewContext ctx;

    public PropertiesView(ViewContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Properties";
    }

    @Override
    public String defaultArea() {
        return AREA_RIGHT;
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        DefaultTableModel model = new DefaultTableModel(new String[]{"Property", "Value"}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        JTable table = new JTable(model);
        table.setName("properties.table");
        JScrollPane scroll = new JScrollPane(table);
        Consumer<Selection.Item> onSelect = item -> show(model, item);
        Consumer<DossierEditor> onEdit = e -> show(model, ctx.selection().current());
        ctx.selection().addListener(onSelect);
        ctx.editors().addListener(onEdit);
        scroll.putClientProperty("listeners", new Object[]{onSelect, onEdit});
        show(model, ctx.selection().current());
        return scroll;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void dispose(JComponent component) {
        Object[] l = (Object[]) component.getClientProperty("listeners");
        ctx.selection().removeListener((Consumer<Selection.Item>) l[0]);
        ctx.editors().removeListener((Consumer<DossierEditor>) l[1]);
    }

    private void show(DefaultTableModel model, Selection.Item item) {
        Selection.Item sel = item;
        if (sel == null) {
            Optional<DossierEditor> e = ctx.editors().active();
            if (e.isEmpty()) {
                model.setRowCount(0);
                return;
            }
            sel = new Selection.Item(e.get().dossier().id, e.get().title(), null, null);
        }
        Selection.Item s = sel;
        Optional<DossierEditor> open = ctx.editors().editor(s.dossierId());
        if (open.isPresent()) {
            fill(model, open.get().dossier(), s);
            return;
        }
        Dossier[] loaded = new Dossier[1];
        ctx.jobs().schedule("Reading " + s.dossierId(), m -> loaded[0] = ctx.repository().load(s.dossierId()),
                () -> {
                    if (s.equals(ctx.selection().current())) fill(model, loaded[0], s);
                });
    }

    private void fill(DefaultTableModel model, Dossier d, Selection.Item s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Dossier", d.id + " (revision " + d.revision + ")"});
        rows.add(new String[]{"Brand name", d.product.brandName});
        rows.add(new String[]{"INN", d.product.inn});
        rows.add(new String[]{"ATC code", d.product.atcCode});
        rows.add(new String[]{"Authorisation holder", d.product.marketingAuthorisationHolder});
        rows.add(new String[]{"Prices", d.prices.size() + " (" + d.prices.stream().filter(p -> p.isConfidential()).count()
                + " confidential)"});
        rows.add(new String[]{"Submissions", d.submissions.stream().map(x -> x.jurisdiction).collect(Collectors.joining(", "))});
        if (s.jurisdiction() != null) {
            Optional<Submission> sub = d.submission(s.jurisdiction());
            Optional<Jurisdiction> j = ctx.jurisdiction(s.jurisdiction());
            rows.add(new String[]{"Jurisdiction", j.map(x -> x.displayName() + " / " + x.nativeName())
                    .orElse(s.jurisdiction() + " (plugin not installed)")});
            j.ifPresent(x -> {
                rows.add(new String[]{"Agencies", x.agencies().stream().map(Agency::acronym).collect(Collectors.joining("; "))});
                rows.add(new String[]{"Currency", x.currency().getCurrencyCode()});
            });
            sub.ifPresent(x -> {
                rows.add(new String[]{"Case reference", x.caseReference});
                rows.add(new String[]{"Pathway", x.pathway});
                rows.add(new String[]{"Status", x.status});
                rows.add(new String[]{"Milestones", Integer.toString(x.milestones.size())});
                if (x.decision != null) {
                    String wording = j.flatMap(jj -> jj.decisionTerm(x.decision.outcome)).map(t -> t.wording() + " (" + t.gloss() + ")")
                            .orElse(x.decision.publishedWording != null ? x.decision.publishedWording : x.decision.outcome);
                    rows.add(new String[]{"Decision", wording + (x.decision.date == null ? "" : ", "
                            + j.map(jj -> jj.formats().longDate(x.decision.date)).orElse(x.decision.date.toString()))});
                }
            });
            if (s.document() != null) {
                j.flatMap(x -> x.memoTemplate(s.document())).ifPresent(t ->
                        rows.add(new String[]{"Memo", t.title() + " (" + t.id() + ")"}));
            }
        }
        model.setRowCount(0);
        rows.forEach(r -> model.addRow(new Object[]{r[0], r[1] == null ? "" : r[1]}));
    }
}
