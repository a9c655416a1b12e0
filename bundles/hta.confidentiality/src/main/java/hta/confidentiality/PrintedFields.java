package hta.confidentiality;

import com.fasterxml.jackson.databind.JsonNode;
import hta.confidentiality.internal.ValueItems;
import hta.confidentiality.internal.ValueItems.Item;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.EditorPages;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a dossier a memo may print, each with its JSON path: every free text (product names, evidence,
 * labels, the memo's own submission's narrative paragraph by paragraph, decisions and agreements of every
 * submission, parties, plugin data) and every value the public projection kept. Scanning them before rendering lets
 * a refusal name the field a writer must change instead of a place in the PDF's text. Fields that only the store or
 * the engine read (ids, formulas, classifications, codes, dates, acknowledgements) are left out, and so are, for one
 * jurisdiction's memo, the other submissions' narratives, parties, process and plugin data, which it does not
 * print (a refusal is about what the memo prints; the read-back scan of the PDF is the net for the rest). Stateless
 * and thread-safe.
 *
 * @since 0.4
 */
public final class PrintedFields {
    /** Stands for what a writer cannot have typed: a confidential run's characters, an unresolved reference. */
    static final char MASK = '\uFFFC';
    private static final Set<String> NOT_PRINTED = Set.of("schemaVersion", "revision", "saved", "id", "formula",
            "classification", "kind", "currency", "unit", "jurisdiction", "analysisType", "therapyKind",
            "authorisationType", "wordingLanguage", "declassification", "acknowledgements", "ref", "validFrom", "date",
            "startDate", "endDate", "authorisationDate", "vatIncluded", "orphan", "atmp", "sections");

    /**
     * A submission's fields only its own jurisdiction's memos print (the addressees, the signatures, the process);
     * milestones stay, a memo reports a joint assessment's.
     */
    private static final List<String> OWN_MEMO_ONLY = List.of("recipients", "copyTo", "sender", "signatories",
            "pathway", "status", "jurisdictionData");

    /**
     * One printed field.
     *
     * @param path   its JSON path, e.g. {@code $.product.brandName}, {@code $.prices[0].amount}
     * @param text   what a reader could see of it: a text as written (a narrative paragraph's confidential runs
     *               masked), or a kept value in plain digits
     * @param itemId for a kept value, the id a reference or acknowledgement uses for it; null for text
     */
    public record Field(String path, String text, String itemId) {
        public boolean isValue() {
            return itemId != null;
        }
    }

    private PrintedFields() {
    }

    /**
     * @param d            the dossier (for an export, its public projection)
     * @param jurisdiction whose memo: only this submission's narrative is included; null for every submission's
     */
    public static List<Field> of(Dossier d, String jurisdiction) {
        List<Field> out = new ArrayList<>();
        // another jurisdiction's memo prints a submission's decision, case reference and agreements (the decisions
        // abroad), never its parties, process or plugin data: those are that memo's own
        Set<String> notHere = new java.util.HashSet<>();
        for (int s = 0; jurisdiction != null && s < d.submissions.size(); s++) {
            if (jurisdiction.equals(d.submissions.get(s).jurisdiction)) continue;
            for (String own : OWN_MEMO_ONLY) notHere.add("$.submissions[" + s + "]." + own);
        }
        text(DossierJson.mapper().valueToTree(d), "$", notHere, out);
        for (int s = 0; s < d.submissions.size(); s++) {
            Submission sub = d.submissions.get(s);
            if (jurisdiction != null && !jurisdiction.equals(sub.jurisdiction)) continue;
            for (Map.Entry<String, Narrative> e : sub.sections.entrySet()) {
                List<List<TextRun>> paragraphs = e.getValue().paragraphs;
                for (int p = 0; p < paragraphs.size(); p++) {
                    out.add(new Field("$.submissions[" + s + "].sections" + ValueItems.member(e.getKey())
                            + ".paragraphs[" + p + "]", paragraph(paragraphs.get(p)), null));
                }
            }
        }
        for (Item i : ValueItems.of(d)) {
            BigDecimal v = i.item() instanceof PricePoint p ? p.amount : i.item() instanceof Figure f ? f.value : null;
            if (v == null) continue;
            String name = i.id() != null ? i.id() : i.kind() == ValueItems.Kind.CELL ? i.key() : null;
            if (name != null) {
                out.add(new Field(i.path() + (i.item() instanceof PricePoint ? ".amount" : ".value"), v.toPlainString(), name));
            }
        }
        return out;
    }

    /** Every place in the printed fields where the index finds a confidential value, with field and page. */
    public static List<Disclosure> scan(Dossier d, String jurisdiction, LeakIndex index) {
        List<Disclosure> out = new ArrayList<>();
        for (Field f : of(d, jurisdiction)) {
            List<LeakFinding> found = index.scan(f.path(), f.text());
            for (LeakFinding finding : found) {
                out.add(new Disclosure(f.path(), EditorPages.of(d, f.path()), f.itemId(), finding,
                        f.isValue() ? null : Disclosure.quote(f.text(), finding.offset(), finding.length(), found)));
            }
        }
        return out;
    }

    /** A paragraph as a reader sees it: public runs as written, everything else masked to the same length. */
    static String paragraph(List<TextRun> runs) {
        StringBuilder sb = new StringBuilder();
        for (TextRun r : runs) {
            if (r.text == null) {
                if (r.isReference()) sb.append(MASK);
            } else if (r.classification == Classification.PUBLIC) {
                sb.append(r.text);
            } else {
                sb.append(String.valueOf(MASK).repeat(r.text.length()));
            }
        }
        return sb.toString();
    }

    private static void text(JsonNode node, String path, Set<String> notHere, List<Field> out) {
        if (node.isTextual()) {
            if (!node.asText().isBlank()) out.add(new Field(path, node.asText(), null));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) text(node.get(i), path + "[" + i + "]", notHere, out);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path + ValueItems.member(e.getKey());
                if (!NOT_PRINTED.contains(e.getKey()) && !notHere.contains(at)) text(e.getValue(), at, notHere, out);
            }
        }
    }
}
