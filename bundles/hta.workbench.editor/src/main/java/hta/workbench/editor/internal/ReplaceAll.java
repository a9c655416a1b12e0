package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.workbench.api.DossierEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replace All in the narratives: every place of some words (case does not matter) in every section of every
 * submission replaced, as one undoable edit. Words are replaced inside a run of text, so each keeps its run's
 * classification; words that run across two runs (part of them marked confidential) are left as they are and
 * counted, for the writer to decide. Swing-free.
 */
final class ReplaceAll implements DossierEdit {
    private final String label;
    private final List<SetNarrative> sections;
    private final int replaced;
    private final int acrossRuns;

    private ReplaceAll(String label, List<SetNarrative> sections, int replaced, int acrossRuns) {
        this.label = label;
        this.sections = sections;
        this.replaced = replaced;
        this.acrossRuns = acrossRuns;
    }

    /** The edit that replaces {@code words} by {@code with} in the narratives of {@code d} as they are now. */
    static ReplaceAll of(Dossier d, String words, String with) {
        Pattern p = Pattern.compile(Pattern.quote(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<SetNarrative> changed = new ArrayList<>();
        int count = 0;
        int across = 0;
        for (Submission s : d.submissions) {
            for (Map.Entry<String, Narrative> e : s.sections.entrySet()) {
                Narrative after = NarrativeDocument.copy(e.getValue());
                int here = 0;
                for (List<TextRun> paragraph : after.paragraphs) {
                    across += count(p, runs(paragraph, "")) - count(p, runs(paragraph, "\u0000"));
                    for (TextRun r : paragraph) {
                        if (r.isReference() || r.text == null) continue;
                        int n = count(p, r.text);
                        if (n > 0) r.text = p.matcher(r.text).replaceAll(Matcher.quoteReplacement(with));
                        here += n;
                    }
                }
                if (here > 0) changed.add(new SetNarrative("Replace All", s.jurisdiction, e.getKey(), e.getValue(), after));
                count += here;
            }
        }
        String label = "Replace All '" + words + "' with '" + with + "'";
        return new ReplaceAll(label, changed, count, Math.max(0, across));
    }

    private static int count(Pattern p, CharSequence s) {
        int n = 0;
        for (Matcher m = p.matcher(s); m.find(); ) n++;
        return n;
    }

    /**
     * The paragraph's text, its runs joined by {@code between} (a character no words hold keeps them apart); a
     * reference stands as its character in the page, which no words hold, so words either side of a chip are not
     * counted as running across two markings.
     */
    private static String runs(List<TextRun> paragraph, String between) {
        StringBuilder sb = new StringBuilder();
        for (TextRun r : paragraph) {
            if (r.isReference()) sb.append(NarrativeDocument.REF_CHAR);
            else if (r.text != null) sb.append(r.text).append(between);
        }
        return sb.toString();
    }

    /** How many places were replaced. */
    int replaced() {
        return replaced;
    }

    /** How many places run across two runs of different marking and were left as they are. */
    int acrossRuns() {
        return acrossRuns;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Dossier d) {
        sections.forEach(s -> s.apply(d));
    }

    @Override
    public void revert(Dossier d) {
        for (int i = sections.size() - 1; i >= 0; i--) sections.get(i).revert(d);
    }
}
