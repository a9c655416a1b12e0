package hta.export.pdf.internal;

import hta.confidentiality.Coincidences;
import hta.confidentiality.ConfidentialityAnalysis;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.Disclosure;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.PrintedFields;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.StructuralCheck;
import hta.confidentiality.StructuralProblem;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.PdfAudit;
import hta.export.pdf.RefusalPlace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that make a public memo refusable in words a writer can act on (issue 14), in the order the exporter
 * runs them: the dossier's structure (before the projection), then the fields the memo may print (before
 * rendering; each finding names its field, editor page and the confidential value's id, and an acknowledged
 * coincidence passes), then the file name and title, then the PDF read back — the last net, whose findings are
 * reported only when no field explains them, with the memo's page and the words around, the value masked.
 * One instance per export; not thread-safe.
 */
final class PublicMemoCheck {
    private static final Pattern PDF_PAGE = Pattern.compile("PDF page (\\d+)");

    private final Dossier dossier;
    private final String code;
    private final LeakIndex index;
    /** Confidential values the fields explain (found in them, acknowledged or not), by id. */
    private final Set<String> explained = new HashSet<>();
    /** Public values of the dossier that coincide with a confidential one, by the confidential value's id. */
    private final Map<String, Disclosure> coincidences = new LinkedHashMap<>();

    /** @param analysis the export's one confidentiality analysis of the dossier */
    PublicMemoCheck(Dossier dossier, String code, ConfidentialityAnalysis analysis) {
        this.dossier = dossier;
        this.code = code;
        this.index = analysis.leakIndex();
    }

    /** Refuses a dossier whose structure does not let every value's classification be established. */
    static void structure(Dossier dossier, ConfidentialityPolicy policy) throws ExportRefusedException {
        List<RefusalPlace> places = new ArrayList<>();
        for (StructuralProblem p : StructuralCheck.check(dossier, policy)) {
            places.add(new RefusalPlace(p.field(), p.page(), p.itemId(), 0, p.toString()));
        }
        if (!places.isEmpty()) {
            throw new ExportRefusedException(places, "The public memo of '" + dossier.id + "' cannot be made while the"
                    + " classification of some values cannot be established (unknown means confidential)");
        }
    }

    /** Refuses when a printed text field holds a confidential value that no acknowledgement covers. */
    void fields(ProjectedView view) throws ExportRefusedException {
        List<RefusalPlace> places = new ArrayList<>();
        // exactly what the template receives
        for (Disclosure d : PrintedFields.scan(view.dossier().toDossier(), code, index)) {
            explained.add(d.valueId());
            if (Coincidences.covers(dossier, d)) continue;
            if (d.publicItem() != null) {
                // a public value printed only if the template prints it: judged by the read-back below
                coincidences.putIfAbsent(d.valueId(), d);
            } else {
                places.add(new RefusalPlace(d.field(), d.page(), d.valueId(), 0, d.toString()));
            }
        }
        coincidences.keySet().forEach(explained::remove);
        refuse(places, "The public memo would reveal confidential values in these fields of the dossier");
    }

    /** Refuses when the file name or the document title would name a confidential value no field explains. */
    void names(String fileName, String title) throws ExportRefusedException {
        List<RefusalPlace> places = new ArrayList<>();
        place(places, "the file name", fileName, index.scan("file name", fileName));
        place(places, "the document title", title, index.scan("document title", title));
        refuse(places, "The public memo would reveal confidential values");
    }

    /** Refuses when the PDF read back holds a confidential value; the fields explain what they can. */
    void readBack(byte[] pdf) throws ExportRefusedException, IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (PdfAudit.Part part : PdfAudit.readBack(pdf)) texts.merge(part.location(), part.text(), (a, b) -> a + "\n" + b);
        List<RefusalPlace> places = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<LeakFinding> findings = PdfAudit.scan(pdf, index);
        for (LeakFinding f : findings) {
            if (explained.contains(f.valueId())) continue;
            Disclosure coincidence = coincidences.get(f.valueId());
            if (coincidence != null) {
                if (reported.add(coincidence.field())) {
                    places.add(new RefusalPlace(coincidence.field(), coincidence.page(), f.valueId(), 0, coincidence.toString()));
                }
                continue;
            }
            Matcher m = PDF_PAGE.matcher(f.location());
            int page = m.find() ? Integer.parseInt(m.group(1)) : 0;
            String where = page > 0 ? "page " + page + " of the memo" : f.location().replace("PDF ", "the PDF's ");
            List<LeakFinding> same = findings.stream().filter(x -> x.location().equals(f.location())).toList();
            places.add(new RefusalPlace(null, null, f.valueId(), page, where + ": the confidential value '" + f.valueId()
                    + "' is printed by the template, in \u201C" + Disclosure.quote(texts.get(f.location()), f.offset(),
                    f.length(), same) + "\u201D; no field of the dossier holds it as written"));
        }
        refuse(places, "The public memo was rendered but the read-back scan found confidential values in it;"
                + " nothing was written");
    }

    private void place(List<RefusalPlace> places, String what, String text, List<LeakFinding> found) {
        for (LeakFinding f : found) {
            if (explained.contains(f.valueId())) continue;
            Disclosure coincidence = coincidences.get(f.valueId());
            places.add(coincidence != null
                    ? new RefusalPlace(coincidence.field(), coincidence.page(), f.valueId(), 0, coincidence.toString())
                    : new RefusalPlace(null, null, f.valueId(), 0, what + ": the confidential value '" + f.valueId()
                            + "' would appear in \u201C" + Disclosure.quote(text, f.offset(), f.length(), found) + "\u201D"));
        }
    }

    /** Whether a name made from the dossier's fields would reveal a confidential value (for the confidential memo). */
    boolean reveals(String text) {
        return !index.scan("file name", text).isEmpty();
    }

    private static void refuse(List<RefusalPlace> places, String message) throws ExportRefusedException {
        if (!places.isEmpty()) throw new ExportRefusedException(places, message);
    }
}
