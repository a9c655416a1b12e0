package hta.jurisdiction.no.internal;

import hta.dossier.view.DecisionView;
import hta.dossier.view.DossierView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The price memo's section on reimbursement in other countries, generated from the dossier's other
 * submissions: the country's Norwegian name, the decision in Norwegian, its date and the published wording
 * as a quote. Works from what the dossier stores ({@code decision.summary["nb"]}, {@code publishedWording});
 * the other jurisdiction's plugin is only asked, through the registry, for its decision term when the
 * dossier has no Norwegian summary. Stateless.
 */
final class ForeignDecisions {
    /** Norwegian names of the countries and agencies the memo usually reports on, in the memo's order. */
    private static final Map<String, String> NAMES = Map.of(
            "se", "Sverige",
            "dk", "Danmark",
            "smc", "Skottland (SMC)",
            "nice", "England (NICE/NHS)",
            "fi", "Finland",
            "is", "Island",
            "de", "Tyskland",
            "jca", "EU (felles klinisk vurdering)");
    private static final List<String> ORDER = List.of("se", "dk", "fi", "is", "smc", "nice", "de", "jca");

    private final Formats formats;

    ForeignDecisions(Formats formats) {
        this.formats = formats;
    }

    /** The other submissions that carry a decision, in the memo's order (Nordic countries first). */
    static List<SubmissionView> decided(DossierView d) {
        List<SubmissionView> result = new ArrayList<>();
        for (SubmissionView s : d.submissions()) {
            if (!"no".equals(s.jurisdiction()) && s.decision() != null) result.add(s);
        }
        result.sort(Comparator.comparingInt((SubmissionView s) -> {
            int i = ORDER.indexOf(s.jurisdiction());
            return i < 0 ? ORDER.size() : i;
        }).thenComparing(s -> s.jurisdiction()));
        return result;
    }

    /** The country's name in Norwegian, or the installed plugin's name, or the code. */
    static String countryName(String code, MemoContext context) {
        String name = NAMES.get(code);
        if (name != null) return name;
        return context.registry().find(code).map(Jurisdiction::nativeName).orElse(code.toUpperCase());
    }

    /** Norwegian summary, else the installed plugin's term, else the English summary, else the bare code. */
    static String decisionText(SubmissionView s, MemoContext context) {
        DecisionView d = s.decision();
        String nb = d.summary().get("nb");
        if (nb != null && !nb.isBlank()) return nb;
        Optional<DecisionTerm> term = context.decisionTerm(s.jurisdiction(), d.outcome());
        if (term.isPresent()) return term.get().wording();
        String en = d.summary().get("en");
        if (en != null && !en.isBlank()) return en;
        return d.outcome() == null ? "Ukjent utfall" : d.outcome();
    }

    /** Blocks for each decision; adds a note for each case reference to {@code notes}. */
    List<Block> blocks(DossierView dossier, MemoContext context, List<String> notes) {
        List<Block> blocks = new ArrayList<>();
        for (SubmissionView s : decided(dossier)) {
            DecisionView d = s.decision();
            StringBuilder line = new StringBuilder(countryName(s.jurisdiction(), context)).append(": ")
                    .append(decisionText(s, context));
            if (d.date() != null) line.append(" (").append(formats.shortDate(d.date())).append(')');
            List<Span> spans = new ArrayList<>();
            spans.add(Span.bold(line.toString()));
            if (s.caseReference() != null && !s.caseReference().isBlank()) {
                notes.add(countryName(s.jurisdiction(), context) + ": " + s.caseReference()
                        + (s.pathway() == null ? "" : ", " + s.pathway()));
                spans.add(Span.text(" [" + notes.size() + "]"));
            }
            blocks.add(new Block.Paragraph(spans));
            if (d.publishedWording() != null && !d.publishedWording().isBlank()) {
                blocks.add(new Block.Paragraph(List.of(Span.italic(quote(d.publishedWording(), d.wordingLanguage())))));
            }
        }
        return blocks;
    }

    /** Nordic quotes use guillemets, English quotes use curly quotes, as the published memo does. */
    private static String quote(String text, String language) {
        return "en".equals(language) ? "\u201C" + text + "\u201D" : "\u00AB" + text + "\u00BB";
    }
}
