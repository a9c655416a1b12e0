package hta.dossier.pg.internal;

import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.repository.WorkspaceAccess;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every place of a dossier that can hold a confidential value (a price's amount and note, a figure's or budget
 * cell's value, a narrative run's text, an agreement's terms), each named by the jurisdiction whose part of the
 * dossier it is in and a key that is stable within that part: positions count only that jurisdiction's prices,
 * budget impacts and submissions, so that another jurisdiction's edits do not move them. Two dossiers of the same
 * shape give their places in the same order.
 */
final class Places {
    enum Kind { AMOUNT, NOTE, VALUE, TEXT, TERMS }

    /** One place: its part, its key in that part, and how to read and write it. */
    record Place(String code, String key, Kind kind, Object owner, Supplier<Object> get, Consumer<Object> set) {
    }

    private Places() {
    }

    static List<Place> of(Dossier d) {
        List<Place> out = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (PricePoint p : d.prices) {
            String code = code(p.jurisdiction);
            String at = "prices/" + next(counts, "p:" + code);
            out.add(new Place(code, at + "/amount", Kind.AMOUNT, p, () -> p.amount, v -> p.amount = (BigDecimal) v));
            out.add(new Place(code, at + "/note", Kind.NOTE, p, () -> p.note, v -> p.note = (String) v));
        }
        for (int f = 0; f < d.economics.figures.size(); f++) {
            figure(out, WorkspaceAccess.GLOBAL, "economics/figures/" + f, d.economics.figures.get(f));
        }
        for (BudgetImpact b : d.budgetImpacts) {
            String code = code(b.jurisdiction);
            String at = "budgetImpacts/" + next(counts, "b:" + code);
            for (int f = 0; f < b.figures.size(); f++) figure(out, code, at + "/figures/" + f, b.figures.get(f));
            for (int r = 0; r < b.rows.size(); r++) {
                List<Figure> cells = b.rows.get(r).cells;
                for (int c = 0; c < cells.size(); c++) figure(out, code, at + "/rows/" + r + "/cells/" + c, cells.get(c));
            }
        }
        for (Submission s : d.submissions) {
            String code = code(s.jurisdiction);
            String at = "submissions/" + next(counts, "s:" + code);
            for (Map.Entry<String, Narrative> section : s.sections.entrySet()) {
                if (section.getValue() == null) continue;
                List<List<TextRun>> paragraphs = section.getValue().paragraphs;
                for (int p = 0; p < paragraphs.size(); p++) {
                    List<TextRun> runs = paragraphs.get(p);
                    if (runs == null) continue;
                    for (int r = 0; r < runs.size(); r++) {
                        TextRun run = runs.get(r);
                        if (run == null) continue;
                        out.add(new Place(code, at + "/sections/" + escape(section.getKey()) + "/" + p + "/" + r, Kind.TEXT, run,
                                () -> run.text, v -> run.text = (String) v));
                    }
                }
            }
            for (int a = 0; a < s.agreements.size(); a++) {
                Agreement ag = s.agreements.get(a);
                if (ag == null) continue;
                out.add(new Place(code, at + "/agreements/" + a + "/description", Kind.TERMS, ag,
                        () -> ag.description, v -> ag.description = (String) v));
                out.add(new Place(code, at + "/agreements/" + a + "/reference", Kind.TERMS, ag,
                        () -> ag.reference, v -> ag.reference = (String) v));
            }
        }
        return out;
    }

    private static void figure(List<Place> out, String code, String at, Figure f) {
        if (f == null) return;
        out.add(new Place(code, at + "/value", Kind.VALUE, f, () -> f.value, v -> f.value = (BigDecimal) v));
    }

    /** The part a value of this jurisdiction (null: none) is in. */
    static String code(String jurisdiction) {
        return jurisdiction == null || jurisdiction.isBlank() ? WorkspaceAccess.GLOBAL : jurisdiction;
    }

    private static int next(Map<String, Integer> counts, String key) {
        return counts.merge(key, 1, Integer::sum) - 1;
    }

    /** Section ids are free text: '/' and '~' are escaped as in a JSON pointer. */
    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }
}
