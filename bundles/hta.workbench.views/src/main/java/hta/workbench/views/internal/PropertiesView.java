package hta.workbench.views.internal;

import hta.workbench.api.CutText;

import hta.workbench.api.Words;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Agency;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Component;

/**
 * The Properties view: what is known of the selection (a dossier, one of its submissions, a memo template).
 * Uses the open editor's unsaved state when there is one, otherwise loads the dossier off the EDT.
 */
@Component(service = ViewContribution.class)
public final class PropertiesView extends BuiltInView {
    public static final String ID = "hta.properties";

    public PropertiesView() {
        super(ID, "Properties");
    }

    @Override
    public String defaultArea() {
        return AREA_RIGHT;
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** The view's table of properties, following the selection and the open editors. */
    private static final class Panel extends JScrollPane implements Closable {
        private final WorkbenchSite site;
        private final List<Subscription> subscriptions = newSubscriptions();
        private final DefaultTableModel model = new DefaultTableModel(new String[]{"Property", "Value"}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };

        private final JTable table;
        private final javax.swing.JTextArea hint = new javax.swing.JTextArea("Select a dossier, a country or a document"
                + " in the Dossier Navigator, or open a dossier, to see its properties here.");

        Panel(WorkbenchSite site) {
            this.site = site;
            table = new JTable(model);
            table.setName("properties.table");
            CutText.showInTooltips(table);
            hint.setName("properties.hint");
            hint.setEditable(false);
            hint.setLineWrap(true); // as wide as the view, however narrow
            hint.setWrapStyleWord(true);
            hint.setFocusable(false);
            hint.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 8, 8, 8));
            setViewportView(table);
            subscriptions.add(site.onSelectionChange(this::showSelection));
            subscriptions.add(site.editors().onChange(this::showSelection));
            // a jurisdiction installed, disabled or removed changes what the selection shows
            subscriptions.add(site.onWorkspaceChange(this::showSelection));
            showSelection();
        }

        @Override
        public List<Subscription> subscriptions() {
            return subscriptions;
        }

        private void showSelection() {
            Optional<DossierSelection> sel = site.selection();
            if (sel.isEmpty()) {
                Optional<String> active = site.editors().activeDossierId();
                if (active.isEmpty()) {
                    model.setRowCount(0);
                    // an empty table says nothing: say where the properties come from
                    if (getViewport().getView() != hint) setViewportView(hint);
                    return;
                }
                sel = Optional.of(new DossierSelection(active.get(), active.get(), null, null));
            }
            if (getViewport().getView() != table) setViewportView(table);
            DossierSelection s = sel.get();
            Optional<Dossier> open = site.editors().copyOf(s.dossierId());
            if (open.isPresent()) {
                fill(open.get(), s);
                return;
            }
            Dossier[] loaded = new Dossier[1];
            site.schedule("Reading " + s.dossierId(), m -> loaded[0] = site.workspace().load(s.dossierId()), () -> {
                if (site.selection().equals(Optional.of(s))) fill(loaded[0], s);
            });
        }

        /** A status in the jurisdiction's words, or the stored code made readable when its vocabulary lacks it. */
        private static String status(Optional<Jurisdiction> j, String code) {
            if (code == null) return "";
            return j.flatMap(x -> x.statusVocabulary().stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst())
                    .map(t -> t.wording() + " (" + t.gloss() + ")").orElse(Words.code(code));
        }

        private void fill(Dossier d, DossierSelection s) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"Dossier", d.id + " (revision " + d.revision + ")"});
            rows.add(new String[]{"Brand name", d.product.brandName});
            rows.add(new String[]{"INN", d.product.inn});
            rows.add(new String[]{"ATC code", d.product.atcCode});
            rows.add(new String[]{"Authorisation holder", d.product.marketingAuthorisationHolder});
            rows.add(new String[]{"Prices", d.prices.size() + " (" + d.prices.stream().filter(p -> p.isConfidential()).count()
                    + " confidential)"});
            // the countries by name; one whose plugin is missing as the dossier recorded it, with its code
            rows.add(new String[]{"Submissions", d.submissions.stream().map(x -> site.jurisdictionName(x.jurisdiction,
                    x.jurisdictionName)).collect(Collectors.joining(", "))});
            if (s.jurisdiction() != null) {
                Optional<Submission> sub = d.submission(s.jurisdiction());
                Optional<Jurisdiction> j = site.jurisdiction(s.jurisdiction());
                rows.add(new String[]{"Jurisdiction", j.map(x -> Words.names(x.displayName(), x.nativeName()))
                        .orElse(site.jurisdictionLabel(s.jurisdiction(), sub.map(x -> x.jurisdictionName).orElse(null)))});
                if (j.isEmpty()) {
                    rows.add(new String[]{"What to do", "To edit, check or export this submission, "
                            + site.missingRemedy(s.jurisdiction()) + "; its data is kept as it is"});
                }
                j.ifPresent(x -> {
                    rows.add(new String[]{"Agencies", x.agencies().stream().map(Agency::acronym).collect(Collectors.joining("; "))});
                    rows.add(new String[]{"Currency", x.currency().getCurrencyCode()});
                });
                sub.ifPresent(x -> {
                    rows.add(new String[]{"Case reference", x.caseReference});
                    rows.add(new String[]{"Pathway", x.pathway});
                    rows.add(new String[]{"Status", status(j, x.status)});
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
}
