package hta.jurisdiction.testkit;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.Taint;
import hta.confidentiality.TaintResult;
import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Changes the values a memo may not show, to values of another length and sign: what non-interference is proved
 * against (CONFIDENTIALITY.md, principle 4). Which values are hidden is the app's own analysis under the exporting
 * jurisdiction's policy (taint and secondary suppression), plus every confidential text run and agreement.
 * Stateless.
 */
final class HiddenValues {
    private HiddenValues() {
    }

    /**
     * Changes every value the public memo of jurisdiction {@code code} may not show; returns how many it changed.
     */
    static int changeForPublic(Dossier d, ConfidentialityPolicy policy) {
        return change(d, policy, owner -> true);
    }

    /**
     * Changes the confidential values of the other jurisdictions of the dossier, which even the confidential memo of
     * {@code code} may not show (need-to-know); returns how many it changed.
     */
    static int changeOthers(Dossier d, String code, ConfidentialityPolicy policy) {
        Set<String> others = jurisdictions(d);
        others.remove(code);
        return change(d, policy, others::contains);
    }

    /** The codes of the jurisdictions the dossier has data for. */
    static Set<String> jurisdictions(Dossier d) {
        Set<String> codes = new HashSet<>();
        d.submissions.forEach(s -> codes.add(s.jurisdiction));
        d.prices.forEach(p -> codes.add(p.jurisdiction));
        d.budgetImpacts.forEach(b -> codes.add(b.jurisdiction));
        codes.remove(null);
        return codes;
    }

    /** Changes the hidden values whose owning jurisdiction passes {@code owned}. */
    private static int change(Dossier d, ConfidentialityPolicy policy, Predicate<String> owned) {
        TaintResult taint = Taint.analyse(d, policy);
        int changed = 0;
        for (PricePoint p : d.prices) {
            if (p.amount != null && owned.test(p.jurisdiction) && !taint.isShownPublicly("price:" + p.id)) {
                p.amount = p.amount.multiply(new BigDecimal("-1.37")).add(new BigDecimal("12345.6"));
                changed++;
            }
        }
        for (Figure f : d.economics.figures) {
            if (owned.test(prefix(f.id))) changed += change(f, "figure:" + f.id, taint);
        }
        for (BudgetImpact b : d.budgetImpacts) {
            if (!owned.test(b.jurisdiction)) continue;
            for (Figure f : b.figures) changed += change(f, "figure:" + f.id, taint);
            for (BudgetImpact.BudgetRow r : b.rows) {
                for (int y = 1; y <= r.cells.size(); y++) changed += change(r.cells.get(y - 1), "cell:" + r.id + ":" + y, taint);
            }
        }
        for (Submission s : d.submissions) {
            if (owned.test(s.jurisdiction)) changed += changeText(s);
        }
        return changed;
    }

    private static int changeText(Submission s) {
        int changed = 0;
        for (Narrative n : s.sections.values()) {
            for (List<TextRun> paragraph : n.paragraphs) {
                for (TextRun run : paragraph) {
                    if (run.classification != null && !run.classification.isPublic()) {
                        run.text = "quite another and much longer text 98 765 432,10";
                        changed++;
                    }
                }
            }
        }
        for (Agreement a : s.agreements) {
            if (a.classification != null && !a.classification.isPublic()) {
                a.description = "another description, 7 %";
                a.reference = "another reference 4711";
                changed++;
            }
        }
        return changed;
    }

    private static int change(Figure f, String key, TaintResult taint) {
        if (f == null || f.value == null || taint.isShownPublicly(key)) return 0;
        f.value = f.value.multiply(new BigDecimal("-3.1")).add(new BigDecimal("7"));
        return 1;
    }

    /** The jurisdiction a figure id names by its prefix ({@code no-comparator-annual-cost}), else null. */
    static String prefix(String id) {
        if (id == null) return null;
        int dash = id.indexOf('-');
        return dash <= 0 ? null : id.substring(0, dash);
    }
}
