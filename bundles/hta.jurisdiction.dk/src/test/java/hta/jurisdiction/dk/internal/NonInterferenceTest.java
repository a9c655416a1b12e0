package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Taint;
import hta.confidentiality.TaintResult;
import hta.confidentiality.Variant;
import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.MemoDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Non-interference (CONFIDENTIALITY.md, principle 4): every public memo of this jurisdiction is the same when
 * only values that may not be shown publicly change — hidden prices, figures, budget cells, confidential text
 * runs and agreements — to values of another length and sign.
 */
class NonInterferenceTest {
    private final Denmark jurisdiction = new Denmark();
    private final MemoContext context = new MemoContext(new JurisdictionRegistry() {
        @Override
        public List<Jurisdiction> jurisdictions() {
            return List.of(jurisdiction);
        }

        @Override
        public Optional<Jurisdiction> find(String code) {
            return code.equals(jurisdiction.code()) ? Optional.of(jurisdiction) : Optional.empty();
        }
    });

    /** Changes every value the public projection may not show; returns how many were changed. */
    private int perturbHidden(Dossier d) {
        TaintResult taint = Taint.analyse(d, jurisdiction.confidentiality());
        int changed = 0;
        for (PricePoint p : d.prices) {
            if (p.amount != null && !taint.isShownPublicly("price:" + p.id)) {
                p.amount = p.amount.multiply(new BigDecimal("-1.37")).add(new BigDecimal("12345.6"));
                changed++;
            }
        }
        for (Figure f : d.economics.figures) changed += perturb(f, "figure:" + f.id, taint);
        for (BudgetImpact b : d.budgetImpacts) {
            for (Figure f : b.figures) changed += perturb(f, "figure:" + f.id, taint);
            for (BudgetImpact.BudgetRow r : b.rows) {
                for (int y = 1; y <= r.cells.size(); y++) changed += perturb(r.cells.get(y - 1), "cell:" + r.id + ":" + y, taint);
            }
        }
        for (Submission s : d.submissions) {
            for (Narrative n : s.sections.values()) {
                for (List<TextRun> paragraph : n.paragraphs) {
                    for (TextRun run : paragraph) {
                        if (run.classification != null && !run.classification.isPublic()) {
                            run.text = "helt annen og mye lengre tekst 98 765 432,10";
                            changed++;
                        }
                    }
                }
            }
            for (Agreement a : s.agreements) {
                if (a.classification != null && !a.classification.isPublic()) {
                    a.description = "another description, 7 %";
                    changed++;
                }
            }
        }
        return changed;
    }

    private static int perturb(Figure f, String key, TaintResult taint) {
        if (f.value == null || taint.isShownPublicly(key)) return 0;
        f.value = f.value.multiply(new BigDecimal("-3.1")).add(new BigDecimal("7"));
        return 1;
    }

    @Test
    void publicMemosDoNotChangeWhenOnlyHiddenValuesChange() throws Exception {
        Dossier a = DenmarkTest.hemgenix("29950000");
        Dossier b = DenmarkTest.hemgenix("29950000");
        assertTrue(perturbHidden(b) > 0, "the Hemgenix fixture has nothing confidential to change");
        for (MemoTemplate t : jurisdiction.memoTemplates()) {
            MemoDocument ma = t.render(ProjectedView.of(a, jurisdiction.code(), jurisdiction.confidentiality(), Variant.PUBLIC), context);
            MemoDocument mb = t.render(ProjectedView.of(b, jurisdiction.code(), jurisdiction.confidentiality(), Variant.PUBLIC), context);
            assertEquals(ma.title(), mb.title(), t.id());
            assertEquals(ma.blocks(), mb.blocks(), t.id());
            assertEquals(t.fileName(ProjectedView.of(a, jurisdiction.code(), jurisdiction.confidentiality(), Variant.PUBLIC)),
                    t.fileName(ProjectedView.of(b, jurisdiction.code(), jurisdiction.confidentiality(), Variant.PUBLIC)), t.id());
        }
    }
}
