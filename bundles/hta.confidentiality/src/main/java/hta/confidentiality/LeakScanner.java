package hta.confidentiality;

import hta.dossier.Agreement;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds confidential values written in free text, in every written form, and those a reader can back-calculate
 * (see {@link LeakIndex} for how numbers are read and matched). Stateless and thread-safe. For many texts, build a {@link LeakIndex} once.
 */
public final class LeakScanner {
    private LeakScanner() {
    }

    /** Scans one text; builds the index on every call (fine for a few texts, use {@link #index} for many). */
    public static List<LeakFinding> scan(String location, String text, Collection<SecretValue> secrets) {
        if (text == null || text.isEmpty() || secrets.isEmpty()) return new ArrayList<>();
        return LeakIndex.of(secrets, List.of()).scan(location, text);
    }

    /** The full index (written forms and the writer's arithmetic) for a model. @since 0.4 */
    public static LeakIndex index(LeakModel model) {
        return LeakIndex.of(model);
    }

    /** The index of written forms for scanning many texts; a printed public value is not reported. @since 0.2 */
    public static LeakIndex index(Collection<SecretValue> secrets, Collection<BigDecimal> publicValues) {
        return LeakIndex.of(secrets, publicValues);
    }

    /**
     * The full index (written forms, the writer's arithmetic, the words of every policy's language) of a dossier's
     * confidential values under every policy given (e.g. one per jurisdiction of the dossier), each value once; a
     * value under an id used twice is looked for under both (fail closed). See
     * {@link ConfidentialValues#model(Dossier, Collection)}.
     *
     * @since 0.4
     */
    public static LeakIndex index(Dossier d, Collection<ConfidentialityPolicy> policies) {
        return LeakIndex.of(ConfidentialValues.model(d, policies));
    }

    /**
     * Scans, with {@link #index(Dossier, Collection)}, the narrative of every submission of a dossier (and the other free text a public memo prints: a
     * decision's conditions and published wording, a public agreement's description) for its own confidential values (the values of
     * every policy given, e.g. one per jurisdiction of the dossier). Runs marked confidential are where the
     * writer put a value on purpose; they are skipped (replaced by a character that joins no number, so offsets
     * stay those of the paragraph text). Locations read {@code submission no, section bakgrunn, paragraph 2}.
     *
     * @since 0.2
     */
    public static List<LeakFinding> scanNarratives(Dossier d, Collection<ConfidentialityPolicy> policies) {
        LeakIndex index = index(d, policies);
        List<LeakFinding> findings = new ArrayList<>();
        for (Submission s : d.submissions) {
            for (Map.Entry<String, Narrative> section : s.sections.entrySet()) {
                List<List<TextRun>> paragraphs = section.getValue().paragraphs;
                for (int i = 0; i < paragraphs.size(); i++) {
                    String where = "submission " + s.jurisdiction + ", section " + section.getKey() + ", paragraph " + (i + 1);
                    findings.addAll(index.scan(where, publicText(paragraphs.get(i))));
                }
            }
            // the other free text a public memo prints: the decision's conditions and published wording, and
            // the description of an agreement that is itself public
            if (s.decision != null) {
                findings.addAll(index.scan("submission " + s.jurisdiction + ", decision conditions", s.decision.conditions));
                findings.addAll(index.scan("submission " + s.jurisdiction + ", decision published wording",
                        s.decision.publishedWording));
            }
            for (int i = 0; i < s.agreements.size(); i++) {
                Agreement a = s.agreements.get(i);
                if (a.classification == null || a.classification.isPublic()) {
                    findings.addAll(index.scan("submission " + s.jurisdiction + ", agreement " + (i + 1) + " description",
                            a.description));
                }
            }
        }
        return findings;
    }

    private static String publicText(List<TextRun> paragraph) {
        StringBuilder sb = new StringBuilder();
        for (TextRun r : paragraph) {
            String t = r.text == null ? "" : r.text;
            if (r.classification == null || r.classification == Classification.PUBLIC) {
                sb.append(t);
            } else {
                for (int i = 0; i < t.length(); i++) sb.append('\uFFFC');
            }
        }
        return sb.toString();
    }
}
