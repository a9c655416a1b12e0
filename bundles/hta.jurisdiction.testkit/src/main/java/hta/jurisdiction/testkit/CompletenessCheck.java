package hta.jurisdiction.testkit;

import hta.confidentiality.LeakScanner;
import hta.confidentiality.SecretValue;
import hta.confidentiality.Variant;
import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Template completeness for a complete dossier: both variants export; every heading is followed by content before
 * the next heading of its level or above (no empty section); the memo names its language; the file names of the
 * two variants differ, end in {@code .pdf}, name no folder, and — like the title — carry no value of the dossier in
 * any written form. Stateless.
 */
public final class CompletenessCheck {
    private CompletenessCheck() {
    }

    public static List<String> check(Subject subject, MemoTemplate t) {
        List<String> problems = new ArrayList<>();
        Dossier d = subject.dossier();
        List<SecretValue> values = values(d);
        List<String> names = new ArrayList<>();
        for (Variant v : Variant.values()) {
            Rendered r = Rendered.of(subject, t, d, v);
            String what = "the " + v.name().toLowerCase(Locale.ROOT) + " memo '" + t.id() + "'";
            if (r.refusal() != null) problems.add(what + " of the complete sample is refused: " + r.refusal());
            emptySections(problems, what, r.memo());
            language(problems, what, r.memo());
            String name = r.fileName();
            names.add(name);
            if (name == null || !name.endsWith(".pdf") || name.contains("/") || name.contains("\\")) {
                problems.add(what + ": the file name '" + name + "' is not a plain .pdf name");
            } else if (!LeakScanner.scan("file name", name, values).isEmpty()) {
                problems.add(what + ": the file name '" + name + "' carries a value of the dossier");
            }
            if (!LeakScanner.scan("title", r.memo().title(), values).isEmpty()) {
                problems.add(what + ": the title carries a value of the dossier");
            }
        }
        if (names.size() == 2 && names.get(0) != null && names.get(0).equals(names.get(1))) {
            problems.add("'" + t.id() + "': the public and the confidential memo have the same file name " + names.get(0));
        }
        return problems;
    }

    private static void emptySections(List<String> problems, String what, MemoDocument memo) {
        List<Block> blocks = memo.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Heading h)) continue;
            boolean content = false;
            for (int k = i + 1; k < blocks.size() && !content; k++) {
                Block b = blocks.get(k);
                if (b instanceof Block.Heading next && next.level() <= h.level()) break;
                content = hasContent(b);
            }
            if (!content) problems.add(what + ": the heading '" + h.text() + "' has no content under it");
        }
    }

    private static boolean hasContent(Block b) {
        if (b instanceof Block.Paragraph p) return p.spans().stream().anyMatch(s -> s.isRedacted() || !s.text().isBlank());
        if (b instanceof Block.Table t) return t.rows().size() > t.headerRows();
        if (b instanceof Block.Addressing a) return !a.lines().isEmpty();
        if (b instanceof Block.Signatures s) return !s.signatures().isEmpty();
        if (b instanceof Block.Notes n) return !n.notes().isEmpty();
        return false; // headings and spacers
    }

    private static void language(List<String> problems, String what, MemoDocument memo) {
        try {
            if (memo.language() == null || new Locale.Builder().setLanguageTag(memo.language()).build().getLanguage().isEmpty()) {
                problems.add(what + " names no language");
            }
        } catch (IllformedLocaleException e) {
            problems.add(what + ": '" + memo.language() + "' is not a language tag");
        }
    }

    /** Every price and figure of the dossier, public or not: none belongs in a file name or title. */
    private static List<SecretValue> values(Dossier d) {
        List<SecretValue> values = new ArrayList<>();
        for (PricePoint p : d.prices) {
            if (p.amount != null) values.add(new SecretValue("price:" + p.id, p.amount, SecretValue.Kind.AMOUNT, p.currency));
        }
        List<Figure> figures = new ArrayList<>(d.economics.figures);
        for (BudgetImpact b : d.budgetImpacts) {
            figures.addAll(b.figures);
            b.rows.forEach(r -> figures.addAll(r.cells));
        }
        for (Figure f : figures) {
            if (f != null && f.value != null) values.add(new SecretValue("figure:" + f.id, f.value, SecretValue.Kind.NUMBER, f.unit));
        }
        return values;
    }
}
