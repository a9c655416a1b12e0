package hta.jurisdiction.nice.internal;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.PublicProjection;
import hta.dossier.view.BudgetImpactView;
import hta.dossier.Classification;
import hta.dossier.view.DossierView;
import hta.dossier.view.FigureView;
import hta.dossier.view.NarrativeView;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.dossier.view.TextRunView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every confidential item of a dossier as NICE's checklist of confidential information lists it: where it is
 * in the submission, what it is, and its category (CiC or AiC). Derived from the dossier's classifications and
 * the jurisdiction's policy, never typed by hand. Stateless.
 */
final class ConfidentialItems {
    /**
     * @param location where in the submission, by its section heading
     * @param what     what the item is, without its value
     * @param category {@code CiC} or {@code AiC}
     * @param value    the value as a span: the item itself in the confidential variant, the mark in public
     */
    record Item(String location, String what, String category, Span value) {
    }

    static final Map<String, String> SECTION_HEADINGS = Map.of(
            EvidenceSubmissionTemplate.DECISION_PROBLEM, EvidenceSubmissionTemplate.B1,
            EvidenceSubmissionTemplate.CLINICAL, EvidenceSubmissionTemplate.B2,
            EvidenceSubmissionTemplate.COST, EvidenceSubmissionTemplate.B3);

    private ConfidentialItems() {
    }

    static String category(Classification c) {
        return c == Classification.ACADEMIC_IN_CONFIDENCE ? "AiC" : "CiC";
    }

    static List<Item> of(ProjectedView view, Formats formats) {
        DossierView d = view.dossier();
        List<Item> items = new ArrayList<>();
        for (PricePointView p : d.prices("nice").toList()) {
            if (view.isRedacted(p.id()) || PublicProjection.isConfidential(p, England.POLICY)) {
                items.add(new Item(EvidenceSubmissionTemplate.B3 + ", prices", EvidenceSubmissionTemplate.priceLabel(p),
                        category(p.classification()), EvidenceSubmissionTemplate.priceSpan(view, p, formats)));
            }
        }
        for (FigureView f : d.economics().figures()) {
            if (ProjectedText.isForJurisdiction(f.id(), "nice", view) && secret(view, f)) {
                items.add(new Item(EvidenceSubmissionTemplate.B3 + ", results", label(f), category(f.classification()),
                        EvidenceSubmissionTemplate.figureSpan(view, f, formats)));
            }
        }
        Optional<BudgetImpactView> budget = d.budgetImpact("nice");
        if (budget.isPresent()) {
            for (BudgetImpactView.BudgetRow r : budget.get().rows()) {
                for (int y = 0; y < r.cells().size(); y++) {
                    FigureView f = r.cells().get(y);
                    if (secret(view, f)) {
                        items.add(new Item("Budget impact, " + r.label(), "Year " + (y + 1), category(f.classification()),
                                EvidenceSubmissionTemplate.figureSpan(view, f, formats)));
                    }
                }
            }
            for (FigureView f : budget.get().figures()) {
                if (secret(view, f)) {
                    items.add(new Item("Budget impact", label(f), category(f.classification()),
                            EvidenceSubmissionTemplate.figureSpan(view, f, formats)));
                }
            }
        }
        Optional<SubmissionView> s = d.submission("nice");
        if (s.isPresent()) {
            for (Map.Entry<String, NarrativeView> e : s.get().sections().entrySet()) {
                List<List<TextRunView>> paragraphs = e.getValue().paragraphs();
                for (int i = 0; i < paragraphs.size(); i++) {
                    for (TextRunView run : paragraphs.get(i)) {
                        if (ProjectedText.isSecret(run.classification())) {
                            String where = SECTION_HEADINGS.getOrDefault(e.getKey(), e.getKey()) + ", paragraph " + (i + 1);
                            items.add(new Item(where, "Text", category(run.classification()), view.variant().isPublic()
                                    ? EvidenceSubmissionTemplate.mark(view, run.classification())
                                    : Span.text(run.text() == null ? "" : run.text())));
                        }
                    }
                }
            }
        }
        return items;
    }

    private static boolean secret(ProjectedView view, FigureView f) {
        return ProjectedText.isSecret(f.classification()) || ProjectedText.isRemoved(view, f);
    }

    private static String label(FigureView f) {
        return f.label() != null ? f.label() : f.id();
    }

    static boolean isDiscount(PricePointView p) {
        return p.kind() == PriceKind.DISCOUNT || p.kind() == PriceKind.AGREED_PRICE || p.kind() == PriceKind.REBATE;
    }
}
