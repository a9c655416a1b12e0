package hta.confidentiality;

import hta.confidentiality.internal.FormulaCheck;
import hta.confidentiality.internal.ValueItems;
import hta.confidentiality.internal.ValueItems.Item;
import hta.confidentiality.internal.ValueItems.Kind;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.EditorPages;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one structural check of a dossier's confidentiality (issue 14, "fail closed"), run before the public
 * projection by the exporter, the batch export, the workbench's problems and {@code hta validate}. Every value that
 * can be confidential must be followable: an id of its own, unique among every id of the dossier (prices, figures,
 * budget rows and cells, agreements), that a formula can name; a classification; a formula that can be read and
 * names only inputs the dossier has, without cycles; a budget cell shown as public must say what it is computed
 * from; a declassification must say who decided; narrative references must name a value; no hidden value may be
 * computable from the totals shown. Unknown means confidential: the projection hides whatever these rules find,
 * and a public export with any finding is refused. Messages never quote a value. Stateless and thread-safe.
 *
 * @since 0.4
 */
public final class StructuralCheck {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    private static final Pattern EXPOSED = Pattern.compile("^(\\S+) can be computed from values shown publicly");

    private StructuralCheck() {
    }

    /** Every problem under one jurisdiction's policy, in file order; empty when the structure is sound. */
    public static List<StructuralProblem> check(Dossier d, ConfidentialityPolicy policy) {
        return check(d, List.of(policy));
    }

    /** Every problem under any of the policies (e.g. one per jurisdiction of the dossier), each once. */
    public static List<StructuralProblem> check(Dossier d, Collection<ConfidentialityPolicy> policies) {
        List<StructuralProblem> out = new ArrayList<>();
        List<Item> items = ValueItems.of(d);
        Map<String, String> firstById = new LinkedHashMap<>();
        for (Item item : items) {
            String at = item.path();
            if (item.id() == null || item.id().isBlank()) {
                if (mayBeConfidential(item, policies)) {
                    add(out, d, "id-missing", at + ".id", null, "this " + what(item) + " has no id, so it cannot be"
                            + " followed through formulas or looked for in the text; give it an id of its own");
                }
            } else {
                if (!ID.matcher(item.id()).matches()) {
                    add(out, d, "id-form", at + ".id", item.id(), "the id '" + item.id() + "' cannot be named in a"
                            + " formula or a reference; use letters, digits, '_', '.' and '-' (not at the end)");
                }
                String first = firstById.putIfAbsent(item.id(), at);
                if (first != null) {
                    add(out, d, "unique-id", at + ".id", item.id(), "the id '" + item.id() + "' is also the id of "
                            + first + "; which value is meant cannot be known, so both are treated as confidential;"
                            + " give each value its own id");
                }
            }
            if (item.classification() == null && !item.hasFormula() && item.kind() != Kind.ROW) {
                add(out, d, "classified", at + ".classification", item.id(), "this " + what(item) + " is not"
                        + " classified (PUBLIC, CONFIDENTIAL or ACADEMIC_IN_CONFIDENCE); unknown means confidential");
            }
            if (item.kind() == Kind.CELL && !item.hasFormula() && item.classification() != null
                    && item.classification().isPublic()) {
                add(out, d, "derived", at + ".formula", item.id(), "a budget cell shown as public must say what it is"
                        + " computed from, so that its classification can follow its inputs; add its formula");
            }
            declassification(out, d, item);
        }
        for (FormulaCheck.Problem p : FormulaCheck.check(d, items)) add(out, d, p.rule(), p.field(), p.itemId(), p.message());
        references(out, d);
        exposed(out, d, items, policies);
        return out;
    }

    /** Whether a value could be confidential: not plainly public by its own classification under every policy. */
    private static boolean mayBeConfidential(Item item, Collection<ConfidentialityPolicy> policies) {
        if (item.kind() == Kind.ROW) return true; // every row is derived
        if (item.kind() == Kind.CELL) return false; // a cell is followed as cell:<row>:<year>
        if (item.classification() == null || !item.classification().isPublic() || item.hasFormula()) return true;
        if (item.item() instanceof PricePoint p) {
            for (ConfidentialityPolicy policy : policies) {
                if (policy.confidentialPriceKinds().contains(p.kind)) return true;
            }
        }
        return false;
    }

    private static void declassification(List<StructuralProblem> out, Dossier d, Item item) {
        Declassification dc = item.item() instanceof PricePoint p ? p.declassification
                : item.item() instanceof Figure f ? f.declassification : null;
        if (dc != null && dc.isValid() && (dc.author == null || dc.author.isBlank())) {
            add(out, d, "declassification", item.path() + ".declassification.author", item.id(), "the decision to show"
                    + " this value publicly does not say who decided; until it does, the value stays confidential");
        }
    }

    /**
     * What the writer should fix although nothing can leak by it, for `hta validate` and the workbench's Problems
     * (a public export does not stop for it): a price of a confidential kind marked PUBLIC without a recorded
     * declassification, which stays confidential.
     *
     * @since 0.7
     */
    public static List<StructuralProblem> advice(Dossier d, Collection<ConfidentialityPolicy> policies) {
        List<StructuralProblem> out = new ArrayList<>();
        for (Item item : ValueItems.of(d)) {
            if (item.item() instanceof PricePoint price) publicWithoutDecision(out, d, item, price, policies);
        }
        return out;
    }

    /**
     * A price of a kind the jurisdiction keeps confidential (an agreed price, a discount, a rebate) classified PUBLIC
     * without a recorded declassification: the classification alone does not make it public (the projection keeps it
     * confidential, and a public memo that prints it is refused), so the writer is told what is missing instead of
     * meeting a refusal that names the value as confidential.
     */
    private static void publicWithoutDecision(List<StructuralProblem> out, Dossier d, Item item, PricePoint p,
                                              Collection<ConfidentialityPolicy> policies) {
        if (p.classification == null || !p.classification.isPublic() || p.kind == null) return;
        if (p.declassification != null && p.declassification.isValid()) return;
        boolean confidentialKind = false;
        for (ConfidentialityPolicy policy : policies) confidentialKind |= policy.confidentialPriceKinds().contains(p.kind);
        if (!confidentialKind) return;
        String which = item.id() == null || item.id().isBlank() ? "this price" : "the price '" + item.id() + "'";
        add(out, d, "declassification-needed", item.path() + ".declassification", item.id(), which + " is classified"
                + " PUBLIC, but a price of kind " + p.kind + " is confidential under the jurisdiction's rules, so it stays"
                + " confidential and a public memo that prints it is refused; to show it publicly, record the decision:"
                + " add a declassification with its reason, author and date (\"declassification\": {\"reason\": …,"
                + " \"author\": …, \"date\": …}), or classify it CONFIDENTIAL"
                + (p.declassification != null ? " (the declassification it has gives no reason, so it does not count)" : ""));
    }

    private static void references(List<StructuralProblem> out, Dossier d) {
        Set<String> names = ReferencedValue.of(d).keySet();
        for (int s = 0; s < d.submissions.size(); s++) {
            Submission sub = d.submissions.get(s);
            for (Map.Entry<String, Narrative> e : sub.sections.entrySet()) {
                List<List<TextRun>> paragraphs = e.getValue().paragraphs;
                for (int p = 0; p < paragraphs.size(); p++) {
                    for (int r = 0; r < paragraphs.get(p).size(); r++) {
                        TextRun run = paragraphs.get(p).get(r);
                        if (run.isReference() && !names.contains(run.ref)) {
                            add(out, d, "reference", "$.submissions[" + s + "].sections" + ValueItems.member(e.getKey())
                                    + ".paragraphs[" + p + "][" + r + "].ref", run.ref, "the reference names '" + run.ref
                                    + "', which is not one price, figure or budget cell of the dossier; choose the value again");
                        }
                    }
                }
            }
        }
    }

    /** Hidden values that the totals shown publicly give away whatever else is hidden (from the taint engine). */
    private static void exposed(List<StructuralProblem> out, Dossier d, List<Item> items,
                                Collection<ConfidentialityPolicy> policies) {
        Map<String, Item> byKey = new LinkedHashMap<>();
        for (Item i : items) {
            if (i.key() != null) byKey.putIfAbsent(i.key(), i);
            if (i.kind() == Kind.CELL && i.id() != null) byKey.putIfAbsent("figure:" + i.id(), i);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ConfidentialityPolicy policy : policies) {
            for (String problem : Taint.analyse(d, policy).problems()) {
                var m = EXPOSED.matcher(problem);
                if (!m.find() || !seen.add(m.group(1))) continue;
                Item i = byKey.get(m.group(1));
                add(out, d, "suppression", i == null ? "$" : i.path(), i == null ? null : i.id(), "this hidden value can"
                        + " be computed from totals shown publicly (declassified); hide one of those totals again");
            }
        }
    }

    private static String what(Item item) {
        switch (item.kind()) {
            case PRICE: return "price";
            case ROW: return "budget row";
            case CELL: return "budget cell";
            case AGREEMENT: return "agreement";
            default: return "figure";
        }
    }

    private static void add(List<StructuralProblem> out, Dossier d, String rule, String field, String itemId, String message) {
        StructuralProblem p = new StructuralProblem(rule, field, EditorPages.of(d, field), itemId, message);
        if (!out.contains(p)) out.add(p);
    }
}
